/**
 * The site's own prose pages (about, methodology, how to contribute), one MDX file per language in
 * src/prose/<locale>/<page>.mdx. A page without a translation falls back to English, with a notice.
 */
import type { MDXInstance } from 'astro';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

type Prose = MDXInstance<{ title: string; description: string }>;

const files = import.meta.glob<Prose>('../prose/*/*.mdx', { eager: true });
const byKey = new Map(Object.entries(files).map(([path, mod]) => [path.replace(/^\.\.\/prose\/|\.mdx$/g, ''), mod]));

/** The prose pages there are (the English ones). */
export const PROSE_PAGES = [...byKey.keys()]
  .filter((k) => k.startsWith(`${DEFAULT_LOCALE}/`))
  .map((k) => k.slice(DEFAULT_LOCALE.length + 1));

/** A prose page in a language, or in English when it is not translated (then `translated` is false). */
export function prosePage(page: string, locale: Locale): { mod: Prose; lang: Locale; translated: boolean; file: string } {
  const own = byKey.get(`${locale}/${page}`);
  if (own) return { mod: own, lang: locale, translated: true, file: `src/prose/${locale}/${page}.mdx` };
  const fallback = byKey.get(`${DEFAULT_LOCALE}/${page}`);
  if (!fallback) throw new Error(`no prose page "${page}" (expected src/prose/${DEFAULT_LOCALE}/${page}.mdx)`);
  return { mod: fallback, lang: DEFAULT_LOCALE, translated: locale === DEFAULT_LOCALE, file: `src/prose/${DEFAULT_LOCALE}/${page}.mdx` };
}
