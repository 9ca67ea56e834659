/**
 * The zod error map: turns schema failures into sentences an editor understands, in the form
 * "what is wrong (expected …, got …)". The field path is added by whoever prints the issue.
 */
import type { z } from 'astro/zod';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Describes a value found in a file in an editor's words: `"Ukrane"`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length ? `a list (${value.length} items)` : 'an empty list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value === 'boolean' ? String(value) : typeof value;
}

/** Edit distance, for "did you mean" hints on misspelt enum values. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The closest allowed value to what was written, when it is close enough to be a typo. */
export function suggest(input: unknown, options: readonly unknown[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const o of options) {
    const d = distance(input.toLowerCase(), String(o).toLowerCase());
    if (d < bestScore) [best, bestScore] = [String(o), d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

const UNIT: Record<string, [string, string]> = { string: ['character', 'characters'], array: ['item', 'items'], set: ['item', 'items'] };
const plural = (n: number | bigint, origin: string) => {
  const [one, many] = UNIT[origin] ?? ['', ''];
  return `${n}${one ? ' ' + (Number(n) === 1 ? one : many) : ''}`;
};
const sizeOf = (input: unknown) =>
  typeof input === 'string' ? `${input.length} characters` : Array.isArray(input) ? `${input.length} items` : describeValue(input);

/** zod 4 `customError`: returns a sentence, or undefined to keep zod's own message. */
export function editorError(issue: z.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required but missing';
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `wrong kind of value (expected ${expected}, got ${describeValue(input)})`;
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (input === undefined) return `is required but missing (expected one of: ${values.join(', ')})`;
      const hint = suggest(input, values);
      return `not an allowed value (expected one of: ${values.join(', ')}; got ${describeValue(input)})${hint ? ` — did you mean "${hint}"?` : ''}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the template: npm run new)`;
    case 'too_small':
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return `needs at least one item (got ${describeValue(input)})`;
      return `too short (expected at least ${plural(issue.minimum, issue.origin)}, got ${sizeOf(input)})`;
    case 'too_big':
      return `too long (expected at most ${plural(issue.maximum, issue.origin)}, got ${sizeOf(input)})`;
    case 'invalid_format':
      return `${describeValue(input)} is not in the expected format (${issue.format === 'regex' ? 'see the template' : issue.format})`;
    case 'invalid_union':
      return `does not match any of the allowed forms (got ${describeValue(input)})`;
    default:
      return undefined;
  }
}
