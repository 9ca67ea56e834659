/** Comparison data for the compare pages: rows and every case's profile. */
import { compareProfile, compareRows } from '../lib/compare.ts';
import { getCasebook, hrefOf } from './casebook.ts';

/** Rows and a profile per case (keyed by id). */
export async function comparisonData() {
  const book = await getCasebook();
  const tacticTitles = new Map(book.tactics.map((t) => [t.id, t.data.title]));
  const rows = compareRows(book.norms.map((n) => ({ id: n.id, title: n.data.title })));
  const profiles = Object.fromEntries(book.cases.map((c) => [c.id, compareProfile(c, hrefOf(c), tacticTitles)]));
  return { rows, profiles, book };
}
