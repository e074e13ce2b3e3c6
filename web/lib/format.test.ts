import { describe, expect, test } from 'vitest';
import {
  addDays,
  formatDateTime,
  formatList,
  formatLongDate,
  formatNumber,
  isIsoDate,
  todayIso,
} from './format.ts';

const nbsp = '\u00a0';

describe('dates', () => {
  test('a date is written out in Swedish as "1 januari 2007"', () => {
    expect(formatLongDate('2007-01-01')).toBe('1 januari 2007');
    expect(formatLongDate('2006-12-31', 'sv')).toBe('31 december 2006');
  });

  test('in English the long date is "1 January 2007"', () => {
    expect(formatLongDate('2007-01-01', 'en')).toBe('1 January 2007');
  });

  test('a text that is not a calendar date is shown as it is', () => {
    expect(formatLongDate('2007-02-30')).toBe('2007-02-30');
    expect(formatLongDate('yesterday')).toBe('yesterday');
  });

  test('only real calendar dates in the form YYYY-MM-DD are ISO dates', () => {
    expect(isIsoDate('2007-01-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2007-1-1')).toBe(false);
    expect(isIsoDate(20070101)).toBe(false);
  });

  test('today is the calendar date in Stockholm, not in UTC', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Stockholm (summer time).
    expect(todayIso(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(todayIso(new Date('2024-01-15T12:00:00Z'))).toBe('2024-01-15');
  });

  test('adding days crosses months and years', () => {
    expect(addDays('2007-01-01', -1)).toBe('2006-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  test('a timestamp is shown in Stockholm time as "YYYY-MM-DD HH:MM"', () => {
    expect(formatDateTime('2024-01-15T12:05:00Z')).toBe('2024-01-15 13:05');
    expect(formatDateTime('2024-07-01T12:05:00Z')).toBe('2024-07-01 14:05');
  });
});

describe('numbers and lists', () => {
  test('numbers use a space between thousands and a decimal comma', () => {
    expect(formatNumber(1405.3)).toBe(`1${nbsp}405,3`);
    expect(formatNumber(1405.3, 'sv', 2)).toBe(`1${nbsp}405,30`);
    expect(formatNumber(-2.5, 'sv')).toBe('−2,5');
  });

  test('lists end with "och" in Swedish and "and" in English', () => {
    expect(formatList(['Ekonomi', 'Utveckling', 'Infrastruktur'])).toBe(
      'Ekonomi, Utveckling och Infrastruktur',
    );
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });
});
