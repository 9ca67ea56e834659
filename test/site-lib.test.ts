/** The pure functions behind the reader pages, charts, comparisons and exports. */
import { describe, it, expect } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { facetIndex, facetValues, type FacetCase } from '../src/lib/facets.ts';
import { strongestClaim, caseYears, decadeOf, type ClaimLike } from '../src/lib/cases.ts';
import { orderCases, verdictOf, type MatrixCase } from '../src/lib/matrix.ts';
import { compareRows as compareMatrixRows } from '../src/lib/matrix-sort.ts';
import { positionIndex } from '../src/lib/cases.ts';
import { flattenRefs, casesCsv, CSV_COLUMNS, exportEntry } from '../src/lib/exports.ts';
import { feedItems } from '../src/lib/feed.ts';
import { readSearchState, writeSearchState, normaliseFilters } from '../src/lib/search-state.ts';
import { toggleFilter, matchesFilters } from '../src/lib/filter-state.ts';
import { spectrumSvg, spectrumLayout, timelineSvg, laneLayout, labelWidth, type ChartCase } from '../src/lib/charts.ts';
import { useTranslations, type Translator } from '../src/i18n/index.ts';
import { pairPath, idsFromSlug, idsFromQuery } from '../src/lib/compare-url.ts';
import { compareProfile, compareRows } from '../src/lib/compare.ts';
import { yearSpan } from '../src/lib/dates-format.ts';
import { entryPath } from '../src/lib/urls.ts';
import { citationsFor } from '../src/lib/cite.ts';

const claim = (over: Partial<ClaimLike>): ClaimLike => ({
  by: 'X',
  kind: 'political',
  date: '2020-01-01',
  against: 'Y',
  evidence: 'Some evidence here.',
  source: 's',
  disputedBy: [],
  ...over,
});

function makeCase(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    data: {
      title: `Case ${id}`,
      summary: 'A summary.',
      country: 'UA',
      region: 'europe',
      origin: 'foreign',
      elections: [{ name: 'Presidential election', type: 'presidential', date: '2014-05-25' }],
      period: { start: '2014-05', end: '2014-05-25' },
      actors: [{ name: 'CyberBerkut', kind: 'proxy' }],
      tactics: [
        { id: 'hack-and-leak', collection: 'tactics' },
        { id: 'ddos-election-bodies', collection: 'tactics' },
      ],
      frameworks: [{ id: 'un-charter', collection: 'frameworks' }],
      commitments: [],
      norms: [
        { norm: { id: 'no-intrusion-into-election-infrastructure', collection: 'norms' }, verdict: 'crossed', reasoning: 'Because.' },
      ],
      attribution: { status: 'alleged', claims: [claim({})] },
      assessment: {
        position: 'interference',
        summary: 'S',
        criteria: {
          transparency: { level: 'covert', rationale: 'R' },
          means: { level: 'intrusion', rationale: 'R' },
          target: { level: 'election-administration', rationale: 'R' },
          truthfulness: { level: 'false', rationale: 'R' },
          legality: { level: 'unlawful-domestic', rationale: 'R' },
        },
      },
      responses: [],
      sources: [{ id: 's', url: 'https://e.org/a', accessed: '2026-11-25' }],
      published: '2026-11-20',
      lastReviewed: '2026-11-25',
      corrections: [],
      lang: 'en',
      ...over,
    },
  };
}

describe('facets', () => {
  it('gives a case its values for every facet, in URL-safe form', () => {
    const c = makeCase('a', {
      elections: [
        { name: 'E', type: 'presidential', date: '1964-09-04' },
        { name: 'E2', type: 'presidential', date: '1970-09-04' },
      ],
    }) as unknown as FacetCase;
    expect(facetValues(c, 'decade')).toEqual(['1960s', '1970s']);
    expect(facetValues(c, 'country')).toEqual(['ua']);
    expect(facetValues(c, 'tactic')).toEqual(['hack-and-leak', 'ddos-election-bodies']);
  });
  it('indexes every value with its cases, in the preferred order', () => {
    const idx = facetIndex([makeCase('a'), makeCase('b', { region: 'latin-america' })], {
      region: ['latin-america', 'europe'],
    });
    expect(idx.filter((f) => f.facet === 'region').map((f) => [f.value, f.caseIds])).toEqual([
      ['latin-america', ['b']],
      ['europe', ['a']],
    ]);
  });
});

describe('attribution at a glance', () => {
  it('prefers an admission, then a judicial finding, then technical, then political', () => {
    const claims = [claim({ kind: 'political', by: 'P' }), claim({ kind: 'technical', by: 'T' }), claim({ kind: 'judicial', by: 'J' })];
    expect(strongestClaim(claims)!.by).toBe('J');
    expect(strongestClaim([...claims, claim({ kind: 'self', by: 'S' })])!.by).toBe('S');
  });
  it('at the same weight prefers an undisputed claim, then the most recent', () => {
    const disputed = claim({ kind: 'technical', by: 'D', disputedBy: [{ by: 'Accused' }] as ClaimLike['disputedBy'] });
    expect(strongestClaim([disputed, claim({ kind: 'technical', by: 'U' })])!.by).toBe('U');
    expect(strongestClaim([claim({ by: 'Old', date: '2019-01-01' }), claim({ by: 'New', date: '2021-01-01' })])!.by).toBe('New');
  });
  it('returns nothing when no claim is recorded', () => expect(strongestClaim([])).toBeUndefined());
});

describe('years and dates', () => {
  it('derives years, decades and spans', () => {
    expect(
      caseYears({ elections: [{ date: '2024-11-24' }, { date: '2019-03-31' }, { date: '2024-12-08' }], period: { start: '2019' } }),
    ).toEqual([2019, 2024]);
    // A case outside any election is filed under the year its activity began.
    expect(caseYears({ elections: [], period: { start: '2010-07' } })).toEqual([2010]);
    expect(decadeOf(1948)).toBe('1940s');
    expect(yearSpan([2019, 2024])).toBe('2019–2024');
  });
});

describe('the matrix', () => {
  const cases = [
    makeCase('old', {
      elections: [{ name: 'E', type: 'general', date: '1948-04-18' }],
      assessment: { position: 'influence', criteria: {} },
      norms: [],
    }),
    makeCase('new'),
  ] as unknown as MatrixCase[];
  it('reads each verdict from the case data', () => {
    expect(verdictOf(cases[1], 'no-intrusion-into-election-infrastructure')).toBe('crossed');
    expect(verdictOf(cases[0], 'no-intrusion-into-election-infrastructure')).toBe('not-crossed');
  });
  it('the page script sorts rows exactly as the pre-rendered orders do', () => {
    const many = ['a', 'b', 'c', 'd'].map((id, i) =>
      makeCase(id, {
        title: `Case ${'dcba'[i]}`,
        region: i % 2 ? 'europe' : 'africa',
        elections: [{ name: 'E', type: 'general', date: `${2000 + (i % 2) * 10}-01-01` }],
        assessment: { position: ['influence', 'interference'][i % 2], criteria: {} },
      }),
    ) as unknown as MatrixCase[];
    const keys = (c: MatrixCase) => ({
      position: String(positionIndex(c.data.assessment.position)),
      year: c.data.elections[0].date.slice(0, 4),
      region: c.data.region,
      title: c.data.title,
    });
    for (const order of ['position', 'year', 'region'] as const)
      expect([...many].sort((x, y) => compareMatrixRows(keys(x), keys(y), order)).map((c) => c.id)).toEqual(
        orderCases(many, order).map((c) => c.id),
      );
  });
  it('orders by position (most serious first) and by year (newest first)', () => {
    expect(orderCases(cases, 'position').map((c) => c.id)).toEqual(['new', 'old']);
    expect(orderCases(cases, 'year').map((c) => c.id)).toEqual(['new', 'old']);
  });
});

/**
 * A pseudo-locale: every dictionary string comes out as ⟦key⟧, so a test can see that a library
 * function takes all its words from the translator (anything else left is data or an English leak).
 */
const pseudo = Object.assign((key: string) => `⟦${key}⟧`, {
  locale: 'en' as const,
  parts: (key: string) => [`⟦${key}⟧`],
  label: (group: string, value: string) => `⟦${group}.${value}⟧`,
  date: (iso: string) => iso,
  number: (n: number) => String(n),
  list: (items: readonly string[]) => items.join('+'),
}) as unknown as Translator;
/** Text left once the pseudo-locale's words and the given data are removed. */
const leftover = (text: string, data: string[]) =>
  [...data].sort((a, b) => b.length - a.length).reduce((t, d) => t.replaceAll(d, ''), text.replace(/⟦[^⟧]*⟧/g, ''));

describe('charts', () => {
  const t = useTranslations('en');
  const marks: ChartCase[] = [
    {
      id: 'a',
      href: '/cases/a/',
      label: 'Ukraine 2014',
      title: 'Ukraine 2014: CEC attack',
      position: 'interference',
      year: 2014,
      region: 'europe',
    },
    { id: 'b', href: '/cases/b/', label: 'Chile 1970', title: 'Chile 1970', position: 'interference', year: 1970, region: 'latin-america' },
    { id: 'c', href: '/cases/c/', label: 'Brazil 2018', title: 'Brazil 2018', position: 'grey-zone', year: 2018, region: 'latin-america' },
  ];
  it('stacks cases within their band', () => {
    expect(spectrumLayout(marks).map((m) => [m.position, m.row])).toEqual([
      ['interference', 0],
      ['interference', 1],
      ['grey-zone', 0],
    ]);
  });
  it('renders one linked, labelled mark per case, with every band named and no inline style', () => {
    const svg = spectrumSvg(marks, t);
    expect(svg.match(/<a /g)).toHaveLength(3);
    for (const m of marks) expect(svg).toContain(`href="${m.href}"`);
    for (const band of ['Public diplomacy', 'Influence', 'Grey zone', 'Interference', 'Prohibited intervention'])
      expect(svg).toContain(`>${band}<`);
    expect(svg).toContain('aria-label="Ukraine 2014: Ukraine 2014: CEC attack (Interference)"');
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('style=');
  });
  it('draws the timeline with a mark per case, shaped and coloured by position, every label on the canvas', () => {
    const svg = timelineSvg(marks, t);
    expect(svg.match(/<a /g)).toHaveLength(3);
    expect(svg).toContain('fill="var(--pos3)"');
    expect(svg).toContain('fill="var(--pos2)"');
    expect(svg).not.toContain('style=');
    // Every label starts inside the drawing and has room for its width before the right edge.
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    for (const m of svg.matchAll(/<text[^>]*x="([\d.]+)"[^>]*>([^<]+)<\/text><\/a>/g))
      expect(Number(m[1]) + labelWidth(m[2], 12)).toBeLessThanOrEqual(width + 1);
  });
  it('puts cases whose labels would collide on separate lanes, and keeps apart ones on one lane', () => {
    const x = (year: number) => (year - 2000) * 10;
    const crowded: ChartCase[] = ['A 2018', 'B 2019', 'C 2020', 'D 2040'].map((label, i) => ({
      ...marks[0],
      id: String(i),
      label,
      year: [2018, 2019, 2020, 2040][i],
    }));
    expect(laneLayout(crowded, x, 12).map((p) => p.lane)).toEqual([0, 1, 2, 0]);
  });
  it('takes every word from the translator', () => {
    const data = marks.flatMap((m) => [m.label, m.title, m.href]);
    const svg = spectrumSvg(marks, pseudo) + timelineSvg(marks, pseudo);
    const text = [...svg.matchAll(/>([^<]+)</g), ...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(leftover(text, data).replace(/[\d\s():;,–→-]/g, '')).toBe('');
  });
});

describe('comparison', () => {
  it('has one URL per set of cases, whatever the order', () => {
    expect(pairPath(['ukraine-2019', 'chile-1970'])).toBe('/compare/chile-1970--ukraine-2019/');
    expect(idsFromSlug('chile-1970--ukraine-2019')).toEqual(['chile-1970', 'ukraine-2019']);
  });
  it('reads at most three known, distinct cases from the query', () => {
    expect(idsFromQuery('?cases=a,b,a,zzz,c,d', new Set(['a', 'b', 'c', 'd']))).toEqual(['a', 'b', 'c']);
  });
  it('gives each case a value for every fact, criterion and crossed norm', () => {
    const t = useTranslations('en');
    const rows = compareRows(t, [{ id: 'no-intrusion-into-election-infrastructure', title: 'No intrusion' }]);
    const p = compareProfile(t, makeCase('a'), '/cases/a/', new Map([['hack-and-leak', 'Hack and leak']]));
    expect(rows.filter((r) => r.key !== 'norm:no-intrusion-into-election-infrastructure').every((r) => p.values[r.key])).toBe(true);
    expect(p.values['norm:no-intrusion-into-election-infrastructure']).toBe('Crossed');
    expect(p.values['criterion:means']).toMatch(/^Intrusion\./);
    expect(p.values.country).toBe('Ukraine (Europe)');
    expect(compareProfile(useTranslations('es'), makeCase('a') as never, '/es/cases/a/', new Map()).values.country).toMatch(/^Ucrania \(/);
  });
  it('takes every word from the translator', () => {
    const rows = compareRows(pseudo, [{ id: 'n', title: 'Norm title' }]);
    const c = makeCase('a');
    const p = compareProfile(pseudo, c, '/cases/a/', new Map([['hack-and-leak', 'Hack and leak']]));
    const d = c.data as unknown as Record<string, unknown>;
    const data = [
      'Norm title',
      'Hack and leak',
      'ddos-election-bodies',
      'Ukraine',
      String(d.title),
      ...JSON.stringify(d)
        .match(/"(?:name|by|evidence|rationale|against)":"[^"]*"/g)!
        .map((m) => m.split('":"')[1].slice(0, -1)),
    ];
    const text = [...rows.map((r) => r.label), ...Object.values(p.values)].join(' ');
    expect(leftover(text, data).replace(/[\d\s():;,.–-]/g, '')).toBe('');
  });
});

describe('exports', () => {
  it('turns references into ids, and entry links into "collection/id"', () => {
    expect(
      flattenRefs({ tactics: [{ id: 't', collection: 'tactics' }], questions: [{ links: [{ id: 'x', collection: 'cases' }] }] }),
    ).toEqual({ tactics: ['t'], questions: [{ links: ['cases/x'] }] });
  });
  it('fills in every source’s archived copy', () => {
    const e = exportEntry('a', { sources: [{ id: 's', url: 'https://e.org/a', accessed: '2026-11-25' }] });
    expect((e.sources as { archived: string }[])[0].archived).toBe('https://web.archive.org/web/20261125/https://e.org/a');
    expect(Object.keys(e)[0]).toBe('id');
  });
  it('writes RFC 4180 CSV that parses back to one row per case', () => {
    const text = casesCsv(
      [makeCase('a', { title: 'Quotes "and", commas; and\nnewlines' }), makeCase('b')],
      (id) => `https://x/cases/${id}/`,
    );
    const rows: Record<string, string>[] = parseCsv(text, { columns: true });
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[0].title).toBe('Quotes "and", commas; and\nnewlines');
    expect(rows[0].tactics).toBe('hack-and-leak; ddos-election-bodies');
    expect(rows[0].norms_crossed).toBe('no-intrusion-into-election-infrastructure');
  });
});

describe('the feed', () => {
  it('dates each case by its latest change and marks revised ones', () => {
    const items = feedItems(
      [
        { id: 'new', data: { title: 'New', summary: 'S', published: '2026-11-24', lastReviewed: '2026-11-24', corrections: [] } },
        {
          id: 'fixed',
          data: {
            title: 'Fixed',
            summary: 'S',
            published: '2026-01-01',
            lastReviewed: '2026-01-01',
            corrections: [{ date: '2026-11-25', summary: 'Corrected a date.' }],
          },
        },
      ],
      useTranslations('en'),
    );
    expect(items.map((i) => i.title)).toEqual(['Revised: Fixed', 'New']);
    expect(items[0].description).toContain('Corrected a date.');
  });
});

describe('search and filter state in the URL', () => {
  it('round-trips a query and its filters', () => {
    const state = { term: 'CyberBerkut', filters: { region: ['Europe'], tactic: ['Hack and leak', 'DDoS'] } };
    expect(readSearchState(writeSearchState(state))).toEqual({
      term: 'CyberBerkut',
      filters: { region: ['Europe'], tactic: ['DDoS', 'Hack and leak'] },
    });
    expect(writeSearchState({ term: ' ', filters: {} })).toBe('');
  });
  it('normalises Pagefind’s filter shapes', () => {
    expect(normaliseFilters({ region: 'Europe', tactic: ['A'], type: { any: ['Case'] }, empty: [] })).toEqual({
      region: ['Europe'],
      tactic: ['A'],
      type: ['Case'],
    });
  });
  it('toggles and combines facet filters (AND across facets, OR within one)', () => {
    let f = toggleFilter({}, 'region', 'europe');
    f = toggleFilter(f, 'region', 'latin-america');
    f = toggleFilter(f, 'tactic', 'hack-and-leak');
    const values: Record<string, string[]> = { region: ['europe'], tactic: ['hack-and-leak', 'ddos'] };
    expect(matchesFilters((k) => values[k] ?? [], f)).toBe(true);
    expect(matchesFilters((k) => values[k] ?? [], toggleFilter(f, 'tactic', 'hack-and-leak'))).toBe(true);
    expect(matchesFilters((k) => ({ region: ['africa'] })[k] ?? [], f)).toBe(false);
    expect(toggleFilter({ region: ['europe'] }, 'region', 'europe')).toEqual({});
  });
});

describe('URLs and citations', () => {
  it('places each entry on the site', () => {
    expect(entryPath({ collection: 'cases', id: 'bolivia-2019' })).toBe('/cases/bolivia-2019/');
    expect(entryPath({ collection: 'glossary', id: 'fimi' })).toBe('/glossary/#fimi');
  });
  it('cites a page in APA, Chicago and BibTeX', () => {
    const c = citationsFor({
      id: 'bolivia-2019',
      title: 'Bolivia 2019',
      url: 'https://x/cases/bolivia-2019/',
      published: '2026-11-20',
      lastReviewed: '2026-11-25',
    });
    expect(c.apa).toBe('Red Line Casebook. (2026, November 25). Bolivia 2019. Red Line Casebook. https://x/cases/bolivia-2019/');
    expect(c.chicago).toBe(
      'Red Line Casebook. 2026. “Bolivia 2019.” Red Line Casebook. Last modified November 25, 2026. https://x/cases/bolivia-2019/.',
    );
    expect(c.bibtex).toMatch(/^@misc\{/);
    expect(c.bibtex).toContain('url = {https://x/cases/bolivia-2019/}');
  }, 30_000); // citeproc's first run compiles its styles
});
