import type {
  ComputedTotals,
  EconomyAreaView,
  EconomyFigures,
  LineKind,
} from '#contracts/economy.ts';
import {
  OPERATING_TOTAL,
  type FormulaColumn,
  type FormulaOperand,
  type IndicatorFormula,
} from '#contracts/formulas.ts';
import { computeIndicators } from '../economy/economy.indicators.rules.ts';
import { ORE_PER_UNIT, divideRounded, ratio, toOre } from '../economy/economy.money.ts';
import type { Figures } from '../economy/economy.rules.ts';
import { evaluateSource, sourceText, type FormulaSources } from '../hr/hr.sources.rules.ts';

/**
 * Computed indicators: an indicator's formula (contracts/formulas.ts) evaluated on a unit's
 * computed economy for the year. Pure and exact: sums in öre, one division at the end, rounded
 * half away from zero to the six decimals an outcome holds. Nothing is ever evaluated as code.
 */

/** What a formula is evaluated on: the unit's table as economy.view.rules computes it. */
export interface FormulaEconomy {
  /** false when nothing is stored for the unit and year */
  stored: boolean;
  areas: readonly EconomyAreaView[];
  /** Summa drift: operating areas, sub-rows left out */
  operating: ComputedTotals;
  /** Summa drift netto in öre, for the council's indicators */
  operatingNet: Figures;
  /**
   * Summa drift, costs, in öre: a revenue-financed committee's base (net budget under a tenth of
   * its gross costs: the economy's own rule, `indicatorBase`); null or absent divides by net
   */
  operatingCosts?: Figures | null;
  /** Σ (closing − opening) of the result funds at or below the unit; null when unknown */
  fundTransfers: bigint | null;
  fundTransfersMissing: string[];
  /** staff figures and feedback, for the formulas that take their value from them */
  sources?: FormulaSources;
}

export interface FormulaResult {
  /** the outcome as an indicator decimal ("94.172067"), or null */
  value: string | null;
  /** why there is no value, in Swedish (empty when there is one) */
  missing: string[];
}

/** The most decimals an indicator outcome holds (contracts/indicators.ts `decimal`). */
export const OUTCOME_DECIMALS = 6;
const MAX_INTEGER_DIGITS = 12;

const kindWord: Record<LineKind, string> = {
  costs: 'kostnader',
  revenues: 'intäkter',
  net: 'netto',
};

const columnWord = (column: FormulaColumn, period: string | null): string =>
  ({
    budget: 'budget',
    original_budget: 'ursprunglig budget',
    adjusted_budget: 'justerad budget',
    outcome: 'utfall',
    previous_year_outcome: 'utfall föregående år',
    forecast: `helårsprognos ${period ?? ''}`.trim(),
  })[column];

const areasText = (operand: FormulaOperand) =>
  operand.areas === OPERATING_TOTAL
    ? 'Summa drift'
    : operand.areas.map((name) => `"${name}"`).join(' + ');

export const operandText = (operand: FormulaOperand) =>
  `${columnWord(operand.column, operand.period)} ${kindWord[operand.kind]} (${areasText(operand)})`;

/** The formula in Swedish, as the follow-up shows it beside a computed outcome. */
export function formulaText(formula: IndicatorFormula): string {
  switch (formula.kind) {
    case 'budget_adherence_before':
      return 'nettoutfall / nettobudget (Summa drift), i procent';
    case 'budget_adherence_after':
      return '(nettoutfall + avsatt till resultatfond − använt ur resultatfond) / nettobudget (Summa drift), i procent';
    case 'forecast_accuracy':
      return `(helårsprognos ${formula.period} − nettoutfall) / nettobudget (Summa drift), i procent`;
    case 'ratio':
      return `${operandText(formula.numerator)} / ${operandText(formula.denominator)}${formula.percent ? ', i procent' : ''}`;
    case 'difference':
      return `${operandText(formula.minuend)} − ${operandText(formula.subtrahend)}, i ${formula.unit}`;
    case 'staff':
    case 'feedback':
      return sourceText(formula);
  }
}

/**
 * numerator / denominator as a plain decimal with at most six decimals (trailing zeros dropped),
 * rounded half away from zero; null when it has more integer digits than an outcome holds.
 */
export function decimalOf(numerator: bigint, denominator: bigint): string | null {
  const exact = ratio(numerator, denominator);
  if (exact === null) throw new RangeError('the denominator must not be zero');
  const scaled = divideRounded(
    exact.numerator * 10n ** BigInt(OUTCOME_DECIMALS),
    exact.denominator,
  );
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(OUTCOME_DECIMALS + 1, '0');
  const integerPart = digits.slice(0, digits.length - OUTCOME_DECIMALS);
  if (integerPart.length > MAX_INTEGER_DIGITS) return null;
  const fraction = digits.slice(digits.length - OUTCOME_DECIMALS).replace(/0+$/, '');
  const sign = scaled < 0n ? '-' : '';
  return fraction === '' ? `${sign}${integerPart}` : `${sign}${integerPart}.${fraction}`;
}

const TOO_LARGE = 'värdet har fler än tolv siffror före decimaltecknet';

const columnOf = (figures: EconomyFigures, operand: FormulaOperand): string | null => {
  switch (operand.column) {
    case 'budget':
      return figures.adjustedBudget ?? figures.originalBudget;
    case 'original_budget':
      return figures.originalBudget;
    case 'adjusted_budget':
      return figures.adjustedBudget;
    case 'outcome':
      return figures.outcome;
    case 'previous_year_outcome':
      return figures.previousYearOutcome;
    case 'forecast':
      return figures.forecasts.find((f) => f.period === operand.period)?.amount ?? null;
  }
};

/** An operand's sum in öre, or what is missing for it. */
export function operandValue(
  operand: FormulaOperand,
  economy: Pick<FormulaEconomy, 'areas' | 'operating'>,
): { ore: bigint | null; missing: string[] } {
  const what = `${columnWord(operand.column, operand.period)} ${kindWord[operand.kind]}`;
  if (operand.areas === OPERATING_TOTAL) {
    const amount = columnOf(economy.operating[operand.kind].figures, operand);
    return amount === null
      ? { ore: null, missing: [`${what} för Summa drift (något verksamhetsområde saknar det)`] }
      : { ore: toOre(amount), missing: [] };
  }
  let sum = 0n;
  const missing: string[] = [];
  for (const name of operand.areas) {
    const area = economy.areas.find((a) => a.name === name);
    if (!area) {
      missing.push(`verksamhetsområdet "${name}" finns inte i årets tabell`);
      continue;
    }
    const amount = columnOf(area.lines[operand.kind].figures, operand);
    if (amount === null) missing.push(`${what} för "${name}"`);
    else sum += toOre(amount);
  }
  return missing.length > 0 ? { ore: null, missing } : { ore: sum, missing: [] };
}

const council = (formula: IndicatorFormula, economy: FormulaEconomy): FormulaResult => {
  const key = formula.kind === 'forecast_accuracy' ? 'forecast_accuracy' : formula.kind;
  const found = computeIndicators({
    net: economy.operatingNet,
    costs: economy.operatingCosts ?? null,
    fundTransfers: economy.fundTransfers,
    fundTransfersMissing: economy.fundTransfersMissing,
    period: formula.kind === 'forecast_accuracy' ? formula.period : 'T2',
  }).find((indicator) => indicator.key === key)!;
  if (found.ratio === null) return { value: null, missing: found.missing };
  const value = decimalOf(BigInt(found.ratio.numerator) * 100n, BigInt(found.ratio.denominator));
  return value === null ? { value: null, missing: [TOO_LARGE] } : { value, missing: [] };
};

/** The formula's value on a unit's economy for the year, or why there is none. */
export function evaluateFormula(formula: IndicatorFormula, economy: FormulaEconomy): FormulaResult {
  if (formula.kind === 'staff' || formula.kind === 'feedback')
    return evaluateSource(formula, economy.sources);
  if (!economy.stored) return { value: null, missing: ['ingen ekonomi är registrerad för året'] };
  switch (formula.kind) {
    case 'budget_adherence_before':
    case 'budget_adherence_after':
    case 'forecast_accuracy':
      return council(formula, economy);
    case 'ratio': {
      const top = operandValue(formula.numerator, economy);
      const bottom = operandValue(formula.denominator, economy);
      const missing = [...top.missing, ...bottom.missing];
      if (top.ore === null || bottom.ore === null) return { value: null, missing };
      if (bottom.ore === 0n)
        return { value: null, missing: [`${operandText(formula.denominator)} skild från noll`] };
      const value = decimalOf(top.ore * (formula.percent ? 100n : 1n), bottom.ore);
      return value === null ? { value: null, missing: [TOO_LARGE] } : { value, missing: [] };
    }
    case 'difference': {
      const left = operandValue(formula.minuend, economy);
      const right = operandValue(formula.subtrahend, economy);
      const missing = [...left.missing, ...right.missing];
      if (left.ore === null || right.ore === null) return { value: null, missing };
      const value = decimalOf(left.ore - right.ore, ORE_PER_UNIT[formula.unit]);
      return value === null ? { value: null, missing: [TOO_LARGE] } : { value, missing: [] };
    }
  }
}
