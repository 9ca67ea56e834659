/** Dates for readers: ISO partial dates rendered at their own precision. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-04-21" → "21 April 2019"; "2019-04" → "April 2019"; "2019" → "2019". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The year of a partial ISO date. */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** A span of years for display: "1964", "2019–2024". */
export function yearSpan(years: readonly number[]): string {
  if (!years.length) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
