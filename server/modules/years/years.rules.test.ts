import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PeriodInput } from '#contracts/years.ts';
import { defaultPeriods, periodProblems } from './years.rules.ts';

const period = (over: Partial<PeriodInput> = {}): PeriodInput => ({
  key: 'T1',
  name: 'Tertialrapport 1 2015',
  kind: 'tertial',
  startsOn: '2015-01-01',
  endsOn: '2015-04-30',
  deadline: '2015-05-15',
  ...over,
});

const problems = (year: number, periods: PeriodInput[]) =>
  periodProblems(year, periods).map((issue) => [issue.path, issue.code]);

describe('the periods of a year', () => {
  test('a new year gets tertial 1, tertial 2 and the annual report, with deadlines in Stockholm’s rhythm', () => {
    expect(
      defaultPeriods(2015).map((p) => [p.key, p.kind, p.startsOn, p.endsOn, p.deadline]),
    ).toEqual([
      ['T1', 'tertial', '2015-01-01', '2015-04-30', '2015-05-15'],
      ['T2', 'tertial', '2015-01-01', '2015-08-31', '2015-09-15'],
      ['VB', 'annual', '2015-01-01', '2015-12-31', '2016-02-15'],
    ]);
    expect(defaultPeriods(2015)[2]!.name).toBe('Verksamhetsberättelse 2015');
  });

  test('the default periods of any year have no problems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2198 }), (year) => {
        expect(periodProblems(year, defaultPeriods(year))).toEqual([]);
      }),
      { seed: 20261122 },
    );
  });

  test('a period of a single day, and one without a deadline, are in order', () => {
    expect(problems(2015, [period({ endsOn: '2015-01-01', deadline: null })])).toEqual([]);
  });

  test('a key used twice is refused at its second use', () => {
    expect(problems(2015, [period(), period({ name: 'Igen' })])).toEqual([
      ['periods.1.key', 'followup.listed_twice'],
    ]);
  });

  test('a period that ends before it starts, or whose deadline comes before its end, is refused', () => {
    expect(problems(2015, [period({ startsOn: '2015-05-01', endsOn: '2015-04-30' })])).toEqual([
      ['periods.0.endsOn', 'followup.before_start'],
    ]);
    expect(problems(2015, [period({ deadline: '2015-04-29' })])).toEqual([
      ['periods.0.deadline', 'followup.deadline_before_end'],
    ]);
  });

  test('dates outside the year are refused and the issue names the year; the deadline may fall in the next', () => {
    const issues = periodProblems(2015, [
      period({ startsOn: '2014-12-01', endsOn: '2016-01-31', deadline: '2016-02-15' }),
    ]);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['periods.0.startsOn', 'followup.outside_year'],
      ['periods.0.endsOn', 'followup.outside_year'],
    ]);
    expect(issues[0]).toMatchObject({ params: { year: '2015' }, message: 'must be in 2015' });
    expect(problems(2015, [period({ endsOn: '2015-12-31', deadline: '2016-02-15' })])).toEqual([]);
  });
});
