/**
 * The search page's state in its URL, so a search can be shared and reloaded:
 * `?q=cyberberkut&region=Europe&tactic=Hack+and+leak`.
 */

/** A query and its selected filters (filter name → selected values). */
export interface SearchState {
  term: string;
  filters: Record<string, string[]>;
}

/** Reads a search state from a query string; unknown parameters other than q become filters. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [k, v] of params) {
    if (k === 'q' || !v) continue;
    const values = (filters[k] ??= []);
    if (!values.includes(v)) values.push(v);
  }
  return { term: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search state as a query string ("" when empty), filters in a stable order. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term.trim()) params.set('q', state.term.trim());
  for (const k of Object.keys(state.filters).sort()) for (const v of [...state.filters[k]].sort()) params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Normalises Pagefind's filter object (values may be a string, a list, or an {any: […]} group) to lists. */
export function normaliseFilters(raw: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(raw ?? {})) {
    const list = Array.isArray(v)
      ? v
      : typeof v === 'string'
        ? [v]
        : v && typeof v === 'object' && Array.isArray((v as { any?: unknown }).any)
          ? (v as { any: unknown[] }).any
          : [];
    const values = list.filter((x): x is string => typeof x === 'string');
    if (values.length) out[k] = values;
  }
  return out;
}
