/** Side-by-side comparison of cases: the rows, and each case's values as ready text (built at build time). */
import { CRITERIA, LEVEL_LABELS, POSITION_LABELS, ATTRIBUTION_LABELS, REGION_LABELS } from '../schema/vocab.ts';
import { countryName } from '../schema/countries.ts';
import { formatDate } from './dates-format.ts';
import { strongestClaim, type ClaimLike } from './cases.ts';

export { pairPath, idsFromSlug, idsFromQuery, NOT_CROSSED } from './compare-url.ts';

/** One row of the comparison table. */
export interface CompareRow {
  key: string;
  label: string;
  group: 'Facts' | 'Attribution' | 'Rubric' | 'Norms';
}

/** A case reduced to the text of each comparison row. */
export interface CompareProfile {
  id: string;
  title: string;
  href: string;
  values: Record<string, string>;
}

/** The case fields a comparison reads. */
export interface CompareCase {
  id: string;
  data: {
    title: string;
    country: string;
    region: string;
    origin: string;
    elections: { name: string; date: string }[];
    period: { start: string; end?: string | undefined };
    actors: { name: string; kind: string }[];
    tactics: { id: string }[];
    attribution: { status: string; claims: ClaimLike[] };
    assessment: { position: string; criteria: Record<string, { level: string; rationale: string }> };
    norms: { norm: { id: string }; verdict: string }[];
    responses: { kind: string; by: string; date: string }[];
  };
}

/** The rows, in order: facts, attribution, every rubric criterion, every norm. */
export function compareRows(norms: readonly { id: string; title: string }[]): CompareRow[] {
  return [
    { key: 'country', label: 'Country and region', group: 'Facts' },
    { key: 'origin', label: 'Origin', group: 'Facts' },
    { key: 'elections', label: 'Election', group: 'Facts' },
    { key: 'period', label: 'Period', group: 'Facts' },
    { key: 'actors', label: 'Actors', group: 'Facts' },
    { key: 'tactics', label: 'Tactics', group: 'Facts' },
    { key: 'responses', label: 'Responses', group: 'Facts' },
    { key: 'attribution', label: 'Attribution status', group: 'Attribution' },
    { key: 'claim', label: 'Strongest claim', group: 'Attribution' },
    { key: 'position', label: 'Position', group: 'Rubric' },
    ...CRITERIA.map((c): CompareRow => ({ key: `criterion:${c}`, label: c[0]!.toUpperCase() + c.slice(1), group: 'Rubric' })),
    ...norms.map((n): CompareRow => ({ key: `norm:${n.id}`, label: n.title, group: 'Norms' })),
  ];
}

/** A case's values for every comparison row, as plain text. */
export function compareProfile(c: CompareCase, href: string, tacticTitles: ReadonlyMap<string, string>): CompareProfile {
  const d = c.data;
  const claim = strongestClaim(d.attribution.claims);
  const values: Record<string, string> = {
    country: `${countryName(d.country)} (${REGION_LABELS[d.region as keyof typeof REGION_LABELS] ?? d.region})`,
    origin: d.origin,
    elections: d.elections.map((e) => `${e.name}, ${formatDate(e.date)}`).join('; '),
    period: `${formatDate(d.period.start)}${d.period.end ? ` – ${formatDate(d.period.end)}` : ''}`,
    actors: d.actors.map((a) => `${a.name} (${a.kind})`).join('; '),
    tactics: d.tactics.map((t) => tacticTitles.get(t.id) ?? t.id).join('; '),
    responses: d.responses.length ? d.responses.map((r) => `${r.kind} by ${r.by} (${formatDate(r.date)})`).join('; ') : 'None recorded',
    attribution: ATTRIBUTION_LABELS[d.attribution.status as keyof typeof ATTRIBUTION_LABELS] ?? d.attribution.status,
    claim: claim ? `${claim.by} (${claim.kind}, ${formatDate(claim.date)}): ${claim.evidence}${claim.disputedBy.length ? ` Disputed by ${claim.disputedBy.map((x) => x.by).join('; ')}.` : ''}` : 'No public claim recorded',
    position: POSITION_LABELS[d.assessment.position as keyof typeof POSITION_LABELS] ?? d.assessment.position,
  };
  for (const k of CRITERIA) {
    const cr = d.assessment.criteria[k];
    if (cr) values[`criterion:${k}`] = `${LEVEL_LABELS[cr.level] ?? cr.level}. ${cr.rationale}`;
  }
  for (const n of d.norms) values[`norm:${n.norm.id}`] = n.verdict === 'crossed' ? 'Crossed' : 'Contested';
  return { id: c.id, title: d.title, href, values };
}

