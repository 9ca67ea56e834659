import { describe, expect, test } from 'vitest';
import { compareDates, isCalendarDate, isoDate, pastDate, today } from '../src/schema/dates.ts';

describe('isCalendarDate', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2019-13-45', false],
    ['2019-12-31', true],
    ['2019-04-31', false],
    ['2019-00-10', false],
    ['2019-01-00', false],
    ['2019-11', true],
    ['2019-13', false],
    ['1964', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['19-1-1', false],
    ['2019/01/01', false],
    ['', false],
  ])('%s → %s', (text, ok) => {
    expect(isCalendarDate(text)).toBe(ok);
  });
});

describe('compareDates', () => {
  test('compares at the shared precision', () => {
    expect(compareDates('2019', '2019-04-21')).toBe(0);
    expect(compareDates('2019-03', '2019-04-21')).toBe(-1);
    expect(compareDates('2020-01-01', '2019-12')).toBe(1);
  });
});

describe('date schemas', () => {
  test("accept text and valid Date objects (as Astro's YAML gives them), normalised to text", () => {
    expect(isoDate.parse('2016-11-08')).toBe('2016-11-08');
    expect(isoDate.parse(new Date('2016-11-08T00:00:00Z'))).toBe('2016-11-08');
  });

  test('reject impossible and future dates with a sentence', () => {
    expect(isoDate.safeParse('2019-13-45').error?.issues[0]?.message).toBe(
      '"2019-13-45" is not a real calendar date (expected YYYY-MM-DD, YYYY-MM or YYYY)',
    );
    expect(pastDate.safeParse('2099-01-01').error?.issues[0]?.message).toMatch(/^"2099-01-01" is in the future/);
    expect(pastDate.safeParse(today()).success).toBe(true);
  });
});
