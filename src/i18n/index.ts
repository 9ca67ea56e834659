/**
 * Interface strings, bound to a locale. A page gets its translator from `Astro.locals.t` (set by
 * src/middleware.ts from the URL), so components never pass the language around. Every locale's
 * dictionary has every key (the type checker and a test say so); a missing key is a build error,
 * never silent English.
 */
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';
import { pt } from './pt.ts';
import { uk } from './uk.ts';
import { fr } from './fr.ts';
import { INTL_TAG, type Locale } from './locales.ts';

export type { UiKey };
export { LOCALES, DEFAULT_LOCALE, LOCALE_NAMES, isLocale, localeOfPath, localeParam, type Locale } from './locales.ts';

/** Every dictionary, by locale. */
export const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { en, es, pt, uk, fr };

/** Values for the `{name}` placeholders of a string. */
export type Params = Readonly<Record<string, string | number>>;

/** One piece of a string split at its placeholders: literal text, or the name of a placeholder. */
export type Part = string | { name: string };

/**
 * Groups of words a reader sees for the values of a controlled vocabulary: `t.label('position',
 * 'grey-zone')` reads the key "position.grey-zone".
 */
export type LabelGroup =
  | 'region'
  | 'origin'
  | 'inclusion'
  | 'attribution'
  | 'attributor'
  | 'tier'
  | 'claimKind'
  | 'level'
  | 'position'
  | 'criterion'
  | 'impact'
  | 'actorKind'
  | 'electionType'
  | 'responseKind'
  | 'sourceKind'
  | 'sourceType'
  | 'frameworkKind'
  | 'scope'
  | 'commitmentKind'
  | 'tacticFamily'
  | 'normStatus'
  | 'verdict'
  | 'facet'
  | 'collection'
  | 'rule'
  | 'translation';

/** The translator of one locale. */
export interface Translator {
  /** The string for `key`, with every `{name}` placeholder filled from `params` (an unfilled one stays visible). */
  (key: UiKey, params?: Params): string;
  /** The locale it translates into. */
  readonly locale: Locale;
  /** The string split at its placeholders, so a template can put markup where one stands (see <Trans>). */
  parts(key: UiKey): Part[];
  /** The reader's word for a vocabulary value; throws if the dictionary lacks it, so no raw value reaches a page. */
  label(group: LabelGroup, value: string): string;
  /** A partial ISO date at its own precision: "2019-04-21" → "21 April 2019" / "21 de abril de 2019". */
  date(iso: string): string;
  /** A number with the locale's digit grouping. */
  number(n: number): string;
  /** Items joined as the language joins a list: "a, b and c" / "a, b y c". */
  list(items: readonly string[]): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; numbers are written with the locale's grouping. */
export function fill(text: string, params: Params | undefined, number: (n: number) => string = String): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name];
    return typeof v === 'number' ? number(v) : v;
  });
}

/** Splits a string at its placeholders, in order; empty text between placeholders is dropped. */
export function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A partial ISO date ("2019", "2019-04", "2019-04-21") in a locale's words, at its own precision. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_TAG[locale], options).format(when);
}

const cache = new Map<Locale, Translator>();

/** The translator for `locale` (one per locale, built once). */
export function useTranslations(locale: Locale): Translator {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dict = DICTIONARIES[locale];
  const numbers = new Intl.NumberFormat(INTL_TAG[locale]);
  const lists = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  const number = (n: number) => numbers.format(n);
  const t = ((key: UiKey, params?: Params) => fill(dict[key], params, number)) as Translator;
  Object.defineProperty(t, 'locale', { value: locale });
  t.parts = (key) => splitParts(dict[key]);
  t.label = (group, value) => {
    const text = (dict as Record<string, string | undefined>)[`${group}.${value}`];
    if (text === undefined)
      throw new Error(`no words for ${group} "${value}" in the ${locale} dictionary (src/i18n/${locale}.ts: add "${group}.${value}")`);
    return text;
  };
  t.date = (iso) => formatDate(iso, locale);
  t.number = number;
  t.list = (items) => lists.format(items);
  cache.set(locale, t);
  return t;
}
