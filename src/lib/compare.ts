/** Side-by-side comparison of cases: the rows, and each case's values as ready text (built at build time). */
import { CRITERIA, LEVEL_LABELS, POSITION_LABELS, ATTRIBUTION_LABELS, REGION_LABELS } from '../schema/vocab.ts';
import { countryName } from '../schema/countries.ts';
import { formatDate } from './dates-format.ts';
import { t } from '../i18n/index.ts';
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
    { key: 'country', label: t('compare.row.country'), group: 'Facts' },
    { key: 'origin', label: t('compare.row.origin'), group: 'Facts' },
    { key: 'elections', label: t('compare.row.elections'), group: 'Facts' },
    { key: 'period', label: t('compare.row.period'), group: 'Facts' },
    { key: 'actors', label: t('compare.row.actors'), group: 'Facts' },
    { key: 'tactics', label: t('compare.row.tactics'), group: 'Facts' },
    { key: 'responses', label: t('compare.row.responses'), group: 'Facts' },
    { key: 'attribution', label: t('compare.row.attribution'), group: 'Attribution' },
    { key: 'claim', label: t('compare.row.claim'), group: 'Attribution' },
    { key: 'position', label: t('compare.row.position'), group: 'Rubric' },
    ...CRITERIA.map((c): CompareRow => ({ key: `criterion:${c}`, label: t(`criterion.${c}`), group: 'Rubric' })),
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
    responses: d.responses.length ? d.responses.map((r) => t('compare.response', { kind: r.kind, by: r.by, date: formatDate(r.date) })).join('; ') : t('compare.noResponses'),
    attribution: ATTRIBUTION_LABELS[d.attribution.status as keyof typeof ATTRIBUTION_LABELS] ?? d.attribution.status,
    claim: claim ? `${claim.by} (${claim.kind}, ${formatDate(claim.date)}): ${claim.evidence}${claim.disputedBy.length ? ` ${t('compare.disputedBy', { who: claim.disputedBy.map((x) => x.by).join('; ') })}` : ''}` : t('compare.noClaim'),
    position: POSITION_LABELS[d.assessment.position as keyof typeof POSITION_LABELS] ?? d.assessment.position,
  };
  for (const k of CRITERIA) {
    const cr = d.assessment.criteria[k];
    if (cr) values[`criterion:${k}`] = `${LEVEL_LABELS[cr.level] ?? cr.level}. ${cr.rationale}`;
  }
  for (const n of d.norms) values[`norm:${n.norm.id}`] = n.verdict === 'crossed' ? t('verdict.crossed') : t('verdict.contested');
  return { id: c.id, title: d.title, href, values };
}

