/**
 * The matrix orders for the page's script, which sorts rows by their data attributes. Kept in
 * step with `orderCases` in matrix.ts (a unit test checks both give the same order).
 */

/** The sort keys a row carries. */
export interface RowKeys {
  position?: string | undefined;
  year?: string | undefined;
  region?: string | undefined;
  title?: string | undefined;
}

/** Compares two rows for an order, as `orderCases` does. */
export function compareRows(a: RowKeys, b: RowKeys, order: 'position' | 'year' | 'region'): number {
  const n = (v?: string) => Number(v ?? 0);
  const title = (a.title ?? '').localeCompare(b.title ?? '');
  if (order === 'position') return n(b.position) - n(a.position) || n(b.year) - n(a.year) || title;
  if (order === 'year') return n(b.year) - n(a.year) || title;
  return (a.region ?? '').localeCompare(b.region ?? '') || n(b.year) - n(a.year) || title;
}
