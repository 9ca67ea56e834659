/** Comparison data for the compare pages and their data file: rows and every case's profile, in one language. */
import { compareProfile, compareRows, COMPARE_GROUPS } from '../lib/compare.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { linker } from '../lib/urls.ts';
import { localBook } from './casebook.ts';

/** Rows, a profile per case (keyed by id), and the words the compare page's script needs. */
export async function comparisonData(locale: Locale) {
  const book = await localBook(locale);
  const t = useTranslations(locale);
  const link = linker(import.meta.env.BASE_URL, locale);
  const tacticTitles = new Map(book.tactics.map((x) => [x.id, x.data.title]));
  const rows = compareRows(
    t,
    book.norms.map((n) => ({ id: n.id, title: n.data.title })),
  );
  const profiles = Object.fromEntries(book.cases.map((c) => [c.id, compareProfile(t, c, link.entry(c), tacticTitles)]));
  const words = {
    field: t('compare.field'),
    notCrossed: t.label('verdict', 'not-crossed'),
    caption: t('compare.caption', { cases: '{cases}' }),
    groups: Object.fromEntries(COMPARE_GROUPS.map((g) => [g, t(`compare.group.${g}`)])),
  };
  return { rows, profiles, words, book };
}
