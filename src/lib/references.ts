/**
 * References between entries and the backlinks they imply. Works on any data shaped like
 * Astro's references (`{ collection, id }`), so pages and the checker share it.
 */
import type { CollectionName } from '../schema/vocab.ts';
import { COLLECTIONS } from '../schema/vocab.ts';

/** A reference to an entry. */
export interface Ref {
  collection: string;
  id: string;
}

/** An entry as the lib sees it: where it lives and its parsed data. */
export interface EntryLike<D = unknown> {
  collection: CollectionName;
  id: string;
  data: D;
}

/** The key of an entry in maps: "cases/ukraine-2019-presidential". */
export const refKey = (r: Ref): string => `${r.collection}/${r.id}`;

const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as Ref).id === 'string' &&
  (COLLECTIONS as readonly string[]).includes((v as Ref).collection) &&
  Object.keys(v).length === 2;

/** Every reference inside a value, with the path where it sits, in document order. */
export function findRefs(value: unknown, path: PropertyKey[] = []): { ref: Ref; path: PropertyKey[] }[] {
  if (isRef(value)) return [{ ref: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findRefs(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findRefs(v, [...path, k]));
  return [];
}

/** References whose target does not exist, each with its path. */
export function brokenRefs(entry: EntryLike, existing: ReadonlySet<string>): { ref: Ref; path: PropertyKey[] }[] {
  return findRefs(entry.data).filter(({ ref }) => !existing.has(refKey(ref)));
}

/**
 * Backlinks: for every entry key, the entries that reference it (each once, in input order).
 * This is what lists "cases that engage this framework" on a framework's page.
 */
export function backlinks(entries: readonly EntryLike[]): Map<string, Ref[]> {
  const out = new Map<string, Ref[]>();
  for (const e of entries) {
    const from = { collection: e.collection, id: e.id };
    const seen = new Set<string>();
    for (const { ref } of findRefs(e.data)) {
      const key = refKey(ref);
      if (seen.has(key) || key === refKey(from)) continue;
      seen.add(key);
      out.set(key, [...(out.get(key) ?? []), from]);
    }
  }
  return out;
}

/** The entries of one collection that reference `target`. */
export function referrers(links: Map<string, Ref[]>, target: Ref, collection: CollectionName): Ref[] {
  return (links.get(refKey(target)) ?? []).filter((r) => r.collection === collection);
}

/** Finds where a string value sits inside plain data (used to point at a broken reference's line). */
export function pathOfValue(data: unknown, wanted: string, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (data === wanted) return path;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const p = pathOfValue(data[i], wanted, [...path, i]);
      if (p) return p;
    }
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      const p = pathOfValue(v, wanted, [...path, k]);
      if (p) return p;
    }
  }
  return undefined;
}
