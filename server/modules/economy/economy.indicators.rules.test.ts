import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  budgetAdherenceOver,
  computeIndicators,
  type IndicatorInput,
} from './economy.indicators.rules.ts';
import type { Figures } from './economy.rules.ts';

/** Amounts in öre: 1 000 000 kr is 100 000 000 öre. */
const kr = (amount: number) => BigInt(amount) * 100n;

const input = (net: Partial<Figures>, over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  net: {
    originalBudget: kr(1_000_000),
    adjustedBudget: null,
    outcome: kr(950_000),
    forecasts: new Map([['T2', kr(960_000)]]),
    previousYearOutcome: null,
    ...net,
  },
  fundTransfers: kr(20_000),
  fundTransfersMissing: [],
  period: 'T2',
  ...over,
});

const byKey = (indicators: ReturnType<typeof computeIndicators>) =>
  Object.fromEntries(indicators.map((i) => [i.key, i]));

describe('the council’s economy indicators of a unit', () => {
  test('budget adherence before and after the result transfers, and the T2 forecast’s accuracy, over the net budget', () => {
    const { budget_adherence_before, budget_adherence_after, forecast_accuracy } = byKey(
      computeIndicators(input({})),
    );
    expect(budget_adherence_before).toMatchObject({
      value: '95.00',
      ratio: { numerator: '95000000', denominator: '100000000' },
      meetsTarget: true,
      missing: [],
    });
    expect(budget_adherence_after).toMatchObject({ value: '97.00', meetsTarget: true });
    expect(forecast_accuracy).toMatchObject({
      name: 'Nämndens prognossäkerhet T2',
      value: '1.00',
      meetsTarget: true,
      inputs: { netBudget: '1000000.00', netOutcome: '950000.00', forecast: '960000.00' },
    });
  });

  test('the adjusted budget is the base when there is one', () => {
    const { budget_adherence_before } = byKey(
      computeIndicators(input({ adjustedBudget: kr(950_000) })),
    );
    expect(budget_adherence_before!.value).toBe('100.00');
    expect(budget_adherence_before!.meetsTarget).toBe(true);
  });

  test('an overspend misses the 100 % target, and a forecast more than 1 % off misses ±1 %', () => {
    const { budget_adherence_before, forecast_accuracy } = byKey(
      computeIndicators(
        input({ outcome: kr(1_000_001), forecasts: new Map([['T2', kr(1_020_000)]]) }),
      ),
    );
    expect(budget_adherence_before!.meetsTarget).toBe(false);
    expect(forecast_accuracy!.meetsTarget).toBe(false);
  });

  test('without a budget, an outcome, a forecast or the fund transfers, each value is null and says what is missing', () => {
    const none = byKey(
      computeIndicators(
        input(
          { originalBudget: null, outcome: null, forecasts: new Map() },
          { fundTransfers: null, fundTransfersMissing: ['resultatfondens ingående saldo'] },
        ),
      ),
    );
    expect(none.budget_adherence_before).toMatchObject({
      value: null,
      ratio: null,
      meetsTarget: null,
      missing: ['nettobudget (Summa drift, netto)', 'nettoutfall (Summa drift, netto)'],
    });
    expect(none.budget_adherence_after!.missing).toContain('resultatfondens ingående saldo');
    expect(none.forecast_accuracy!.missing).toContain(
      'helårsprognos T2 för varje verksamhetsområde',
    );
  });

  test('a net budget of zero gives no ratio, and every indicator says that it needs one', () => {
    for (const indicator of computeIndicators(input({ originalBudget: 0n })))
      expect(indicator).toMatchObject({
        value: null,
        missing: ['en nettobudget skild från noll'],
      });
  });

  test('for any figures, a value is given exactly when nothing is missing', () => {
    const amount = fc.option(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { nil: null });
    fc.assert(
      fc.property(amount, amount, amount, amount, (budget, outcome, forecast, transfers) => {
        const indicators = computeIndicators(
          input(
            {
              originalBudget: budget,
              outcome,
              forecasts: forecast === null ? new Map() : new Map([['T2', forecast]]),
            },
            {
              fundTransfers: transfers,
              fundTransfersMissing: transfers === null ? ['resultatfonderna'] : [],
            },
          ),
        );
        for (const indicator of indicators) {
          expect(indicator.value === null).toBe(indicator.missing.length > 0);
          expect(indicator.meetsTarget === null).toBe(indicator.value === null);
        }
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });

  test('for any positive budget, the unit meets the budget target exactly when it spends no more than the budget', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        (budget, outcome) => {
          const { budget_adherence_before } = byKey(
            computeIndicators(input({ originalBudget: budget, outcome })),
          );
          expect(budget_adherence_before!.meetsTarget).toBe(outcome <= budget);
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });

  describe('a committee financed by its revenues (intäktsfinansierad nämnd)', () => {
    // gross costs 50 mnkr, revenues 49,5: net budget 0,5 (1 % of the costs); outcome 0,9
    const costs = (budget: number): Figures => ({
      originalBudget: kr(budget),
      adjustedBudget: null,
      outcome: null,
      forecasts: new Map(),
      previousYearOutcome: null,
    });
    const revenueFinanced = (over: Partial<Figures> = {}) =>
      byKey(
        computeIndicators(
          input(
            {
              originalBudget: kr(500_000),
              outcome: kr(900_000),
              forecasts: new Map([['T2', kr(1_150_000)]]),
              ...over,
            },
            { costs: costs(50_000_000), fundTransfers: 0n },
          ),
        ),
      );

    test('divides the deviation by the gross costs, not by the near-zero net budget', () => {
      const { budget_adherence_before, forecast_accuracy } = revenueFinanced();
      // over the net budget 0,9 / 0,5 = 180 %; over the costs 1 − (0,5 − 0,9) / 50 = 100,8 %
      expect(budget_adherence_before).toMatchObject({
        value: '100.80',
        meetsTarget: false,
        formula:
          '1 − (nettobudget − nettoutfall) / bruttokostnader (Summa drift, kostnader; intäktsfinansierad)',
        inputs: { grossCosts: '50000000.00' },
      });
      // (1,15 − 0,9) / 50 = 0,5 %, within ±1 % (over the net budget: 50 %)
      expect(forecast_accuracy).toMatchObject({ value: '0.50', meetsTarget: true });
    });

    test('a net budget of zero is no obstacle', () => {
      const { budget_adherence_before } = revenueFinanced({
        originalBudget: 0n,
        outcome: kr(-100_000),
      });
      expect(budget_adherence_before).toMatchObject({
        value: '99.80',
        meetsTarget: true,
        missing: [],
      });
    });

    test('the roll-up judges it on the same base', () => {
      // net budget 0,5 of costs 50,0, net outcome 0,9: 100,8 % (over the net budget: 180 %)
      const over = budgetAdherenceOver(kr(500_000), kr(900_000), kr(50_000_000))!;
      expect(Number(over.numerator) / Number(over.denominator)).toBeCloseTo(1.008, 6);
      const net = budgetAdherenceOver(kr(1_000_000), kr(950_000), kr(5_000_000))!;
      expect(Number(net.numerator) / Number(net.denominator)).toBe(0.95);
    });

    test('a committee whose net budget is a tenth of its costs or more keeps the net budget', () => {
      const { budget_adherence_before } = byKey(
        computeIndicators(input({}, { costs: costs(10_000_000) })),
      );
      expect(budget_adherence_before).toMatchObject({
        value: '95.00',
        formula: 'nettoutfall / nettobudget',
      });
    });
  });
});
