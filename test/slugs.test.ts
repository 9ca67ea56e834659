import { describe, expect, test } from 'vitest';
import { slugify } from '../src/lib/slugs.ts';
import { slug } from '../src/schema/shared.ts';

describe('slugify', () => {
  test.each([
    ['United States 2016: hack-and-leak', 'united-states-2016-hack-and-leak'],
    ["Côte d'Ivoire 2020", 'cote-divoire-2020'],
    ['São Tomé & Príncipe', 'sao-tome-and-principe'],
    ['Straße, Øresund, Łódź, Æther', 'strasse-oresund-lodz-aether'],
    ['  --Brazil   2018 (domestic)--  ', 'brazil-2018-domestic'],
    ['G7 Rapid Response Mechanism', 'g7-rapid-response-mechanism'],
    ['UN GGE 2015 norms', 'un-gge-2015-norms'],
    ['Hack & leak', 'hack-and-leak'],
    ['Ukraine’s 2014 CEC hack', 'ukraines-2014-cec-hack'],
  ])('%s → %s', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  test('returns "" when nothing usable is left', () => {
    expect(slugify('Україна')).toBe('');
    expect(slugify('!!!')).toBe('');
  });

  test('keeps digits and mixed scripts', () => {
    expect(slugify('Выборы 2019 in Ukraine')).toBe('2019-in-ukraine');
  });

  test('cuts long titles at a word boundary', () => {
    const s = slugify('The very long title of a case about an election that went on and on and on and on without end', 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s).toBe('the-very-long-title-of-a-case-about-an');
  });

  test('cuts a single overlong word', () => {
    expect(slugify('a'.repeat(100), 10)).toBe('a'.repeat(10));
  });

  test('always gives a valid entry id', () => {
    for (const t of ['A', 'x--y', "l'élection", 'Ü-ber 2024!', '2024', 'a_b.c']) expect(slug.safeParse(slugify(t)).success, t).toBe(true);
  });
});
