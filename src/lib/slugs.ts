/**
 * File names (and so entry ids) from titles.
 */

/** Letters that Unicode normalisation does not split into a base letter and an accent. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/**
 * Turns a title into an entry id (and file name): lowercase ASCII letters, digits and single
 * hyphens, e.g. "Côte d'Ivoire: the 2020 election & its aftermath" → "cote-divoire-the-2020-election-and-its-aftermath".
 * Accents are dropped, "&" becomes "and", apostrophes vanish inside words, anything else
 * separates words. Long titles are cut at a word boundary to at most `max` characters.
 * Returns "" when nothing usable is left (e.g. a title in Cyrillic only): the caller must
 * then ask for a Latin-script title. The result always matches the schema's id pattern
 * `^[a-z0-9]+(?:-[a-z0-9]+)*$` when it is not empty.
 */
export function slugify(title: string, max = 80): string {
  const folded = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => FOLD[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/(\p{L})['’‘`](\p{L})/gu, '$1$2');
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) {
      if (!out) out = w.slice(0, max);
      break;
    }
    out = next;
  }
  return out;
}
