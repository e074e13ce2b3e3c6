import { describe, expect, test } from 'vitest';
import type { BudgetYear, Period } from '#contracts/years.ts';
import { currentPeriod, daysBetween, isOverdue } from './start.rules.ts';

const period = (key: string, deadline: string | null, endsOn = '2024-12-31'): Period => ({
  id: key,
  yearId: 'y',
  year: 2024,
  key,
  name: key,
  kind: 'tertial',
  startsOn: '2024-01-01',
  endsOn,
  deadline,
  position: 0,
});
const years = (...periods: Period[]): BudgetYear[] => [{ id: 'y', year: 2024, periods }];
const t1 = period('T1', '2024-05-15', '2024-04-30');
const t2 = period('T2', '2024-09-15', '2024-08-31');
const vb = period('VB', '2025-02-15');

describe('the period a start page is about', () => {
  test('is the one with the next deadline', () => {
    expect(currentPeriod(years(t1, t2, vb), '2024-06-01')?.key).toBe('T2');
    expect(currentPeriod(years(vb, t2, t1), '2024-09-15')?.key).toBe('T2');
  });

  test('is the one whose deadline passed last when all have passed', () => {
    expect(currentPeriod(years(t1, vb, t2), '2026-11-22')?.key).toBe('VB');
  });

  test('is the latest period when none has a deadline, and none without periods', () => {
    const open = [period('A', null, '2024-04-30'), period('B', null, '2024-08-31')];
    expect(currentPeriod(years(...open), '2024-06-01')?.key).toBe('B');
    expect(currentPeriod([], '2024-06-01')).toBeNull();
  });
});

describe('days left and lateness', () => {
  test('days are counted between calendar dates, negative once past', () => {
    expect(daysBetween('2024-09-10', '2024-09-15')).toBe(5);
    expect(daysBetween('2024-09-16', '2024-09-15')).toBe(-1);
    // across the switch to winter time in Sweden, still whole days
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });

  test('a report is late after its deadline until it is marked ready', () => {
    expect(isOverdue(t2, 'draft', '2024-09-16')).toBe(true);
    expect(isOverdue(t2, 'not_started', '2024-09-16')).toBe(true);
    expect(isOverdue(t2, 'draft', '2024-09-15')).toBe(false);
    expect(isOverdue(t2, 'ready', '2024-09-16')).toBe(false);
    expect(isOverdue(period('X', null), 'draft', '2030-01-01')).toBe(false);
  });
});
