/** Looks up interface strings. One language today; the dictionary shape is the contract for more. */
import { en, type UiKey } from './en.ts';

const dictionaries = { en } as const;
export type Lang = keyof typeof dictionaries;

/** The string for `key` in `lang` (English when a translation is missing). */
export function t(key: UiKey, lang: Lang = 'en'): string {
  return dictionaries[lang][key] ?? en[key];
}
