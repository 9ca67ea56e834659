/** Side-by-side comparison of cases: the rows, and each case's values as ready text in the page's language (built at build time). */
import { CRITERIA } from '../schema/vocab.ts';
import { countryName } from '../schema/countries.ts';
import type { Translator } from '../i18n/index.ts';
import { strongestClaim, type ClaimLike } from './cases.ts';

export { pairPath, idsFromSlug, idsFromQuery } from './compare-url.ts';

/** The groups of rows, in order. */
export const COMPARE_GROUPS = ['facts', 'attribution', 'rubric', 'norms'] as const;
export type CompareGroup = (typeof COMPARE_GROUPS)[number];

/** One row of the comparison table. */
export interface CompareRow {
  key: string;
  label: string;
  group: CompareGroup;
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
    impact?: { level: string } | undefined;
    norms: { norm: { id: string }; verdict: string }[];
    responses: { kind: string; by: string; date: string }[];
  };
}

/** The rows, in order: facts, attribution, every rubric criterion, every norm. */
export function compareRows(t: Translator, norms: readonly { id: string; title: string }[]): CompareRow[] {
  const row = (key: string, group: CompareGroup): CompareRow => ({
    key,
    label: t(`compare.row.${key}` as Parameters<Translator>[0]),
    group,
  });
  return [
    row('country', 'facts'),
    row('origin', 'facts'),
    row('elections', 'facts'),
    row('period', 'facts'),
    row('actors', 'facts'),
    row('tactics', 'facts'),
    row('responses', 'facts'),
    row('attribution', 'attribution'),
    row('claim', 'attribution'),
    row('impact', 'attribution'),
    row('position', 'rubric'),
    ...CRITERIA.map((c): CompareRow => ({ key: `criterion:${c}`, label: t.label('criterion', c), group: 'rubric' })),
    ...norms.map((n): CompareRow => ({ key: `norm:${n.id}`, label: n.title, group: 'norms' })),
  ];
}

/** A case's values for every comparison row, as plain text in the translator's language. */
export function compareProfile(t: Translator, c: CompareCase, href: string, tacticTitles: ReadonlyMap<string, string>): CompareProfile {
  const d = c.data;
  const claim = strongestClaim(d.attribution.claims);
  const values: Record<string, string> = {
    country: `${countryName(d.country, t.locale)} (${t.label('region', d.region)})`,
    origin: t.label('origin', d.origin),
    elections: d.elections.length ? d.elections.map((e) => `${e.name}, ${t.date(e.date)}`).join('; ') : t('case.noElection'),
    period: `${t.date(d.period.start)}${d.period.end ? ` – ${t.date(d.period.end)}` : ''}`,
    actors: d.actors.map((a) => `${a.name} (${t.label('actorKind', a.kind)})`).join('; '),
    tactics: d.tactics.map((x) => tacticTitles.get(x.id) ?? x.id).join('; '),
    responses: d.responses.length
      ? d.responses.map((r) => t('compare.response', { kind: t.label('responseKind', r.kind), by: r.by, date: t.date(r.date) })).join('; ')
      : t('compare.noResponses'),
    attribution: t.label('attribution', d.attribution.status),
    claim: claim
      ? `${claim.by} (${t.label('claimKind', claim.kind)}, ${t.date(claim.date)}): ${claim.evidence}${claim.disputedBy.length ? ` ${t('compare.disputedBy', { who: claim.disputedBy.map((x) => x.by).join('; ') })}` : ''}`
      : t('compare.noClaim'),
    impact: d.impact ? t.label('impact', d.impact.level) : t('compare.notAssessed'),
    position: t.label('position', d.assessment.position),
  };
  for (const k of CRITERIA) {
    const cr = d.assessment.criteria[k];
    if (cr) values[`criterion:${k}`] = `${t.label('level', cr.level)}. ${cr.rationale}`;
  }
  for (const n of d.norms) values[`norm:${n.norm.id}`] = t.label('verdict', n.verdict);
  return { id: c.id, title: d.title, href, values };
}
