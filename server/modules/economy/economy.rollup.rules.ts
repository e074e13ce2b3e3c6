import type { LineKind, PrintedTotal, RollUpFigures, SignConvention } from '#contracts/economy.ts';
import { toMoney, toOre } from './economy.money.ts';
import { analyseFigures, deriveNet, sumFigures, type Figures } from './economy.rules.ts';

/**
 * The roll-up's figures of a unit, from the same rules as the unit's own table: the sums per
 * column (as totalLines adds the area lines, a column missing from the total as soon as one area
 * lacks it), net derived from costs and revenues, and the compared budget and the deviations as
 * analyseFigures takes them (the adjusted budget of the total, else the original one). So the
 * roll-up's figure for a unit is the unit table's Summa netto, whatever mix of adjusted and
 * original budgets its areas have.
 */

/** One kind of line summed over a table's areas (not sub-rows), as the repository adds them. */
export type ColumnSums = {
  originalBudget: string | null;
  adjustedBudget: string | null;
  outcome: string | null;
  /** the chosen period's forecast, when the roll-up is against one */
  forecast: string | null;
};

const ore = (value: string | null) => (value === null ? null : toOre(value));
const money = (value: bigint | null) => (value === null ? null : toMoney(value));

/** The sums as the rules' figures; a table with no area of the kind sums to zero. */
export function figuresOfSums(sums: ColumnSums | undefined, periodKey: string | null): Figures {
  if (!sums) return sumFigures([]);
  const forecast = ore(sums.forecast);
  return {
    originalBudget: ore(sums.originalBudget),
    adjustedBudget: ore(sums.adjustedBudget),
    outcome: ore(sums.outcome),
    forecasts:
      periodKey !== null && forecast !== null ? new Map([[periodKey, forecast]]) : new Map(),
    previousYearOutcome: null,
  };
}

/**
 * Budget, actual (the outcome, or the period's forecast) and deviation of one kind of line, as
 * the unit's table computes them (its Avvikelse column, or its deviation against the forecast).
 */
export function rollUpFiguresOf(
  kind: LineKind,
  figures: Figures,
  convention: SignConvention,
  periodKey: string | null,
): RollUpFigures & { budgetOre: bigint | null; actualOre: bigint | null } {
  const analysis = analyseFigures(kind, figures, convention);
  const actual = periodKey === null ? figures.outcome : (figures.forecasts.get(periodKey) ?? null);
  const deviation =
    periodKey === null ? analysis.deviation : (analysis.forecastDeviations.get(periodKey) ?? null);
  return {
    budget: money(analysis.budget),
    actual: money(actual),
    deviation: money(deviation),
    budgetOre: analysis.budget,
    actualOre: actual,
  };
}

/** Net of summed costs and revenues, as the table's Summa netto; net plus investments. */
export const netFigures = (costs: Figures, revenues: Figures, convention: SignConvention) =>
  deriveNet(costs, revenues, convention);
export const addFigures = (a: Figures, b: Figures) => sumFigures([a, b]);

/**
 * The printed Summa netto beside the computed one, where the unit's report prints one that
 * differs: the table shows the computed figure with the printed one flagged, and so does the
 * roll-up. Only against the outcome: the printed totals are the annual report's.
 */
export function printedBeside(
  computed: RollUpFigures,
  printedTotals: readonly Pick<
    PrintedTotal,
    'scope' | 'kind' | 'originalBudget' | 'adjustedBudget' | 'outcome' | 'deviation'
  >[],
): RollUpFigures | null {
  const row = printedTotals.find((total) => total.scope === 'operating' && total.kind === 'net');
  if (!row) return null;
  const printed: RollUpFigures = {
    budget: row.adjustedBudget ?? row.originalBudget,
    actual: row.outcome,
    deviation: row.deviation,
  };
  const same = (a: string | null, b: string | null) =>
    a === null || b === null || toOre(a) === toOre(b);
  return same(printed.budget, computed.budget) &&
    same(printed.actual, computed.actual) &&
    same(printed.deviation, computed.deviation)
    ? null
    : printed;
}
