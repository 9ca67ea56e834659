/**
 * The bridge between Astro's collections and the pages: loads every collection once, leaves out
 * drafts, and hands pages ready data built by the pure functions in src/lib. A reference to a
 * missing entry throws here (Astro itself only logs it), so a broken link fails the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, POSITIONS, REGIONS, ATTRIBUTION_STATUSES, type CollectionName } from '../schema/vocab.ts';
import { backlinks, refKey, type Ref } from '../lib/references.ts';
import { facetIndex } from '../lib/facets.ts';
import { primaryYear } from '../lib/cases.ts';
import { entryPath, withBase } from '../lib/urls.ts';

export type Case = CollectionEntry<'cases'>;
export type Framework = CollectionEntry<'frameworks'>;
export type Commitment = CollectionEntry<'commitments'>;
export type Tactic = CollectionEntry<'tactics'>;
export type Norm = CollectionEntry<'norms'>;
export type Briefing = CollectionEntry<'briefings'>;
export type Term = CollectionEntry<'glossary'>;
export type AnyEntry = CollectionEntry<CollectionName>;

const byTitle = (a: AnyEntry, b: AnyEntry) => titleOf(a).localeCompare(titleOf(b));

/** The display title of any entry. */
export function titleOf(e: AnyEntry): string {
  const d = e.data as { title?: string; term?: string };
  return d.title ?? d.term ?? e.id;
}

/** A short title for tables and charts. */
export function shortTitleOf(e: AnyEntry): string {
  const d = e.data as { shortTitle?: string };
  return d.shortTitle ?? titleOf(e);
}

async function load() {
  const all = await Promise.all(COLLECTIONS.map(async (c) => [c, (await getCollection(c)).filter((e) => !(e.data as { draft?: boolean }).draft)] as const));
  const lists = Object.fromEntries(all) as { [K in CollectionName]: CollectionEntry<K>[] };
  // Cases newest first; the rest alphabetically.
  lists.cases.sort((a, b) => primaryYear(b.data) - primaryYear(a.data) || a.data.title.localeCompare(b.data.title));
  for (const c of COLLECTIONS) if (c !== 'cases') (lists[c] as AnyEntry[]).sort(byTitle);
  const byKey = new Map<string, AnyEntry>();
  for (const c of COLLECTIONS) for (const e of lists[c]) byKey.set(refKey({ collection: c, id: e.id }), e);
  const links = backlinks(COLLECTIONS.flatMap((c) => (lists[c] as AnyEntry[]).map((e) => ({ collection: c, id: e.id, data: e.data }))));
  const facets = facetIndex(lists.cases, { region: REGIONS, position: POSITIONS, attribution: ATTRIBUTION_STATUSES });
  return { ...lists, byKey, links, facets };
}

let cached: ReturnType<typeof load> | undefined;

/** The whole casebook, loaded once per build. */
export function getCasebook() {
  return (cached ??= load());
}

/** Looks up a referenced entry of `collection`; throws with both ends of the link when it is missing. */
export async function resolve<C extends CollectionName>(collection: C, ref: { id: string }, from: string): Promise<CollectionEntry<C>> {
  const book = await getCasebook();
  const key = refKey({ collection, id: ref.id });
  const entry = book.byKey.get(key);
  if (!entry) throw new Error(`${from} refers to ${key}, which does not exist (or is a draft). Run npm run check for details.`);
  return entry as CollectionEntry<C>;
}

/** Resolves a list of references to one collection. */
export const resolveAll = <C extends CollectionName>(collection: C, refs: readonly { id: string }[], from: string) =>
  Promise.all(refs.map((r) => resolve(collection, r, from)));

/** The entries of `collection` that reference `target` (its backlinks). */
export async function referrersOf<C extends CollectionName>(target: Ref, collection: C): Promise<CollectionEntry<C>[]> {
  const book = await getCasebook();
  return (book.links.get(refKey(target)) ?? [])
    .filter((r) => r.collection === collection)
    .map((r) => book.byKey.get(refKey(r)))
    .filter((e): e is AnyEntry => Boolean(e)) as CollectionEntry<C>[];
}

/** A site-relative URL with the configured base. */
export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The URL of an entry's page. */
export const hrefOf = (e: { collection: string; id: string }): string => url(entryPath(e));
