/**
 * The dictionaries and the translator: placeholders, labels, dates and lists in every language, and
 * the promise that every locale has every key, in its own words.
 */
import { describe, expect, test } from 'vitest';
import { DICTIONARIES, LOCALES, fill, formatDate, splitParts, useTranslations } from '../src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';
import { localeOfPath } from '../src/i18n/locales.ts';
import * as vocab from '../src/schema/vocab.ts';

const t = useTranslations('en');

describe('t', () => {
  test('returns the dictionary string as written when given no values', () => {
    expect(t('site.name')).toBe('Red Line Casebook');
    expect(t('cases.count.other')).toBe('{n} cases');
  });

  test('replaces each {name} placeholder with its value, numbers in the locale’s grouping', () => {
    expect(t('cases.count.other', { n: 23 })).toBe('23 cases');
    expect(t('cases.count.one', { n: 1 })).toBe('1 case');
    expect(t('cases.by.heading', { facet: 'region', value: 'Europe' })).toBe('Cases — region: Europe');
    expect(t('entry.supporterCount', { n: 1200, what: 'supporters', date: '1 May 2024' })).toBe('1,200 supporters, as of 1 May 2024');
    expect(useTranslations('fr')('cases.count.other', { n: 1200 })).toMatch(/^1\s200 /);
  });

  test('leaves a placeholder without a value as written, and ignores values no placeholder names', () => {
    expect(t('cases.by.crumb', { facet: 'Tactic' })).toBe('Tactic: {value}');
    expect(t('compare.pick', { n: 2, unused: 'x' })).toBe('Case 2');
  });

  test('inserts values literally: no second pass over placeholders or $ patterns inside a value', () => {
    expect(fill('Crossed: {norm}', { norm: '{n} $& $1 norm' })).toBe('Crossed: {n} $& $1 norm');
  });

  test('does not read values from the object prototype', () => {
    expect(fill('Compare: {cases}', Object.create({ cases: 'inherited' }) as Record<string, string>)).toBe('Compare: {cases}');
  });

  test('gives the words for vocabulary values, and refuses a value the dictionary lacks', () => {
    expect(t.label('position', 'grey-zone')).toBe('Grey zone');
    expect(useTranslations('es').label('position', 'grey-zone')).not.toBe('');
    expect(() => t.label('position', 'somewhere')).toThrow('no words for position "somewhere" in the en dictionary');
  });
});

describe('parts', () => {
  test('splits a string at its placeholders, in order', () => {
    expect(splitParts('There is no page. The {cases} lists every case, and the {search} finds any text.')).toEqual([
      'There is no page. The ',
      { name: 'cases' },
      ' lists every case, and the ',
      { name: 'search' },
      ' finds any text.',
    ]);
  });

  test('drops empty text at the edges and between adjacent placeholders', () => {
    expect(t.parts('home.numbers.law')).toEqual([{ name: 'frameworks' }, ' and ', { name: 'commitments' }]);
    expect(splitParts('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(t.parts('site.name')).toEqual(['Red Line Casebook']);
  });
});

describe('dates and lists in each language', () => {
  test('a partial ISO date keeps its precision', () => {
    expect(formatDate('2019-04-21', 'en')).toBe('21 April 2019');
    expect(formatDate('2019-04', 'en')).toBe('April 2019');
    expect(formatDate('2019', 'en')).toBe('2019');
    expect(formatDate('2019-04-21', 'es')).toBe('21 de abril de 2019');
    expect(formatDate('2019-04-21', 'fr')).toBe('21 avril 2019');
    expect(formatDate('2019-04-21', 'pt')).toBe('21 de abril de 2019');
    expect(formatDate('2019-04-21', 'uk')).toMatch(/^21 квітня 2019/);
  });

  test('lists are joined as the language joins them', () => {
    expect(t.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(useTranslations('es').list(['a', 'b', 'c'])).toBe('a, b y c');
  });
});

describe('the language of a path', () => {
  test('a prefix names the language; no prefix is English', () => {
    expect(localeOfPath('/es/cases/x/')).toBe('es');
    expect(localeOfPath('/uk/')).toBe('uk');
    expect(localeOfPath('/cases/x/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
    expect(localeOfPath('/en/cases/')).toBe('en');
    expect(localeOfPath('/esx/')).toBe('en');
  });
});

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  test('every value is a non-empty string with well-formed placeholders', () => {
    for (const [locale, dict] of Object.entries(DICTIONARIES))
      for (const [key, value] of Object.entries(dict)) {
        expect(value, `${locale} ${key}`).not.toBe('');
        expect(value.replace(/\{\w+\}/g, ''), `${locale} ${key} has a stray brace`).not.toMatch(/[{}]/);
      }
  });

  test.each(LOCALES.filter((l) => l !== 'en'))('%s has every key, with the same placeholders as English', (locale) => {
    const dict = DICTIONARIES[locale] as Record<string, string>;
    expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
    const mismatched = Object.entries(en)
      .filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(dict[k])))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  // Words that are the same in every language: names, formats and symbols.
  const SAME =
    /^(site\.(name|brand|brandLine)|cite\.(apa|bibtex)|col\.json|language\.|matrix\.mark\.notCrossed|data\.licenceName|data\.stixDisarmLicence|brief\.minutes)/;
  // A single word may be the same in both languages ("Europe", "Influence", "Sanction"); a phrase may not.
  const phrase = (v: string) =>
    v
      .replace(/\{\w+\}/g, '')
      .trim()
      .split(/\s+/)
      .filter((w) => /\p{L}{2,}/u.test(w)).length >= 2;
  test.each(LOCALES.filter((l) => l !== 'en'))('%s is translated: no English string left in it', (locale) => {
    const dict = DICTIONARIES[locale] as Record<string, string>;
    const english = Object.entries(en)
      .filter(([k, v]) => !SAME.test(k) && dict[k] === v && phrase(v))
      .map(([k]) => k);
    expect(english).toEqual([]);
  });

  test('every value of every vocabulary has its words in the dictionary', () => {
    const groups: [string, readonly string[]][] = [
      ['region', vocab.REGIONS],
      ['origin', vocab.ORIGINS],
      ['inclusion', vocab.INCLUSION_BASES],
      ['attribution', vocab.ATTRIBUTION_STATUSES],
      ['attributor', vocab.ATTRIBUTORS],
      ['tier', vocab.ATTRIBUTION_TIERS],
      ['claimKind', vocab.CLAIM_KINDS],
      ['position', vocab.POSITIONS],
      ['level', Object.values(vocab.RUBRIC).flat()],
      ['criterion', vocab.CRITERIA],
      ['impact', vocab.IMPACT_LEVELS],
      ['actorKind', vocab.ACTOR_KINDS],
      ['electionType', vocab.ELECTION_TYPES],
      ['responseKind', vocab.RESPONSE_KINDS],
      ['sourceKind', vocab.SOURCE_KINDS],
      ['sourceType', vocab.SOURCE_TYPES],
      ['frameworkKind', vocab.FRAMEWORK_KINDS],
      ['scope', vocab.SCOPES],
      ['commitmentKind', vocab.COMMITMENT_KINDS],
      ['tacticFamily', vocab.TACTIC_FAMILIES],
      ['normStatus', vocab.NORM_STATUSES],
      ['verdict', [...vocab.NORM_VERDICTS, 'not-crossed']],
      ['collection', vocab.COLLECTIONS],
    ];
    const missing = groups.flatMap(([g, values]) => values.map((v) => `${g}.${v}`)).filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});
