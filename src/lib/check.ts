/**
 * The content checker: validates every file of a corpus and returns every problem at once
 * (Astro stops at the first bad file and lets broken references and impossible dates through).
 * Pure apart from the clock: the caller reads the files and prints the result.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { buildSchemas, type ReferenceFactory } from '../schema/index.ts';
import { slug } from '../schema/shared.ts';
import { COLLECTIONS, type CollectionName } from '../schema/vocab.ts';
import { parseContentFile } from './frontmatter.ts';
import { analyseBody } from './mdx-body.ts';
import { frontmatterCitations } from './citations.ts';
import { pathOfValue, refKey, type Ref } from './references.ts';
import { fieldName, sortProblems, type Problem } from './problems.ts';
import { placeholderLines, placeholderPaths } from './placeholders.ts';
import { sourceUrlProblems } from './source-urls.ts';
import { applyTranslation, translationIssues } from './translations.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../i18n/locales.ts';
import { compareDates, isCalendarDate, today } from '../schema/dates.ts';

/** One file to check. `path` is relative to `root`, e.g. `content/cases/bolivia-2019.mdx`. */
export interface ContentFile {
  path: string;
  text: string;
}

/** A file that passed the schema, with what later checks and tests need. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  path: string;
  data: Record<string, unknown>;
  words: number;
  citedIds: Set<string>;
  uncitedParagraphs: number[];
}

/** Everything the checker found. */
export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
  files: number;
}

/** Where the content lives and which components MDX may use. */
export interface CheckOptions {
  root: string;
  components: readonly string[];
}

const ENTRY_LINK = new RegExp(`^(${COLLECTIONS.join('|')})/(.+)$`);

/**
 * Splits `content/<collection>/<id>.mdx` into collection and id, and a translation
 * `content/<collection>/<locale>/<id>.mdx` into collection, id and locale; undefined for files
 * outside a collection.
 */
export function locate(file: string): { collection: CollectionName; id: string; locale?: Locale } | undefined {
  const m = /^content\/([^/]+)\/(?:([^/]+)\/)?([^/]+)\.mdx?$/.exec(file.split(path.sep).join('/'));
  if (!m || !(COLLECTIONS as readonly string[]).includes(m[1])) return undefined;
  if (m[2] === undefined) return { collection: m[1] as CollectionName, id: m[3] };
  if (!isLocale(m[2]) || m[2] === DEFAULT_LOCALE) return undefined;
  return { collection: m[1] as CollectionName, id: m[3], locale: m[2] };
}

/** Checks a whole corpus. */
export function checkCorpus(files: readonly ContentFile[], opts: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const uses: { file: string; ref: Ref; data: unknown; lineOf: (p: readonly PropertyKey[]) => number | undefined }[] = [];
  const ids = new Map<string, string>();
  // Every entry's key, known before any file is parsed, so that references are checked inside
  // the schema parse and zod reports each broken one at its exact path.
  const known = new Set(
    files
      .map((f) => locate(f.path))
      .filter((w) => w !== undefined && !w.locale)
      .map((w) => `${w!.collection}/${w!.id}`),
  );
  // Originals as written (for their translations, checked after every original).
  const originals = new Map<string, Record<string, unknown>>();
  const translations: { file: ContentFile; collection: CollectionName; id: string; locale: Locale }[] = [];
  const brokenRef = (collection: string, id: string) => {
    const count = [...known].filter((k) => k.startsWith(collection + '/')).length;
    return `refers to "${id}", but there is no such entry in ${collection} (expected a file content/${collection}/${id}.mdx; ${count} ${collection} exist)`;
  };
  // References are checked as the schema resolves them, so broken ones are found (at their
  // exact path) even when other fields of the same file fail. Built once: it is a quarter of the time.
  const checking: ReferenceFactory = (collection) =>
    slug
      .refine((id) => known.has(`${collection}/${id}`), { error: (iss) => brokenRef(collection, String(iss.input)) })
      .transform((id) => ({ id, collection }));
  const schemas = buildSchemas(checking);

  for (const file of files) {
    const where = locate(file.path);
    const add = (p: Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] }) =>
      problems.push({ file: file.path, severity: 'error', ...p });
    if (!where) {
      add({
        message: `not inside a collection folder (expected content/<${COLLECTIONS.join('|')}>/<id>.mdx, or content/<collection>/<${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')}>/<id>.mdx for a translation)`,
      });
      continue;
    }
    if (where.locale) {
      translations.push({ file, collection: where.collection, id: where.id, locale: where.locale });
      continue;
    }
    const key = `${where.collection}/${where.id}`;
    if (ids.has(key))
      add({ field: 'id', message: `duplicate id "${where.id}" in ${where.collection} (also ${ids.get(key)}); rename one file` });
    else ids.set(key, file.path);
    if (!slug.safeParse(where.id).success)
      add({ field: 'id', message: `file name "${where.id}" is not a valid id (expected lowercase-kebab-case, e.g. bolivia-2019.mdx)` });

    const parsed = parseContentFile(file.text);
    for (const e of parsed.errors) add({ line: e.line, ...(e.field ? { field: e.field } : {}), message: e.message });
    if (parsed.data === undefined) continue;
    if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      add({ line: 2, message: 'the frontmatter is not a set of "field: value" lines' });
      continue;
    }

    // Template text first: each placeholder is reported once, at its line, and the schema's own
    // complaint about the same value ("YYYY-MM-DD" is not a date) is left out as noise.
    const placeholders = placeholderPaths(parsed.data);
    const TEMPLATE = 'template text left in: replace it with real content (see the comment above the field)';
    for (const p of placeholders) add({ line: parsed.lineOf(p), field: fieldName(p), message: TEMPLATE });
    const isPlaceholderPath = (p: readonly PropertyKey[]) =>
      placeholders.some((q) => q.length <= p.length && q.every((k, i) => String(k) === String(p[i])));

    const schema: z.ZodType = schemas[where.collection];
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      // One problem per field: zod 4 goes on checking a value after a first failure (a list where
      // text is expected is also "too short"; a malformed id is also "no such entry").
      const reported = new Set<string>();
      for (const issue of result.error.issues) {
        if (isPlaceholderPath(issue.path)) continue;
        const at = issue.path.map(String).join('\u0000');
        if (issue.code !== 'unrecognized_keys' && reported.has(at)) continue;
        reported.add(at);
        // An unknown key is best shown on its own line, not on the line of the object holding it.
        add({
          line: parsed.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path),
          field: fieldName(issue.path),
          message: issue.message,
        });
      }
    }
    const data = parsed.data as Record<string, unknown>;
    originals.set(key, data);
    // Entry links ("collection/id", in briefings) are plain text to the schema: checked below.
    for (const value of findEntryLinks(data)) {
      const m = ENTRY_LINK.exec(value)!;
      uses.push({ file: file.path, ref: { collection: m[1], id: m[2] }, data, lineOf: (p) => parsed.lineOf(p) });
    }

    // Citations: the body's <Cite /> and the frontmatter's source fields must name listed sources.
    const listed = new Set(Array.isArray(data.sources) ? data.sources.map((s: { id?: unknown }) => String(s?.id)) : []);
    const body = analyseBody(parsed.body, parsed.bodyLine, {
      file: path.join(opts.root, file.path),
      root: opts.root,
      components: opts.components,
    });
    for (const p of body.problems) add({ line: p.line, field: 'body', message: p.message });
    const cited = new Set<string>();
    for (const c of body.cites) {
      cited.add(c.id);
      if (!listed.has(c.id))
        add({
          line: c.line,
          field: 'body',
          message: `<Cite id="${c.id}" /> names no source of this entry (expected one of: ${[...listed].join(', ') || 'none listed'})`,
        });
    }
    for (const c of frontmatterCitations({ ...data, sources: undefined })) {
      cited.add(c.id);
      if (!listed.has(c.id))
        add({
          line: parsed.lineOf(c.path),
          field: fieldName(c.path),
          message: `cites "${c.id}", which is not in this entry's sources (expected one of: ${[...listed].join(', ') || 'none listed'})`,
        });
    }
    if (Array.isArray(data.sources))
      data.sources.forEach((s: { id?: unknown }, i: number) => {
        if (typeof s?.id === 'string' && !cited.has(s.id))
          add({
            severity: 'warning',
            line: parsed.lineOf(['sources', i]),
            field: `sources.${i}`,
            message: `source "${s.id}" is listed but never cited`,
          });
      });

    for (const line of placeholderLines(parsed.body, parsed.bodyLine)) add({ line, field: 'body', message: TEMPLATE });

    // Source addresses: no mirrors, aggregators, AMP pages, staging servers or truncated links.
    if (Array.isArray(data.sources))
      data.sources.forEach((s: Record<string, unknown>, i: number) => {
        if (isPlaceholderPath(['sources', i, 'url'])) return;
        for (const p of sourceUrlProblems(s ?? {}))
          add({ line: parsed.lineOf(['sources', i, p.field]), field: `sources.${i}.${p.field}`, message: p.message });
      });

    // A case compares itself with another case, not with itself.
    const compared = (data.assessment as { comparedWith?: { case?: unknown } } | undefined)?.comparedWith?.case;
    if (where.collection === 'cases' && compared === where.id)
      add({
        line: parsed.lineOf(['assessment', 'comparedWith', 'case']),
        field: 'assessment.comparedWith.case',
        message: 'names this case itself: compare it with the nearest other case',
      });

    if (result.success)
      entries.push({
        ...where,
        path: file.path,
        data: result.data as Record<string, unknown>,
        words: body.words,
        citedIds: cited,
        uncitedParagraphs: body.uncitedParagraphs,
      });
  }

  for (const tr of translations) problems.push(...checkTranslation(tr, originals.get(`${tr.collection}/${tr.id}`), schemas, opts));

  // The glossary is one page with one numbered source list, so a source id must mean the same
  // source (same URL) in every glossary file.
  const glossaryUrls = new Map<string, { url: string; file: string }>();
  for (const e of entries.filter((x) => x.collection === 'glossary'))
    (e.data.sources as { id: string; url: string }[]).forEach((s, i) => {
      const seen = glossaryUrls.get(s.id);
      if (!seen) glossaryUrls.set(s.id, { url: s.url, file: e.path });
      else if (seen.url !== s.url)
        problems.push({
          file: e.path,
          severity: 'error',
          field: `sources.${i}.id`,
          message: `source id "${s.id}" is used for a different URL in ${seen.file}; glossary terms share one source list, so give this source another id`,
        });
    });

  // Entry links whose target does not exist.
  for (const use of uses) {
    if (known.has(refKey(use.ref))) continue;
    const p = pathOfValue(use.data, refKey(use.ref)) ?? [];
    problems.push({
      file: use.file,
      severity: 'error',
      line: use.lineOf(p),
      field: fieldName(p),
      message: brokenRef(use.ref.collection, use.ref.id),
    });
  }
  return { problems: sortProblems(problems), entries, files: files.length };
}

/** Strings in a briefing's frontmatter written as "collection/id" entry links. */
function findEntryLinks(value: unknown): string[] {
  if (typeof value === 'string') return ENTRY_LINK.test(value) && !value.includes(' ') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(findEntryLinks);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'links' || k === 'entry' || typeof v === 'object' ? findEntryLinks(v) : []));
  return [];
}

/**
 * A translation: its original exists, it says its language and the original's review date it was
 * made from, it changes only text fields (facts must match the original), the translated entry still
 * passes the schema, and its body cites only the original's sources.
 */
function checkTranslation(
  tr: { file: ContentFile; collection: CollectionName; id: string; locale: Locale },
  original: Record<string, unknown> | undefined,
  schemas: ReturnType<typeof buildSchemas>,
  opts: CheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const file = tr.file.path;
  const add = (p: Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] }) =>
    problems.push({ file, severity: 'error', ...p });
  if (!original) {
    add({
      message: `translates content/${tr.collection}/${tr.id}.mdx, which does not exist or does not parse (a translation's file name is its original's)`,
    });
    return problems;
  }
  const parsed = parseContentFile(tr.file.text);
  for (const e of parsed.errors) add({ line: e.line, ...(e.field ? { field: e.field } : {}), message: e.message });
  if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) return problems;
  const data = parsed.data as Record<string, unknown>;
  if (data.lang !== tr.locale)
    add({
      line: parsed.lineOf(['lang']),
      field: 'lang',
      message: `must be "${tr.locale}", the language of the folder it is in (got ${data.lang === undefined ? 'nothing' : JSON.stringify(data.lang)})`,
    });
  const from = data.translatedFrom;
  if (typeof from !== 'string' || !isCalendarDate(from) || compareDates(from, today()) > 0)
    add({
      line: parsed.lineOf(['translatedFrom']),
      field: 'translatedFrom',
      message: `the original's lastReviewed date this translation was made from, as "YYYY-MM-DD" (got ${from === undefined ? 'nothing' : JSON.stringify(from)})`,
    });
  else if (typeof original.lastReviewed === 'string' && compareDates(original.lastReviewed, from) > 0)
    add({
      severity: 'warning',
      line: parsed.lineOf(['translatedFrom']),
      field: 'translatedFrom',
      message: `the original was reviewed on ${original.lastReviewed}, after this translation (made from ${from}): update the translation, then translatedFrom`,
    });
  for (const issue of translationIssues(tr.collection, original, data))
    add({ line: parsed.lineOf(issue.path), field: fieldName(issue.path), message: issue.message });
  for (const p of placeholderPaths(data))
    add({ line: parsed.lineOf(p), field: fieldName(p), message: 'template text left in: replace it with real content' });

  // The translated entry must still be a valid entry (a translated summary can be too long).
  const merged = applyTranslation(tr.collection, original, data);
  const result = (schemas[tr.collection] as z.ZodType).safeParse(merged);
  if (!result.success)
    for (const issue of result.error.issues)
      if (Object.hasOwn(data, String(issue.path[0])))
        add({ line: parsed.lineOf(issue.path), field: fieldName(issue.path), message: issue.message });

  const listed = new Set(Array.isArray(original.sources) ? original.sources.map((s: { id?: unknown }) => String(s?.id)) : []);
  const body = analyseBody(parsed.body, parsed.bodyLine, {
    file: path.join(opts.root, file),
    root: opts.root,
    components: opts.components,
  });
  for (const p of body.problems) add({ line: p.line, field: 'body', message: p.message });
  for (const c of body.cites)
    if (!listed.has(c.id))
      add({
        line: c.line,
        field: 'body',
        message: `<Cite id="${c.id}" /> names no source of the original entry (expected one of: ${[...listed].join(', ')})`,
      });
  for (const line of placeholderLines(parsed.body, parsed.bodyLine))
    add({ line, field: 'body', message: 'template text left in: replace it with real content' });
  return problems;
}
