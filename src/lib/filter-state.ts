/** Combining facet filters on the cases index (used by its script, so kept dependency-free). */

/** Selected values per facet. */
export type Filters = Record<string, string[]>;

/** Adds the value to a facet's selection, or removes it if present (dropping empty facets). */
export function toggleFilter(filters: Filters, facet: string, value: string): Filters {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const rest = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== facet));
  return next.length ? { ...rest, [facet]: next } : rest;
}

/** True when an item matches every facet (AND) through any of its selected values (OR). */
export function matchesFilters(valuesOf: (facet: string) => string[], filters: Filters): boolean {
  return Object.entries(filters).every(([facet, wanted]) => valuesOf(facet).some((v) => wanted.includes(v)));
}
