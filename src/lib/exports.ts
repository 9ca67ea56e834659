/**
 * The open-data exports: every collection as JSON (stable ids, references as ids, a schema
 * version) and the cases as one CSV row each (RFC 4180, via csv-stringify).
 */
import { stringify } from 'csv-stringify/sync';
import { CRITERIA } from '../schema/vocab.ts';
import { findRefs } from './references.ts';
import { caseYears, strongestClaim, type ClaimLike } from './cases.ts';
import { archiveUrl, type SourceLike } from './citations.ts';

/** Bumped whenever an exported field changes meaning or shape (see /data/). */
export const SCHEMA_VERSION = '1.0.0';

/** Separator for list fields in the CSV: a value never contains it (ids and short labels). */
export const LIST_SEPARATOR = '; ';

/** Fields whose references may point to any collection, exported as "collection/id" (as editors write them). */
const ENTRY_LINK_FIELDS = new Set(['links', 'entry']);

/** Replaces every `{ collection, id }` reference in a value by the id alone, or by "collection/id" in entry-link fields. */
export function flattenRefs(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => flattenRefs(v, key));
  if (value && typeof value === 'object') {
    const refs = findRefs(value);
    if (refs.length === 1 && refs[0].path.length === 0) {
      const { collection, id } = refs[0].ref;
      return ENTRY_LINK_FIELDS.has(key) ? `${collection}/${id}` : id;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flattenRefs(v, k)]));
  }
  return value;
}

/** One entry as exported: id first, then its data with references flattened and archived links filled in. */
export function exportEntry(id: string, data: Record<string, unknown>): Record<string, unknown> {
  const flat = flattenRefs(data) as Record<string, unknown>;
  if (Array.isArray(flat.sources)) flat.sources = (flat.sources as SourceLike[]).map((s) => ({ ...s, archived: archiveUrl(s) }));
  return { id, ...flat };
}

/** The JSON document for a collection. */
export function collectionDocument(collection: string, entries: Record<string, unknown>[], site: string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    collection,
    schema: new URL(`schema/${collection}.json`, site).href,
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    count: entries.length,
    entries,
  };
}

/** The case fields the CSV reads. */
export interface CsvCase {
  id: string;
  data: {
    title: string;
    summary: string;
    country: string;
    region: string;
    origin: string;
    elections: { name: string; type: string; date: string }[];
    period: { start: string; end?: string | undefined };
    actors: { name: string; kind: string }[];
    tactics: { id: string }[];
    frameworks: { id: string }[];
    commitments: { id: string }[];
    norms: { norm: { id: string }; verdict: string }[];
    attribution: { status: string; claims: ClaimLike[] };
    assessment: { position: string; criteria: Record<string, { level: string }> };
    responses: unknown[];
    sources: unknown[];
    published: string;
    lastReviewed: string;
    lang: string;
  };
}

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'country',
  'region',
  'origin',
  'years',
  'elections',
  'period_start',
  'period_end',
  'actors',
  'tactics',
  'attribution_status',
  'strongest_claim_by',
  'strongest_claim_kind',
  'strongest_claim_date',
  'position',
  ...CRITERIA.map((c) => `${c}_level`),
  'norms_crossed',
  'norms_contested',
  'frameworks',
  'commitments',
  'responses',
  'sources',
  'published',
  'last_reviewed',
  'lang',
  'url',
  'summary',
] as const;

/** One CSV row per case: list fields joined with "; ", dates ISO, counts for responses and sources. */
export function casesCsv(cases: readonly CsvCase[], urlOf: (id: string) => string): string {
  const join = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
  const rows = cases.map((c) => {
    const d = c.data;
    const claim = strongestClaim(d.attribution.claims);
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: c.id,
      title: d.title,
      country: d.country,
      region: d.region,
      origin: d.origin,
      years: join(caseYears(d).map(String)),
      elections: join(d.elections.map((e) => `${e.type} ${e.date}`)),
      period_start: d.period.start,
      period_end: d.period.end ?? '',
      actors: join(d.actors.map((a) => `${a.name} (${a.kind})`)),
      tactics: join(d.tactics.map((t) => t.id)),
      attribution_status: d.attribution.status,
      strongest_claim_by: claim?.by ?? '',
      strongest_claim_kind: claim?.kind ?? '',
      strongest_claim_date: claim?.date ?? '',
      position: d.assessment.position,
      transparency_level: d.assessment.criteria.transparency?.level ?? '',
      means_level: d.assessment.criteria.means?.level ?? '',
      target_level: d.assessment.criteria.target?.level ?? '',
      truthfulness_level: d.assessment.criteria.truthfulness?.level ?? '',
      legality_level: d.assessment.criteria.legality?.level ?? '',
      norms_crossed: join(d.norms.filter((n) => n.verdict === 'crossed').map((n) => n.norm.id)),
      norms_contested: join(d.norms.filter((n) => n.verdict === 'contested').map((n) => n.norm.id)),
      frameworks: join(d.frameworks.map((f) => f.id)),
      commitments: join(d.commitments.map((f) => f.id)),
      responses: d.responses.length,
      sources: d.sources.length,
      published: d.published,
      last_reviewed: d.lastReviewed,
      lang: d.lang,
      url: urlOf(c.id),
      summary: d.summary,
    };
    return CSV_COLUMNS.map((k) => row[k]);
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted_match: /[",\r\n;]/ });
}
