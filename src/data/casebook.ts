/**
 * The bridge between Astro's collections and the pages: loads every collection and every
 * translation once, leaves out drafts, and hands pages ready data in the page's language, built by
 * the pure functions in src/lib. A reference to a missing entry throws here (Astro itself only logs
 * it), so a broken link fails the build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, POSITIONS, REGIONS, ATTRIBUTION_STATUSES, type CollectionName } from '../schema/vocab.ts';
import { backlinks, refKey, type Ref } from '../lib/references.ts';
import { facetIndex } from '../lib/facets.ts';
import { primaryYear } from '../lib/cases.ts';
import { applyTranslation } from '../lib/translations.ts';
import { sourceNumbers } from '../lib/citations.ts';
import { compareDates } from '../schema/dates.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { INTL_TAG } from '../i18n/locales.ts';

export type Case = CollectionEntry<'cases'>;
export type Framework = CollectionEntry<'frameworks'>;
export type Commitment = CollectionEntry<'commitments'>;
export type Tactic = CollectionEntry<'tactics'>;
export type Norm = CollectionEntry<'norms'>;
export type Briefing = CollectionEntry<'briefings'>;
export type Term = CollectionEntry<'glossary'>;
export type AnyEntry = CollectionEntry<CollectionName>;

/**
 * How far an entry is translated into a page's language: `original` (the default locale),
 * `translated` (text fields and body), `summary` (text fields only; the body is shown in English),
 * `untranslated` (shown in English with a notice, and kept out of that language's search index).
 */
export type TranslationState = 'original' | 'translated' | 'summary' | 'untranslated';

/** An entry as a page in one language shows it. */
export interface Localized<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** The entry's data, with every text field the translation gives in the page's language. */
  data: CollectionEntry<C>['data'];
  original: CollectionEntry<C>;
  translation?: CollectionEntry<'translations'> | undefined;
  state: TranslationState;
  /** The language the body is written in. */
  bodyLang: Locale;
  /** The original's review date, when it is later than the review the translation was made from. */
  staleSince?: string | undefined;
  /** The file an editor changes to correct this page. */
  file: string;
  /** The locales other than the default that have a translation of this entry. */
  translatedIn: Locale[];
}

/** The display title of any entry (a glossary entry's is its term). */
export function titleOf(e: { data: unknown }): string {
  const d = e.data as { title?: string; term?: string };
  return d.title ?? d.term ?? '';
}

/** A short title for tables, charts and breadcrumbs. */
export function shortTitleOf(e: { data: unknown }): string {
  const d = e.data as { shortTitle?: string };
  return d.shortTitle ?? titleOf(e);
}

async function load() {
  const all = await Promise.all(
    COLLECTIONS.map(async (c) => [c, (await getCollection(c)).filter((e) => !(e.data as { draft?: boolean }).draft)] as const),
  );
  const lists = Object.fromEntries(all) as { [K in CollectionName]: CollectionEntry<K>[] };
  const byKey = new Map<string, AnyEntry>();
  for (const c of COLLECTIONS) for (const e of lists[c]) byKey.set(refKey({ collection: c, id: e.id }), e);
  const links = backlinks(COLLECTIONS.flatMap((c) => (lists[c] as AnyEntry[]).map((e) => ({ collection: c, id: e.id, data: e.data }))));
  const facets = facetIndex(lists.cases, { region: REGIONS, position: POSITIONS, attribution: ATTRIBUTION_STATUSES });
  // Translations by "<collection>/<locale>/<id>".
  const translations = new Map((await getCollection('translations')).map((t) => [t.id, t]));
  return { ...lists, byKey, links, facets, translations };
}

let cached: ReturnType<typeof load> | undefined;

/** The whole casebook in its original language, loaded once per build. */
export function getCasebook() {
  return (cached ??= load());
}

/** An entry in a locale: the original, with its translation's text and body where there is one. */
function localize<C extends CollectionName>(
  entry: CollectionEntry<C>,
  locale: Locale,
  translations: Map<string, CollectionEntry<'translations'>>,
): Localized<C> {
  const collection = entry.collection as C;
  const original = `content/${collection}/${entry.id}.mdx`;
  const translatedIn = LOCALES.filter((l) => l !== DEFAULT_LOCALE && translations.has(`${collection}/${l}/${entry.id}`));
  const base = { collection, id: entry.id, data: entry.data, original: entry, translatedIn };
  if (locale === DEFAULT_LOCALE) return { ...base, state: 'original', bodyLang: locale, file: original };
  const translation = translations.get(`${collection}/${locale}/${entry.id}`);
  if (!translation) return { ...base, state: 'untranslated', bodyLang: DEFAULT_LOCALE, file: original };
  const hasBody = Boolean(translation.body?.trim());
  const reviewed = (entry.data as { lastReviewed: string }).lastReviewed;
  return {
    ...base,
    data: applyTranslation(collection, entry.data, translation.data as Record<string, unknown>),
    translation,
    state: hasBody ? 'translated' : 'summary',
    bodyLang: hasBody ? locale : DEFAULT_LOCALE,
    staleSince: compareDates(reviewed, translation.data.translatedFrom) > 0 ? reviewed : undefined,
    file: `content/${collection}/${locale}/${entry.id}.mdx`,
  };
}

async function loadLocal(locale: Locale) {
  const book = await getCasebook();
  const collator = new Intl.Collator(INTL_TAG[locale]);
  const byTitle = (a: Localized, b: Localized) => collator.compare(titleOf(a), titleOf(b));
  const lists = Object.fromEntries(
    COLLECTIONS.map((c) => {
      const list: Localized[] = (book[c] as AnyEntry[]).map((e) => localize(e, locale, book.translations));
      // Cases newest first; the rest alphabetically in the page's language.
      if (c === 'cases')
        list.sort((a, b) => primaryYear((b as Localized<'cases'>).data) - primaryYear((a as Localized<'cases'>).data) || byTitle(a, b));
      else list.sort(byTitle);
      return [c, list];
    }),
  ) as { [K in CollectionName]: Localized<K>[] };
  const byKey = new Map<string, Localized>();
  for (const c of COLLECTIONS) for (const e of lists[c] as Localized[]) byKey.set(refKey(e), e);

  /** Looks up a referenced entry; throws with both ends of the link when it is missing. */
  const resolve = <C extends CollectionName>(collection: C, ref: { id: string }, from: string): Localized<C> => {
    const entry = byKey.get(refKey({ collection, id: ref.id }));
    if (!entry)
      throw new Error(`${from} refers to ${collection}/${ref.id}, which does not exist (or is a draft). Run npm run check for details.`);
    return entry as Localized<C>;
  };
  return {
    ...lists,
    locale,
    byKey,
    links: book.links,
    facets: book.facets,
    resolve,
    /** Resolves a list of references to one collection. */
    resolveAll: <C extends CollectionName>(collection: C, refs: readonly { id: string }[], from: string) =>
      refs.map((r) => resolve(collection, r, from)),
    /** The entries of `collection` that reference `target` (its backlinks), in this book's order. */
    referrers: <C extends CollectionName>(target: Ref, collection: C): Localized<C>[] => {
      const keys = new Set((book.links.get(refKey(target)) ?? []).filter((r) => r.collection === collection).map(refKey));
      return (lists[collection] as Localized<C>[]).filter((e) => keys.has(refKey(e)));
    },
    /** One entry by collection and id. */
    get: <C extends CollectionName>(collection: C, id: string): Localized<C> =>
      resolve(collection, { id }, `the ${collection} page "${id}"`),
  };
}

const local = new Map<Locale, ReturnType<typeof loadLocal>>();

/** The casebook as the pages of one language show it (built once per locale). */
export function localBook(locale: Locale) {
  let book = local.get(locale);
  if (!book) local.set(locale, (book = loadLocal(locale)));
  return book;
}
export type LocalBook = Awaited<ReturnType<typeof loadLocal>>;

/**
 * Renders an entry's body in the page's language (or the original's, when the translation has none),
 * with its citation numbers. The numbers go into `Astro.locals` first, because <Cite /> inside MDX
 * receives no props from the page; it reads them from there.
 */
export async function renderBody(entry: Localized, locals: App.Locals) {
  const numbers = sourceNumbers((entry.data as { sources: { id: string }[] }).sources);
  locals.sourceNumbers = numbers;
  const { Content, headings } = await render(entry.state === 'translated' ? entry.translation! : entry.original);
  return { Content, headings, numbers };
}

/**
 * The locales a build writes pages for: all of them, unless CASEBOOK_LOCALES names a subset (the
 * benchmark measures how each language adds to the build). English is always built.
 */
export const BUILT_LOCALES: readonly Locale[] = process.env.CASEBOOK_LOCALES
  ? LOCALES.filter((l) => l === DEFAULT_LOCALE || process.env.CASEBOOK_LOCALES!.split(',').includes(l))
  : LOCALES;

/** `getStaticPaths` for a page that exists once per locale. */
export function localePaths() {
  return BUILT_LOCALES.map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale } }));
}

/** `getStaticPaths` for an entry page: every entry of `collection`, in every locale. */
export async function entryPaths(collection: CollectionName) {
  const book = await getCasebook();
  return BUILT_LOCALES.flatMap((locale) =>
    (book[collection] as AnyEntry[]).map((e) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale, id: e.id } })),
  );
}
