import { describe, expect, test } from 'vitest';
import { t, tParts } from '../src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';

describe('t', () => {
  test('returns the dictionary string as written when given no values', () => {
    expect(t('site.name')).toBe('Red Line Casebook');
    expect(t('cases.count.other')).toBe('{n} cases');
  });

  test('replaces each {name} placeholder with its value', () => {
    expect(t('cases.count.other', { n: 23 })).toBe('23 cases');
    expect(t('cases.count.one', { n: 1 })).toBe('1 case');
    expect(t('cases.by.heading', { facet: 'region', value: 'Europe' })).toBe('Cases — region: Europe');
    expect(t('matrix.caption', { order: 'region' })).toBe('Cases (rows) against candidate norms (columns), ordered by region. “Crossed” and “Contested” link to the case’s reasoning.');
  });

  test('writes numbers as given, including zero', () => {
    expect(t('norms.instruments', { n: 0 })).toBe('0 instruments');
    expect(t('compare.pick', { n: 3 })).toBe('Case 3');
  });

  test('leaves a placeholder without a value as written, and ignores values no placeholder names', () => {
    expect(t('cases.by.crumb', { facet: 'Tactic' })).toBe('Tactic: {value}');
    expect(t('compare.pick', { n: 2, unused: 'x' })).toBe('Case 2');
  });

  test('inserts values literally: no second pass over placeholders or $ patterns inside a value', () => {
    expect(t('case.normCrossed', { norm: '{n} $& $1 norm' })).toBe('Crossed: {n} $& $1 norm');
  });

  test('does not read values from the object prototype', () => {
    expect(t('compare.pairTitle', Object.create({ cases: 'inherited' }) as Record<string, string>)).toBe('Compare: {cases}');
  });
});

describe('tParts', () => {
  test('splits a string at its placeholders, in order', () => {
    expect(tParts('notFound.body')).toEqual([
      'There is no page at this address. It may have moved when a case was renamed; the ',
      { name: 'cases' },
      ' lists every case, and the ',
      { name: 'search' },
      ' finds any text in the casebook.',
    ]);
  });

  test('drops empty text at the edges and between adjacent placeholders', () => {
    expect(tParts('home.numbers.law')).toEqual([{ name: 'frameworks' }, ' and ', { name: 'commitments' }]);
    expect(tParts('site.name')).toEqual(['Red Line Casebook']);
  });
});

describe('the dictionary', () => {
  test('every value is a non-empty string with well-formed placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value, key).not.toBe('');
      expect(value.replace(/\{\w+\}/g, ''), `${key} has a stray brace`).not.toMatch(/[{}]/);
    }
  });
});
