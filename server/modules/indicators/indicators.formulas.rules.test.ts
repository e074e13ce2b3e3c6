import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ComputedTotals, EconomyAreaView, EconomyFigures } from '#contracts/economy.ts';
import { indicatorFormula, type FormulaOperand } from '#contracts/formulas.ts';
import {
  decimalOf,
  evaluateFormula,
  formulaText,
  type FormulaEconomy,
} from './indicators.formulas.rules.ts';
import { toMoney } from '../economy/economy.money.ts';
import { computeIndicators } from '../economy/economy.indicators.rules.ts';

const figures = (ore: Partial<Record<'budget' | 'outcome' | 'T2', bigint>>): EconomyFigures => ({
  originalBudget: null,
  adjustedBudget: ore.budget === undefined ? null : toMoney(ore.budget),
  outcome: ore.outcome === undefined ? null : toMoney(ore.outcome),
  previousYearOutcome: null,
  forecasts: ore.T2 === undefined ? [] : [{ period: 'T2', amount: toMoney(ore.T2) }],
});

/** Only what the formulas read of an area: its name and each kind's figures. */
const area = (name: string, net: EconomyFigures): EconomyAreaView =>
  ({
    name,
    lines: { costs: { figures: net }, revenues: { figures: figures({}) }, net: { figures: net } },
  }) as unknown as EconomyAreaView;

const economyOf = (areas: EconomyAreaView[], total = figures({})): FormulaEconomy => ({
  stored: true,
  areas,
  operating: {
    costs: { figures: total },
    revenues: { figures: figures({}) },
    net: { figures: total },
  } as unknown as ComputedTotals,
  operatingNet: {
    originalBudget: null,
    adjustedBudget:
      total.adjustedBudget === null ? null : BigInt(total.adjustedBudget.replace('.', '')),
    outcome: total.outcome === null ? null : BigInt(total.outcome.replace('.', '')),
    previousYearOutcome: null,
    forecasts: new Map(),
  },
  fundTransfers: 0n,
  fundTransfersMissing: [],
});

const operand = (areas: FormulaOperand['areas'], column: FormulaOperand['column'] = 'outcome') =>
  ({ areas, kind: 'net', column, period: column === 'forecast' ? 'T2' : null }) as const;

describe('decimalOf: a quotient as an outcome decimal', () => {
  test('keeps six decimals, rounded half away from zero, trailing zeros dropped', () => {
    expect(decimalOf(1n, 3n)).toBe('0.333333');
    expect(decimalOf(2n, 3n)).toBe('0.666667');
    expect(decimalOf(-2n, 3n)).toBe('-0.666667');
    expect(decimalOf(5n, 10_000_000n)).toBe('0.000001');
    expect(decimalOf(-5n, 10_000_000n)).toBe('-0.000001');
    expect(decimalOf(4n, 10_000_000n)).toBe('0');
    expect(decimalOf(9440n, 100n)).toBe('94.4');
    expect(decimalOf(3n, -4n)).toBe('-0.75');
  });

  test('has no value when there are more than twelve integer digits', () => {
    expect(decimalOf(999_999_999_999n, 1n)).toBe('999999999999');
    expect(decimalOf(1_000_000_000_000n, 1n)).toBeNull();
  });

  test('is within half a millionth of the exact quotient (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (numerator, denominator) => {
          const shown = decimalOf(numerator, denominator);
          if (shown === null) return;
          const [whole, fraction = ''] = shown.replace('-', '').split('.');
          const scaled =
            BigInt(whole! + fraction.padEnd(6, '0')) * (shown.startsWith('-') ? -1n : 1n);
          const error = scaled * denominator - numerator * 1_000_000n;
          expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(denominator);
        },
      ),
    );
  });
});

describe('evaluating a formula on a unit’s economy', () => {
  const a = area('SLK', figures({ budget: 61_530_000_000n, outcome: 56_680_000_000n }));
  const b = area('Bidrag', figures({ budget: 59_590_000_000n, outcome: 58_530_000_000n, T2: 1n }));

  test('a ratio of named areas in percent: 566,8 / 615,3 = 92,117666… % (KS15 SLK, net)', () => {
    const formula = indicatorFormula.parse({
      kind: 'ratio',
      numerator: { areas: ['SLK'], kind: 'net', column: 'outcome' },
      denominator: { areas: ['SLK'], kind: 'net', column: 'budget' },
    });
    expect(evaluateFormula(formula, economyOf([a, b]))).toEqual({
      value: '92.117666',
      missing: [],
    });
    expect(formulaText(formula)).toBe('utfall netto ("SLK") / budget netto ("SLK"), i procent');
  });

  test('sums the areas it names before dividing or subtracting', () => {
    const formula = indicatorFormula.parse({
      kind: 'difference',
      minuend: operand(['SLK', 'Bidrag']),
      subtrahend: operand(['SLK', 'Bidrag'], 'budget'),
      unit: 'mnkr',
    });
    // 566,8 + 585,3 − (615,3 + 595,9) = −59,1
    expect(evaluateFormula(formula, economyOf([a, b])).value).toBe('-59.1');
  });

  test('names every missing figure and area; a zero denominator gives no value', () => {
    const missing = indicatorFormula.parse({
      kind: 'ratio',
      numerator: operand(['SLK', 'Okänt'], 'forecast'),
      denominator: operand(['Bidrag']),
    });
    expect(evaluateFormula(missing, economyOf([a, b]))).toEqual({
      value: null,
      missing: [
        'helårsprognos T2 netto för "SLK"',
        'verksamhetsområdet "Okänt" finns inte i årets tabell',
      ],
    });
    const zero = area('Noll', figures({ budget: 0n, outcome: 5n }));
    const byZero = indicatorFormula.parse({
      kind: 'ratio',
      numerator: operand(['Noll']),
      denominator: operand(['Noll'], 'budget'),
    });
    expect(evaluateFormula(byZero, economyOf([zero]))).toEqual({
      value: null,
      missing: ['budget netto ("Noll") skild från noll'],
    });
    expect(evaluateFormula(byZero, { ...economyOf([zero]), stored: false }).missing).toEqual([
      'ingen ekonomi är registrerad för året',
    ]);
  });

  test('the council’s budget adherence: Summa drift netto 1 324,8 / 1 405,3 = 94,271686 % (KS15 rows)', () => {
    const economy = economyOf([], figures({ budget: 140_530_000_000n, outcome: 132_480_000_000n }));
    expect(evaluateFormula({ kind: 'budget_adherence_before' }, economy).value).toBe('94.271686');
  });

  test('a revenue-financed committee divides by its gross costs, as the economy page does', () => {
    // Net budget 2,0 against gross costs 100,0 (a tenth is 10,0): the economy's indicatorBase.
    const economy: FormulaEconomy = {
      ...economyOf([], figures({ budget: 200_000n, outcome: 500_000n })),
      operatingCosts: {
        originalBudget: null,
        adjustedBudget: 10_000_000n,
        outcome: 10_300_000n,
        previousYearOutcome: null,
        forecasts: new Map(),
      },
    };
    const shown = computeIndicators({
      net: economy.operatingNet,
      costs: economy.operatingCosts,
      fundTransfers: 0n,
      fundTransfersMissing: [],
      period: 'T2',
    });
    // 1 − (2,0 − 5,0) / 100,0 = 103 %, not 5,0 / 2,0 = 250 %
    expect(evaluateFormula({ kind: 'budget_adherence_before' }, economy).value).toBe('103');
    expect(shown.find((i) => i.key === 'budget_adherence_before')!.value).toMatch(/^103/);
    const withoutCosts = { ...economy, operatingCosts: null };
    expect(evaluateFormula({ kind: 'budget_adherence_before' }, withoutCosts).value).toBe('250');
  });

  test('an area against itself: a ratio of 100 % and a difference of 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }).filter((n) => n !== 0n),
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        (outcome, budget) => {
          const economy = economyOf([area('X', figures({ outcome, budget }))]);
          const self = operand(['X']);
          expect(
            evaluateFormula(
              { kind: 'ratio', numerator: self, denominator: self, percent: true },
              economy,
            ).value,
          ).toBe('100');
          expect(
            evaluateFormula(
              { kind: 'difference', minuend: self, subtrahend: self, unit: 'kr' },
              economy,
            ).value,
          ).toBe('0');
        },
      ),
    );
  });

  test('a difference over two areas is the sum of the two areas’ differences (property)', () => {
    const amount = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n });
    fc.assert(
      fc.property(amount, amount, amount, amount, (o1, b1, o2, b2) => {
        const economy = economyOf([
          area('X', figures({ outcome: o1, budget: b1 })),
          area('Y', figures({ outcome: o2, budget: b2 })),
        ]);
        const diff = (areas: string[]) =>
          evaluateFormula(
            {
              kind: 'difference',
              minuend: operand(areas),
              subtrahend: operand(areas, 'budget'),
              unit: 'kr',
            },
            economy,
          ).value!;
        const asOre = (kr: string) => {
          const [whole, fraction = ''] = kr.replace('-', '').split('.');
          return BigInt(whole! + fraction.padEnd(2, '0')) * (kr.startsWith('-') ? -1n : 1n);
        };
        expect(asOre(diff(['X', 'Y']))).toBe(asOre(diff(['X'])) + asOre(diff(['Y'])));
      }),
    );
  });
});
