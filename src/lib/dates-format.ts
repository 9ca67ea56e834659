/** Years of partial ISO dates, for labels and sorting (dates in words come from the translator: t.date). */

/** The year of a partial ISO date. */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** A span of years for display: "1964", "2019–2024". */
export function yearSpan(years: readonly number[]): string {
  if (!years.length) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
