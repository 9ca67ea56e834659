/**
 * Dates as editors write them: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only the month or
 * year is known (common for covert operations decades ago). Values are kept as strings so
 * the precision survives and ISO strings sort correctly.
 */
import { z } from 'astro/zod';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is a real calendar date at its stated precision (no 30 February, no month 13). */
export function isCalendarDate(text: string): boolean {
  const m = PATTERN.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** Today's date as `YYYY-MM-DD` (UTC), the bound for "no future dates on past events". */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Compare two partial ISO dates by their shared precision: "2019" is not after "2019-04-21". */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/**
 * A date field. Astro's YAML reader turns an unquoted `2019-04-21` into a Date (and silently
 * rolls `2019-13-45` over into another date), so a Date is accepted and normalised here; the
 * checker reads the raw text instead, which is how impossible dates get caught.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? 'is required but missing (a date: "YYYY-MM-DD", "YYYY-MM" or "YYYY")'
          : `write the date as quoted text: "YYYY-MM-DD" (or "YYYY-MM", or "YYYY"), e.g. "2016-11-08" (got ${typeof iss.input === 'number' ? `the number ${iss.input}` : typeof iss.input})`,
    })
    .refine(isCalendarDate, { error: (iss) => `"${String(iss.input)}" is not a real calendar date (expected YYYY-MM-DD, YYYY-MM or YYYY)` }),
);

/** A date on something that has already happened: it may not lie in the future. */
export const pastDate = isoDate.refine((d) => typeof d !== 'string' || compareDates(d, today()) <= 0, {
  error: (iss) => `"${String(iss.input)}" is in the future, but this records something that has already happened (today is ${today()})`,
});
