/**
 * Translations of entries: which of their fields may differ from the original, what a translation
 * gets wrong, and the localized data a page shows. Pure; the checker and the site share it.
 */
import { TRANSLATABLE, TRANSLATION_FIELDS } from '../schema/translatable.ts';
import type { CollectionName } from '../schema/vocab.ts';

type Path = readonly (string | number)[];

/** True when the field at `path` is translatable text in `collection`. */
export function isTranslatable(collection: CollectionName, path: Path): boolean {
  return TRANSLATABLE[collection].some((pattern) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
  });
}

/** Every leaf of a value with its path (a list or object that is empty counts as a leaf). */
export function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value) && value.length) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

/** The value at a path, or undefined. */
export function valueAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

const show = (v: unknown) =>
  typeof v === 'string' ? `"${v.length > 50 ? v.slice(0, 47) + '…' : v}"` : v === undefined ? 'nothing' : JSON.stringify(v);

/** One thing wrong with a translation's frontmatter. */
export interface TranslationIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What is wrong with a translation against its original (both as written in the files): a fact that
 * differs, text where the original has none, a field the original lacks.
 */
export function translationIssues(
  collection: CollectionName,
  original: Record<string, unknown>,
  translation: Record<string, unknown>,
): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  for (const { path, value } of leaves(translation)) {
    if ((TRANSLATION_FIELDS as readonly string[]).includes(String(path[0]))) continue;
    const there = valueAt(original, path);
    if (isTranslatable(collection, path)) {
      if (there === undefined)
        issues.push({
          path,
          message: `translates a field the original does not have (check the list position against content/${collection}/…)`,
        });
      else if (typeof value !== 'string' || !value.trim())
        issues.push({ path, message: `should be the translated text (got ${show(value)})` });
      continue;
    }
    if (JSON.stringify(there) !== JSON.stringify(value))
      issues.push({
        path,
        message: `is a fact of the original and must be the same in a translation (original: ${show(there)}, translation: ${show(value)}); translate only text fields, or leave this one out`,
      });
  }
  return issues;
}

/** Copies every translatable text of `translation` onto a copy of `original` (parsed data: references stay as they are). */
export function applyTranslation<D>(collection: CollectionName, original: D, translation: Record<string, unknown>): D {
  const out = structuredClone(original) as Record<string | number, unknown>;
  for (const { path, value } of leaves(translation)) {
    if (typeof value !== 'string' || !isTranslatable(collection, path)) continue;
    const parent = valueAt(out, path.slice(0, -1));
    if (parent && typeof parent === 'object' && valueAt(out, path) !== undefined)
      (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
  }
  return out as D;
}
