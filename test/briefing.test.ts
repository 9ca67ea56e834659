/** The pre-brief's placement table: which cases it shows, in which order, with what. */
import { describe, expect, test } from 'vitest';
import { placementRows, readingMinutes, type PlacementCase } from '../src/lib/briefing.ts';

const c = (
  id: string,
  country: string,
  region: string,
  year: string,
  norms: { norm: { id: string }; verdict: string }[] = [],
): PlacementCase => ({
  id,
  data: {
    country,
    region,
    origin: 'foreign',
    elections: [{ date: year }],
    period: { start: year },
    attribution: {
      status: 'alleged',
      claims: [{ by: `Claimant of ${id}`, kind: 'political', date: year, against: 'x', evidence: 'e', source: 's', disputedBy: [] }],
    },
    assessment: { position: 'grey-zone' },
    norms,
  },
});

describe('the placement table', () => {
  const cases = [
    c('ve-2024', 'VE', 'latin-america', '2024'),
    c('ua-2019', 'UA', 'europe', '2019'),
    c('ro-2024', 'RO', 'europe', '2024'),
    c('ua-2004', 'UA', 'europe', '2004'),
    c('br-2018', 'BR', 'latin-america', '2018', [
      { norm: { id: 'n1' }, verdict: 'crossed' },
      { norm: { id: 'n2' }, verdict: 'contested' },
    ]),
  ];
  const rows = placementRows(cases, { countries: ['UA'], regions: ['latin-america'] });

  test('shows the focus countries first, by year, then the focus regions, and nothing else', () => {
    expect(rows.map((r) => r.case.id)).toEqual(['ua-2004', 'ua-2019', 'br-2018', 've-2024']);
  });

  test('gives each case its strongest claimant and the norms it crosses or contests', () => {
    const br = rows.find((r) => r.case.id === 'br-2018')!;
    expect(br).toMatchObject({ claimBy: 'Claimant of br-2018', crossed: ['n1'], contested: ['n2'], years: [2018] });
  });
});

describe('reading time', () => {
  test('is words at 230 a minute, at least one', () => {
    expect(readingMinutes(2300)).toBe(10);
    expect(readingMinutes(10)).toBe(1);
  });
});
