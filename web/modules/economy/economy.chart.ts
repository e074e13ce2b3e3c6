import type { ComputedLine } from '#contracts/economy.ts';
import { moneyToNumber, type MoneyUnit } from '#web/lib/money.ts';

/**
 * The chart of one line over the year: the budget it is compared with, each period's full-year
 * forecast (T1, T2 …) and the outcome. Amounts stay exact decimal strings for every label; only
 * the bar lengths use floats, through `moneyToNumber`. ECharts draws it: economy.echarts.ts builds
 * the option and components/economy-bars.tsx draws it, both in the lazily loaded chunk.
 */

export type ChartPoint =
  | { key: 'budget'; amount: string | null }
  | { key: 'forecast'; period: string; amount: string | null }
  | { key: 'outcome'; amount: string | null };

/** Budget, the forecast of every period in order, and the outcome of a line. */
export function chartPoints(line: ComputedLine, periods: readonly { key: string }[]): ChartPoint[] {
  const forecasts = new Map(line.figures.forecasts.map((f) => [f.period, f.amount]));
  return [
    { key: 'budget', amount: line.computed.budget },
    ...periods.map((p): ChartPoint => ({
      key: 'forecast',
      period: p.key,
      amount: forecasts.get(p.key) ?? null,
    })),
    { key: 'outcome', amount: line.figures.outcome },
  ];
}

/** The points' amounts in the unit, for drawing (null stays null). */
export const drawnValues = (points: readonly ChartPoint[], unit: MoneyUnit): (number | null)[] =>
  points.map((point) => (point.amount === null ? null : moneyToNumber(point.amount, unit)));

/** What the chart shows, already in words: one entry per point, in order. */
export type ChartSpec = {
  keys: ChartPoint['key'][];
  /** "Budget", "Prognos T1" … */
  names: string[];
  /** the amounts as the table writes them ("1 405,3"), or the word for a missing one */
  amounts: string[];
  /** bar lengths in the unit; null where the amount is missing */
  values: (number | null)[];
  missing: boolean[];
  /** the word for a missing amount ("saknas") */
  missingWord: string;
  /** "mnkr" */
  unit: string;
  /** the chart's accessible name and ECharts' aria description: every figure in words */
  description: string;
  language: string;
};
