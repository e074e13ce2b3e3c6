import type { ComputedLine } from '#contracts/economy.ts';
import { moneyToNumber, type MoneyUnit } from '#web/lib/money.ts';

/**
 * The chart of one line over the year: the budget it is compared with, each period's full-year
 * forecast (T1, T2 …) and the outcome. Amounts stay exact decimal strings for every label; only
 * the bar lengths use floats, through `moneyToNumber`.
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

export type Scale = { min: number; max: number; step: number; ticks: number[] };

/** 1, 2, 2,5 or 5 times a power of ten: the step a reader can count in. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Decimals a step needs to be written exactly (2,5 → 1; 0,25 → 2; 200 → 0). */
export function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 10; decimals++) {
    if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-9) return decimals;
  }
  return 10;
}

/**
 * An axis that holds every value and zero (bars grow from zero), from a whole step below the
 * smallest to a whole step above the largest, with about `ticks` ticks.
 */
export function niceScale(values: readonly number[], ticks = 5): Scale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (low === high) return { min: 0, max: 1, step: 1, ticks: [0, 1] };
  const step = niceStep((high - low) / Math.max(1, ticks - 1));
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const decimals = stepDecimals(step);
  const count = Math.round((max - min) / step);
  const list = Array.from({ length: count + 1 }, (_, i) =>
    Number((min + i * step).toFixed(decimals)),
  );
  return {
    min: Number(min.toFixed(decimals)),
    max: Number(max.toFixed(decimals)),
    step,
    ticks: list,
  };
}

/** The y coordinate of a value on an axis drawn from `top` (the max) to `top + height` (the min). */
export const yOf = (value: number, scale: Scale, top: number, height: number): number =>
  top + ((scale.max - value) / (scale.max - scale.min)) * height;

/** The points' amounts in the unit, for drawing (null stays null). */
export const drawnValues = (points: readonly ChartPoint[], unit: MoneyUnit): (number | null)[] =>
  points.map((point) => (point.amount === null ? null : moneyToNumber(point.amount, unit)));
