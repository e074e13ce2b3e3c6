import type { EconomyFigures, LineKind, SignConvention } from '#contracts/economy.ts';
import type { EconomyLine } from '#contracts/economy.printed.ts';
import { ratio, toOre, type Ratio } from './economy.money.ts';

/**
 * Budget rules (domain.md §3.3, docs/economy-formulas.md). Amounts are öre (BigInt). In both sign
 * conventions "net" is the net cost (nettokostnad) and a positive deviation is favourable.
 */

/**
 * Deviation (avvikelse) of one line, positive = favourable (R-E1, R-E2): budget − outcome for
 * costs and net, and for revenues printed negative (KS15); outcome − budget for revenues printed
 * positive. `outcome` may be a forecast (avvikelse mot prognos).
 */
export function deviation(
  kind: LineKind,
  budget: bigint,
  outcome: bigint,
  convention: SignConvention,
): bigint {
  return kind === 'revenues' && convention === 'revenue_positive'
    ? outcome - budget
    : budget - outcome;
}

/** Net (netto) of costs and revenues (R-E3): costs + revenues, or costs − revenues. */
export const netOf = (costs: bigint, revenues: bigint, convention: SignConvention): bigint =>
  convention === 'revenue_negative' ? costs + revenues : costs - revenues;

/** A revenue amount in another convention: only revenues change sign between the two. */
export const convertRevenue = (amount: bigint, from: SignConvention, to: SignConvention) =>
  from === to ? amount : -amount;

/** Year-on-year difference (differens mellan åren, R-E6): this year − last year, unsigned. */
export const yearOnYear = (current: bigint, previous: bigint): bigint => current - previous;

/** The figures of one line in öre; a forecast per period code. */
export interface Figures {
  originalBudget: bigint | null;
  adjustedBudget: bigint | null;
  outcome: bigint | null;
  forecasts: ReadonlyMap<string, bigint>;
  previousYearOutcome: bigint | null;
}

const optionalOre = (value: string | null) => (value === null ? null : toOre(value));

export const figuresInOre = (figures: EconomyFigures): Figures => ({
  originalBudget: optionalOre(figures.originalBudget),
  adjustedBudget: optionalOre(figures.adjustedBudget),
  outcome: optionalOre(figures.outcome),
  forecasts: new Map(figures.forecasts.map((f) => [f.period, toOre(f.amount)])),
  previousYearOutcome: optionalOre(figures.previousYearOutcome),
});

type ScalarColumn = 'originalBudget' | 'adjustedBudget' | 'outcome' | 'previousYearOutcome';

/** Combines two sets of figures column by column; a column missing in either is missing. */
function combine(a: Figures, b: Figures, op: (x: bigint, y: bigint) => bigint): Figures {
  const pick = (column: ScalarColumn) => {
    const x = a[column];
    const y = b[column];
    return x === null || y === null ? null : op(x, y);
  };
  const forecasts = new Map<string, bigint>();
  for (const [period, x] of a.forecasts) {
    const y = b.forecasts.get(period);
    if (y !== undefined) forecasts.set(period, op(x, y));
  }
  return {
    originalBudget: pick('originalBudget'),
    adjustedBudget: pick('adjustedBudget'),
    outcome: pick('outcome'),
    forecasts,
    previousYearOutcome: pick('previousYearOutcome'),
  };
}

/** Net figures derived from costs and revenues, column by column (R-E3). */
export const deriveNet = (costs: Figures, revenues: Figures, convention: SignConvention) =>
  combine(costs, revenues, (c, r) => netOf(c, r, convention));

const zero: Figures = {
  originalBudget: 0n,
  adjustedBudget: 0n,
  outcome: 0n,
  forecasts: new Map(),
  previousYearOutcome: 0n,
};

/**
 * Sum of figures column by column. A column is missing from the total as soon as one line lacks
 * it, so a total never silently leaves out an area; a forecast period likewise.
 */
export function sumFigures(list: readonly Figures[]): Figures {
  if (list.length === 0) return zero;
  return list.reduce((total, figures) => combine(total, figures, (x, y) => x + y));
}

export interface LineTotals {
  costs: Figures;
  revenues: Figures;
  net: Figures;
}

/**
 * Totals (Summa kostnader / intäkter / netto) of the area lines (R-E4): "Varav" sub-rows
 * (`partOf` set) are left out; net is derived from the summed costs and revenues.
 */
export function totalLines(lines: readonly EconomyLine[], convention: SignConvention): LineTotals {
  const areas = lines.filter((line) => line.partOf === null);
  const costs = sumFigures(areas.map((line) => figuresInOre(line.costs)));
  const revenues = sumFigures(areas.map((line) => figuresInOre(line.revenues)));
  return { costs, revenues, net: deriveNet(costs, revenues, convention) };
}

export interface LineAnalysis {
  /** the comparison base: the adjusted budget (justerad budget), else the original budget */
  base: 'adjustedBudget' | 'originalBudget' | null;
  budget: bigint | null;
  outcome: bigint | null;
  /** budget vs outcome, positive = favourable */
  deviation: bigint | null;
  /** budget vs each period's forecast, positive = favourable (avvikelse mot prognos) */
  forecastDeviations: ReadonlyMap<string, bigint>;
  /** outcome − previous year's outcome */
  yearOnYear: bigint | null;
}

/** Deviations and year-on-year difference of one kind of line. */
export function analyseFigures(
  kind: LineKind,
  figures: Figures,
  convention: SignConvention,
): LineAnalysis {
  const base =
    figures.adjustedBudget !== null
      ? 'adjustedBudget'
      : figures.originalBudget !== null
        ? 'originalBudget'
        : null;
  const budget = base === null ? null : figures[base];
  const { outcome, previousYearOutcome } = figures;
  const forecastDeviations = new Map<string, bigint>();
  if (budget !== null)
    for (const [period, amount] of figures.forecasts)
      forecastDeviations.set(period, deviation(kind, budget, amount, convention));
  return {
    base,
    budget,
    outcome,
    deviation:
      budget === null || outcome === null ? null : deviation(kind, budget, outcome, convention),
    forecastDeviations,
    yearOnYear:
      outcome === null || previousYearOutcome === null
        ? null
        : yearOnYear(outcome, previousYearOutcome),
  };
}

/** One area analysed: costs and revenues as given, net derived from them. */
export function analyseLine(line: EconomyLine, convention: SignConvention) {
  const costs = figuresInOre(line.costs);
  const revenues = figuresInOre(line.revenues);
  return {
    area: line.area,
    partOf: line.partOf,
    costs: analyseFigures('costs', costs, convention),
    revenues: analyseFigures('revenues', revenues, convention),
    net: analyseFigures('net', deriveNet(costs, revenues, convention), convention),
  };
}

/**
 * Budget adherence (budgetföljsamhet, R-E7) of net costs: outcome / budget; 100 % is on budget,
 * below is an underspend. Null when the net budget is zero (a fully revenue-funded area).
 */
export const budgetAdherence = (netBudget: bigint, netOutcome: bigint): Ratio | null =>
  ratio(netOutcome, netBudget);

export interface ResultTransfers {
  netBudget: bigint;
  netOutcome: bigint;
  /** surplus moved into the result fund at closing (resultatöverföring to next year) */
  transferredToFund: bigint;
  /** drawn from the result fund during the year */
  usedFromFund: bigint;
}

/**
 * Budget adherence before and after result transfers (före / efter resultatöverföringar).
 * Before: outcome / budget. After: the outcome counts the surplus moved to the fund as spent and
 * the amount drawn from the fund as financed, (outcome + transferred − used) / budget, so that
 * budget − that outcome is the result after disposition (R-F5).
 */
export function budgetAdherenceAroundTransfers(input: ResultTransfers) {
  const after = input.netOutcome + input.transferredToFund - input.usedFromFund;
  return {
    before: budgetAdherence(input.netBudget, input.netOutcome),
    after: budgetAdherence(input.netBudget, after),
  };
}

/**
 * Budget adherence of a result unit (resultatenhet), R-E7: 1 − |result| / gross turnover, so a
 * surplus and a deficit of the same size count the same. "Före" uses the result before the
 * year-end dispositions, "efter" the result after them (R-F5). Null unless the turnover is
 * positive.
 */
export function resultUnitBudgetAdherence(result: bigint, turnover: bigint): Ratio | null {
  if (turnover <= 0n) return null;
  const magnitude = result < 0n ? -result : result;
  return ratio(turnover - magnitude, turnover);
}

/**
 * Forecast accuracy (prognossäkerhet, R-E8): (forecast − outcome) / base, where the forecast is
 * the full-year net forecast of a period (T2) and the base the net budget (default) or the net
 * outcome. Positive: the forecast was higher than the outcome. Null when the base is zero.
 */
export function forecastAccuracy(
  input: { forecast: bigint; outcome: bigint; budget: bigint },
  base: 'budget' | 'outcome' = 'budget',
): Ratio | null {
  return ratio(input.forecast - input.outcome, base === 'budget' ? input.budget : input.outcome);
}

/** Whether a ratio lies within ±band (inclusive); the default band is ±1 %, the KF target. */
export function withinBand(value: Ratio, band: Ratio = { numerator: 1n, denominator: 100n }) {
  const magnitude = value.numerator < 0n ? -value.numerator : value.numerator;
  return magnitude * band.denominator <= band.numerator * value.denominator;
}
