import { describe, expect, test } from 'vitest';
import type { BudgetYear } from '#contracts/years.ts';
import { defaultYear, parseGoalsSearch } from './goals.search.ts';

const id = '9d2c316c-1111-4222-8333-444455556666';
const years = [2014, 2015, 2017].map(
  (year) => ({ id: String(year), year, periods: [] }) as BudgetYear,
);

describe('parseGoalsSearch', () => {
  test('keeps a year and ids that are well formed, as numbers and strings', () => {
    expect(parseGoalsSearch({ year: 2015, goal: id, unit: id })).toEqual({
      year: 2015,
      goal: id,
      unit: id,
    });
    expect(parseGoalsSearch({ year: '2015' })).toEqual({ year: 2015 });
  });

  test('drops anything else', () => {
    expect(parseGoalsSearch({ year: 20.5, goal: 'x', unit: 7 })).toEqual({});
    expect(parseGoalsSearch({ year: 1800 })).toEqual({});
    expect(parseGoalsSearch({ year: '' })).toEqual({});
  });
});

describe('defaultYear', () => {
  test('this year when it is there', () => {
    expect(defaultYear(years, '2015-06-01')).toBe(2015);
  });
  test('otherwise the latest year before it, or the earliest after it', () => {
    expect(defaultYear(years, '2016-06-01')).toBe(2015);
    expect(defaultYear(years, '2026-11-29')).toBe(2017);
    expect(defaultYear(years, '2010-01-01')).toBe(2014);
    expect(defaultYear([], '2010-01-01')).toBeUndefined();
  });
});
