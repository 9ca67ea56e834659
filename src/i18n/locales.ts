/**
 * The languages of the site. English is the original of every entry and is served at the root;
 * every other locale lives under its own prefix (/es/, /pt/, /uk/, /fr/).
 */

/** Locales in the order the language switcher lists them. */
export const LOCALES = ['en', 'es', 'pt', 'uk', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale of the original content and of the unprefixed URLs. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language, for the switcher (a reader looks for their own). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', pt: 'Português', uk: 'Українська', fr: 'Français' };

/** The tag used for Intl formatting: British English writes "21 April 2019", as the casebook always has. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', es: 'es', pt: 'pt-BR', uk: 'uk', fr: 'fr' };

/** True when `value` is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a path belongs to (after the site's base is removed): "/es/cases/x/" → "es", "/cases/x/" → "en". */
export function localeOfPath(path: string): Locale {
  const first = path.split('/').filter(Boolean)[0];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The `getStaticPaths` parameter of a locale: none for the default locale (served at the root). */
export const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);
