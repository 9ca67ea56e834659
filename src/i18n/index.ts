/** Looks up interface strings. One language today; the dictionary shape is the contract for more. */
import { en, type UiKey } from './en.ts';

const dictionaries = { en } as const;
export type Lang = keyof typeof dictionaries;
export type { UiKey };

/** Values for the `{name}` placeholders of a string. */
export type Params = Readonly<Record<string, string | number>>;

/** One piece of a string split at its placeholders: literal text, or the name of a placeholder. */
export type Part = string | { name: string };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The raw string for `key` in `lang` (English when a translation is missing), placeholders unfilled. */
function raw(key: UiKey, lang: Lang): string {
  return dictionaries[lang][key] ?? en[key];
}

/**
 * The string for `key` in `lang` (English when a translation is missing), with every `{name}`
 * placeholder replaced by `params[name]`: `t('cases.count', { n: 23 })` gives "23 cases".
 * Numbers are written as `String(n)` (no locale formatting), and a placeholder that has no value
 * in `params` is left as written, so a forgotten value shows on the page instead of vanishing.
 * For placeholders that must hold markup (a link, emphasis), use `tParts` or `<Trans>`.
 */
export function t(key: UiKey, params?: Params, lang: Lang = 'en'): string {
  const text = raw(key, lang);
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * The string for `key` split at its placeholders, in order: literal text as strings and each
 * `{name}` as `{ name }`, so that a template can put markup where the placeholder is while the
 * whole sentence stays one entry of the dictionary. Empty text between placeholders is dropped.
 */
export function tParts(key: UiKey, lang: Lang = 'en'): Part[] {
  const text = raw(key, lang);
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
