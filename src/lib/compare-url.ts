/**
 * Comparison URLs, shared by the pages and the compare page's script (so kept free of anything
 * heavy: the browser bundle imports this file alone).
 */

/** The pre-rendered page of a pair or trio: ids sorted so each set has one URL. */
export function pairPath(ids: readonly string[]): string {
  return `/compare/${[...ids].sort().join('--')}/`;
}

/** Reads the case ids back from a comparison slug ("a--b"). */
export const idsFromSlug = (slug: string): string[] => slug.split('--').filter(Boolean);

/** Reads the selection from a compare URL's query (`?cases=a,b,c`), keeping known ids, at most three. */
export function idsFromQuery(search: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get('cases') ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => known.has(s)),
    ),
  ].slice(0, 3);
}
