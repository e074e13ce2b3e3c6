import { describe, expect, test } from 'vitest';
import type { BudgetYear, Period } from '#contracts/years.ts';
import {
  latestEndedPeriod,
  periodDue,
  periodInputs,
  periodsLike,
  placeOfIssue,
  shiftDate,
  sortedYears,
} from './years.periods.ts';

function period(
  year: number,
  key: string,
  position: number,
  endsOn: string,
  deadline: string | null,
): Period {
  return {
    id: `${year}-${key}`,
    yearId: String(year),
    year,
    key,
    name: key === 'VB' ? `Verksamhetsberättelse ${year}` : `Tertialrapport ${position + 1} ${year}`,
    kind: key === 'VB' ? 'annual' : 'tertial',
    startsOn: `${year}-01-01`,
    endsOn,
    deadline,
    position,
  };
}

const yearOf = (year: number): BudgetYear => ({
  id: String(year),
  year,
  // Stored out of order on purpose.
  periods: [
    period(year, 'VB', 2, `${year}-12-31`, `${year + 1}-02-15`),
    period(year, 'T1', 0, `${year}-04-30`, `${year}-05-15`),
    period(year, 'T2', 1, `${year}-08-31`, `${year}-09-15`),
  ],
});
const y2014 = yearOf(2014);
const y2015 = yearOf(2015);

describe('periods', () => {
  test('years newest first, periods in their order', () => {
    const sorted = sortedYears([y2014, y2015]);
    expect(sorted.map((y) => y.year)).toEqual([2015, 2014]);
    expect(sorted[0]!.periods.map((p) => p.key)).toEqual(['T1', 'T2', 'VB']);
  });

  test('the period due is the one whose deadline is next, today included', () => {
    expect(periodDue(y2015.periods, '2015-05-15')?.key).toBe('T1');
    expect(periodDue(y2015.periods, '2015-05-16')?.key).toBe('T2');
    expect(periodDue(y2015.periods, '2015-10-01')?.key).toBe('VB');
  });

  test('after every deadline, the period due is the last of the year', () => {
    expect(periodDue(y2015.periods, '2026-01-01')?.key).toBe('VB');
    expect(periodDue([], '2026-01-01')).toBeUndefined();
  });

  test('the latest ended period is the one to sum up; before any has ended, the first', () => {
    expect(latestEndedPeriod([y2014, y2015], '2026-11-29')?.id).toBe('2015-VB');
    expect(latestEndedPeriod([y2014, y2015], '2015-09-01')?.id).toBe('2015-T2');
    expect(latestEndedPeriod([y2015], '2015-02-01')?.id).toBe('2015-T1');
    expect(latestEndedPeriod([], '2015-02-01')).toBeUndefined();
  });

  test('shiftDate moves a date by whole years, 29 February to 28 February', () => {
    expect(shiftDate('2015-04-30', 1)).toBe('2016-04-30');
    expect(shiftDate('2016-02-29', 1)).toBe('2017-02-28');
    expect(shiftDate('2015-02-28', 1)).toBe('2016-02-28');
  });

  test('a new year’s periods like last year’s: names and dates moved to the new year', () => {
    expect(periodsLike(y2015, 2016)).toEqual([
      {
        key: 'T1',
        name: 'Tertialrapport 1 2016',
        kind: 'tertial',
        startsOn: '2016-01-01',
        endsOn: '2016-04-30',
        deadline: '2016-05-15',
      },
      {
        key: 'T2',
        name: 'Tertialrapport 2 2016',
        kind: 'tertial',
        startsOn: '2016-01-01',
        endsOn: '2016-08-31',
        deadline: '2016-09-15',
      },
      {
        key: 'VB',
        name: 'Verksamhetsberättelse 2016',
        kind: 'annual',
        startsOn: '2016-01-01',
        endsOn: '2016-12-31',
        deadline: '2017-02-15',
      },
    ]);
  });

  test('rows become the API’s input: trimmed, an empty deadline is none', () => {
    expect(
      periodInputs([
        {
          key: ' D1 ',
          name: ' Delår ',
          kind: 'interim',
          startsOn: '2016-01-01',
          endsOn: '2016-06-30',
          deadline: '',
        },
      ]),
    ).toEqual([
      {
        key: 'D1',
        name: 'Delår',
        kind: 'interim',
        startsOn: '2016-01-01',
        endsOn: '2016-06-30',
        deadline: null,
      },
    ]);
  });

  test('an issue’s path says which field it belongs to', () => {
    const at = (path: string) => placeOfIssue({ path, message: '' });
    expect(at('year')).toEqual({ kind: 'year' });
    expect(at('periods')).toEqual({ kind: 'periods' });
    expect(at('periods.2.endsOn')).toEqual({ kind: 'period', index: 2, field: 'endsOn' });
    expect(at('periods.x.endsOn')).toEqual({ kind: 'periods' });
    expect(at('periods.0.colour')).toEqual({ kind: 'periods' });
  });
});
