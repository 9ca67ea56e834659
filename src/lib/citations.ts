/**
 * Citations: which source ids an entry uses, how sources are numbered on the page, and the
 * archived copy every source must have.
 */

/** The parts of a source the citation helpers need. */
export interface SourceLike {
  id: string;
  url: string;
  accessed: string;
  archived?: string | undefined;
}

/**
 * Source ids cited from frontmatter fields (`source: x` on a claim, response, provision …;
 * `sources: [x, y]` on a rubric criterion), with their paths. The entry's own source list
 * (a list of objects) is not a citation and is skipped.
 */
export function frontmatterCitations(value: unknown, path: PropertyKey[] = []): { id: string; path: PropertyKey[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => frontmatterCitations(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (k === 'source' && typeof v === 'string') return [{ id: v, path: [...path, k] }];
    if (k === 'sources' && Array.isArray(v) && v.every((s) => typeof s === 'string'))
      return v.map((id: string, i) => ({ id, path: [...path, k, i] }));
    return frontmatterCitations(v, [...path, k]);
  });
}

/** Number of each source on the page: its 1-based position in the entry's source list. */
export function sourceNumbers(sources: readonly { id: string }[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

/**
 * The archived copy of a source: the editor's own link, or a Wayback Machine link for the
 * URL as it stood on the day it was accessed (Wayback redirects to the nearest capture).
 */
export function archiveUrl(source: SourceLike): string {
  if (source.archived) return source.archived;
  const stamp = source.accessed.replaceAll('-', '').padEnd(8, '0');
  return `https://web.archive.org/web/${stamp}/${source.url}`;
}
