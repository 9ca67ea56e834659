import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import '../src/schema/index.ts'; // installs the error map
import { describeValue, suggest } from '../src/schema/errors.ts';
import { REGIONS } from '../src/schema/vocab.ts';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message);

describe('suggest (did you mean)', () => {
  test('suggests the closest value for a typo', () => {
    expect(suggest('Europe', REGIONS)).toBe('europe');
    expect(suggest('latin-amerika', REGIONS)).toBe('latin-america');
    expect(suggest('asia', REGIONS)).toBe(undefined);
    expect(suggest('xyz', REGIONS)).toBe(undefined);
    expect(suggest(42, REGIONS)).toBe(undefined);
  });
});

describe('error map sentences', () => {
  test('a misspelt enum names the allowed values, what was found, and the likely value', () => {
    expect(messages(z.enum(REGIONS), 'middle-eats')).toEqual([
      'not an allowed value (expected one of: europe, latin-america, north-america, asia-pacific, africa, middle-east; got "middle-eats") — did you mean "middle-east"?',
    ]);
  });

  test('a far-off enum value gets no suggestion', () => {
    expect(messages(z.enum(['overt', 'covert']), 'secret')).toEqual([
      'not an allowed value (expected one of: overt, covert; got "secret")',
    ]);
  });

  test('a missing value', () => {
    expect(messages(z.object({ title: z.string() }), {})).toEqual(['is required but missing']);
    expect(messages(z.object({ kind: z.enum(['a', 'b']) }), {})).toEqual(['is required but missing (expected one of: a, b)']);
  });

  test('the wrong kind of value', () => {
    expect(messages(z.array(z.string()), 'one')).toEqual(['wrong kind of value (expected a list, got "one")']);
    expect(messages(z.string(), 12)).toEqual(['wrong kind of value (expected text, got the number 12)']);
    expect(messages(z.boolean(), 'yes')).toEqual(['wrong kind of value (expected true or false, got "yes")']);
  });

  test('sizes', () => {
    expect(messages(z.string().min(5), 'abc')).toEqual(['too short (expected at least 5 characters, got 3 characters)']);
    expect(messages(z.string().max(3), 'abcd')).toEqual(['too long (expected at most 3 characters, got 4 characters)']);
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['needs at least one item (got an empty list)']);
    expect(messages(z.array(z.string()).min(2), ['a'])).toEqual(['too short (expected at least 2 items, got 1 items)']);
  });

  test('unknown keys', () => {
    expect(messages(z.object({}).strict(), { regoin: 1, lang: 2 })).toEqual([
      'unknown fields "regoin", "lang" (check the spelling against the template: npm run new)',
    ]);
  });

  test('describeValue', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('an empty value');
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue({ a: 1 })).toBe('a group of fields');
    expect(describeValue(new Date('x'))).toBe('an invalid date');
    expect(describeValue('x'.repeat(80))).toMatch(/^"x{57}…"$/);
  });
});
