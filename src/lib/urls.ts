/** Where each entry lives on the site. The one place that knows the URL scheme. */
import type { Ref } from './references.ts';

/** The path of an entry's page (or anchor, for glossary terms), without the site's base. */
export function entryPath(ref: Ref): string {
  switch (ref.collection) {
    case 'glossary': return `/glossary/#${ref.id}`;
    default: return `/${ref.collection}/${ref.id}/`;
  }
}

/** Joins the site's base (`/` or `/casebook/`) and a root-relative path. */
export function withBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + path;
}

/** The path of a facet listing page of the cases index. */
export const facetPath = (facet: string, value: string): string => `/cases/by/${facet}/${value}/`;
