/** Where each page lives on the site: the one place that knows the URL scheme, the base path and the locale prefixes. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import type { Ref } from './references.ts';

/** The path of an entry's page (or anchor, for glossary terms), without base or locale. */
export function entryPath(ref: Ref): string {
  switch (ref.collection) {
    case 'glossary':
      return `/glossary/#${ref.id}`;
    default:
      return `/${ref.collection}/${ref.id}/`;
  }
}

/** Joins the site's base (`/` or `/casebook/`) and a root-relative path. */
export function withBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + path;
}

/** A root-relative path in a locale: "/cases/" → "/es/cases/" (the default locale has no prefix). */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The path without its locale prefix: "/es/cases/x/" → "/cases/x/". */
export function unlocalizedPath(path: string): string {
  const first = path.split('/')[1];
  return first && first !== DEFAULT_LOCALE && (LOCALES as readonly string[]).includes(first) ? path.slice(first.length + 1) : path;
}

/** The path of a facet listing page of the cases index. */
export const facetPath = (facet: string, value: string): string => `/cases/by/${facet}/${value}/`;

/** Builds site URLs for one locale under one base: `link('/cases/')` → "/casebook/es/cases/". */
export function linker(base: string, locale: Locale) {
  const link = (path: string): string => withBase(base, localePath(locale, path));
  return Object.assign(link, {
    /** The URL of an entry's page in this locale. */
    entry: (ref: Ref): string => link(entryPath(ref)),
    /** A URL that is the same in every locale (data files, the search index, assets). */
    shared: (path: string): string => withBase(base, path),
    /** The URL of a path in another locale (the language switcher, hreflang). */
    in: (other: Locale, path: string): string => withBase(base, localePath(other, path)),
  });
}
export type Linker = ReturnType<typeof linker>;
