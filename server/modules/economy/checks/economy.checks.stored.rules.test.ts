import { describe, expect, test } from 'vitest';
import {
  checkStoredTable,
  Located,
  toleranceOf,
  type AreaAmounts,
  type CheckedArea,
  type StoredTableCheck,
} from './economy.checks.stored.rules.ts';

/** Amounts in kr, as öre. */
const kr = (amount: number) => BigInt(amount) * 100n;
const none = { budget: null, outcome: null, deviation: null };
const line = (budget: number, outcome: number, deviation: number | null = budget - outcome) => ({
  budget: kr(budget),
  outcome: kr(outcome),
  deviation: deviation === null ? null : kr(deviation),
});

/** Costs 100 → 90 and revenues −20 → −25 (revenues negative): net 80 → 65, deviation 15. */
const consistent = (): AreaAmounts => ({
  costs: line(100, 90),
  revenues: line(-20, -25),
  net: line(80, 65),
});
const printedOnlyLines = (): AreaAmounts => ({
  costs: line(100, 90, null),
  revenues: line(-20, -25, null),
  net: none,
});

const area = (areaId: string, over: Partial<CheckedArea> = {}): CheckedArea => ({
  areaId,
  kind: 'operating',
  subRow: false,
  shown: consistent(),
  printed: printedOnlyLines(),
  ...over,
});

const table = (over: Partial<StoredTableCheck> = {}): StoredTableCheck => ({
  convention: 'revenue_negative',
  tolerance: toleranceOf('tkr', 0),
  areas: [area('a1')],
  operatingTotal: null,
  computedOperatingTotal: consistent(),
  includingInvestments: null,
  ...over,
});

describe('the checks of a stored economy table', () => {
  test('the tolerance is one unit of the last printed decimal', () => {
    expect(toleranceOf('mnkr', 1)).toBe(10_000_000n);
    expect(toleranceOf('tkr', 0)).toBe(100_000n);
    expect(toleranceOf('kr', 2)).toBe(1n);
  });

  test('a mismatch within the tolerance is rounding, beyond it an error; equal or missing figures add nothing', () => {
    const found = new Located(100n);
    const where = { section: 'area' as const, areaId: 'a1', unitId: null };
    found.compare(where, 'net.costs_plus_revenues', 'rows[0].net.budget', 1000n, 1000n);
    found.compare(where, 'net.costs_plus_revenues', 'rows[0].net.budget', null, 1000n);
    found.compare(where, 'net.costs_plus_revenues', 'rows[0].net.budget', 1000n, 1100n);
    found.compare(where, 'net.costs_plus_revenues', 'rows[0].net.outcome', 1000n, 899n);
    expect(found.list).toEqual([
      {
        code: 'net.costs_plus_revenues',
        path: 'rows[0].net.budget',
        expected: '10.00',
        printed: '11.00',
        difference: '1.00',
        kind: 'rounding',
        ...where,
      },
      expect.objectContaining({ path: 'rows[0].net.outcome', difference: '-1.01', kind: 'error' }),
    ]);
  });

  test('a table whose printed figures agree has no mismatches, and one with only costs and revenues has none to find', () => {
    expect(checkStoredTable(table())).toEqual([]);
    expect(checkStoredTable(table({ areas: [area('a1', { printed: consistent() })] }))).toEqual([]);
  });

  test('a printed net that is not costs plus revenues, and a typed deviation that is not budget minus outcome, are found where they sit', () => {
    const printed = consistent();
    printed.net = line(81, 65);
    printed.costs = line(100, 90, 12);
    const found = checkStoredTable(table({ areas: [area('a1', { printed })] }));
    expect(found.map((m) => [m.path, m.code, m.expected, m.printed])).toEqual([
      ['rows[0].costs.deviation', 'deviation.budget_minus_outcome', '10.00', '12.00'],
      ['rows[0].net.deviation', 'deviation.budget_minus_outcome', '15.00', '16.00'],
      ['rows[0].net.budget', 'net.costs_plus_revenues', '80.00', '81.00'],
      ['rows[0].net.deviation', 'net.costs_plus_revenues', '15.00', '16.00'],
    ]);
    expect(found.every((m) => m.areaId === 'a1' && m.section === 'area')).toBe(true);
  });

  test('Summa drift is checked against its rows, "Varav" sub-rows left out', () => {
    const total = consistent();
    total.net = line(80, 66);
    const found = checkStoredTable(
      table({
        areas: [area('a1'), area('varav', { subRow: true })],
        operatingTotal: total,
      }),
    );
    // the sub-row repeats the area's figures: counted, the expected sums would double
    expect(found.map((m) => [m.path, m.code, m.expected, m.printed])).toEqual([
      ['totals.net.outcome', 'total.sum_of_rows', '65.00', '66.00'],
      ['totals.net.deviation', 'total.sum_of_rows', '15.00', '14.00'],
      ['totals.net.outcome', 'net.costs_plus_revenues', '65.00', '66.00'],
      ['totals.net.deviation', 'net.costs_plus_revenues', '15.00', '14.00'],
    ]);
    expect(found.every((m) => m.section === 'operating_total' && m.areaId === null)).toBe(true);
  });

  test('the total including investments is the operating net plus the investments, and its deviation budget minus outcome', () => {
    const investment = area('bygg', { kind: 'investment' });
    const found = checkStoredTable(
      table({
        areas: [area('a1'), investment],
        includingInvestments: { budget: kr(160), outcome: kr(130), deviation: kr(31) },
      }),
    );
    expect(found.map((m) => [m.path, m.expected, m.printed])).toEqual([
      ['totalInclInvestments.deviation', '30.00', '31.00'],
      ['totalInclInvestments.deviation', '30.00', '31.00'],
    ]);
  });
});
