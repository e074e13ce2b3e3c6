import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SignConvention } from '#contracts/economy.ts';
import { toMoney } from './economy.money.ts';
import {
  figuresOfSums,
  netFigures,
  printedBeside,
  rollUpFiguresOf,
  type ColumnSums,
} from './economy.rollup.rules.ts';
import { computeTable, type ViewLine } from './economy.view.rules.ts';

const amount = fc.option(fc.bigInt({ min: -10_000_000_00n, max: 10_000_000_00n }), {
  nil: null,
});
const line = fc.record({
  originalBudget: amount,
  adjustedBudget: amount,
  outcome: amount,
  forecast: amount,
});
type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;
const area = fc.record({ costs: fc.option(line, { nil: null }), revenues: fc.option(line) });
const convention = fc.constantFrom<SignConvention>('revenue_negative', 'revenue_positive');
const money = (value: bigint | null) => (value === null ? null : toMoney(value));

/** What the repository's SQL adds up: a column's sum, or null when one area lacks it. */
function sqlSums(lines: (Line | null)[]): ColumnSums {
  const column = (pick: (l: Line) => bigint | null) => {
    const values = lines.map((l) => (l === null ? null : pick(l)));
    return values.some((v) => v === null)
      ? null
      : toMoney(values.reduce<bigint>((sum, v) => sum + v!, 0n));
  };
  return {
    originalBudget: column((l) => l.originalBudget),
    adjustedBudget: column((l) => l.adjustedBudget),
    outcome: column((l) => l.outcome),
    forecast: column((l) => l.forecast),
  };
}

function tableOf(areas: { costs: Line | null; revenues: Line | null }[], sign: SignConvention) {
  const lines: ViewLine[] = areas.flatMap((a, index) =>
    (['costs', 'revenues'] as const).flatMap((kind) => {
      const l = a[kind];
      if (!l) return [];
      return [
        {
          areaId: `a${index}`,
          kind,
          originalBudget: money(l.originalBudget),
          adjustedBudget: money(l.adjustedBudget),
          outcome: money(l.outcome),
          previousYearOutcome: null,
          printedDeviation: null,
          forecasts: l.forecast === null ? [] : [{ period: 'T2', amount: toMoney(l.forecast) }],
          version: 1,
          updatedAt: null,
          updatedByName: null,
        },
      ];
    }),
  );
  return computeTable({
    convention: sign,
    unit: 'mnkr',
    decimals: 1,
    areas: areas.map((_, index) => ({
      id: `a${index}`,
      name: `Område ${index}`,
      kind: 'operating',
      parentId: null,
      description: '',
    })),
    lines,
    printedTotals: [],
  });
}

describe('the roll-up’s figures of a unit', () => {
  test('equal the unit table’s Summa netto (budget, outcome, deviation; and against a forecast), whatever mix of adjusted and original budgets the areas have', () => {
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 6 }), convention, (areas, sign) => {
        const table = tableOf(areas, sign);
        const costs = figuresOfSums(sqlSums(areas.map((a) => a.costs)), 'T2');
        const revenues = figuresOfSums(sqlSums(areas.map((a) => a.revenues)), 'T2');
        const net = netFigures(costs, revenues, sign);
        const computed = table.totals.operating.net.computed;
        const outcome = rollUpFiguresOf('net', net, sign, null);
        expect([outcome.budget, outcome.actual, outcome.deviation]).toEqual([
          computed.budget,
          computed.outcome,
          computed.deviation,
        ]);
        const forecast = rollUpFiguresOf('net', net, sign, 'T2');
        const tableForecast = table.totals.operating.net.figures.forecasts.find(
          (f) => f.period === 'T2',
        );
        expect(forecast.actual).toBe(tableForecast?.amount ?? null);
        expect(forecast.deviation).toBe(
          computed.forecastDeviations.find((f) => f.period === 'T2')?.amount ?? null,
        );
      }),
    );
  });

  test('compare the adjusted budget when every area has one, else the original (not a mix per area)', () => {
    const sums = sqlSums([
      { originalBudget: 100_00n, adjustedBudget: 120_00n, outcome: 110_00n, forecast: null },
      { originalBudget: 50_00n, adjustedBudget: null, outcome: 40_00n, forecast: null },
    ]);
    const figures = rollUpFiguresOf('costs', figuresOfSums(sums, null), 'revenue_negative', null);
    // 150 original against 150 outcome; the old roll-up took 120 + 50 = 170 and said +20
    expect(figures).toMatchObject({ budget: '150.00', actual: '150.00', deviation: '0.00' });
  });
});

describe('the printed Summa netto beside the computed one', () => {
  const computed = { budget: '1405.30', actual: '1324.80', deviation: '80.50' };
  const total = (deviation: string) => ({
    scope: 'operating' as const,
    kind: 'net' as const,
    originalBudget: null,
    adjustedBudget: '1405.30',
    outcome: '1323.40',
    deviation,
  });

  test('is given when a printed figure differs from the computed one (KS 2015: 80,6 printed, 80,5 computed)', () => {
    expect(printedBeside(computed, [total('80.60')])).toEqual({
      budget: '1405.30',
      actual: '1323.40',
      deviation: '80.60',
    });
  });

  test('is not given when nothing is printed or every printed figure agrees', () => {
    expect(printedBeside(computed, [])).toBeNull();
    expect(printedBeside(computed, [{ ...total('80.50'), outcome: '1324.8' }])).toBeNull();
  });
});
