import type { CodedIssue } from '#contracts/issues.ts';
import type { LineKind, SignConvention } from '#contracts/economy.ts';
import { absOre, toOre } from '../economy.money.ts';
import { deviation } from '../economy.rules.ts';
import { importIssue } from '../import/economy.import.issues.ts';
import type { SheetAmounts } from './economy.sheet.rules.ts';
import { CONVENTIONS } from './economy.sheet.words.ts';

/**
 * What an imported table's figures say about how it was filled in, when that is not what the file
 * declares: a column a thousand times off its neighbours (mnkr pasted into a tkr file), revenues
 * signed against the declared convention, and deviations printed with the sign reversed. Each is
 * a warning with its numbers, never a correction: the figures are imported as they stand. Pure.
 */

export type WarnRow = {
  rowNo: number;
  kind: LineKind | undefined;
  amounts: SheetAmounts;
};
export type AmountField = 'originalBudget' | 'adjustedBudget' | 'outcome' | 'previousYearOutcome';
/** The amount columns of the file: an amount's field or a forecast (`f:T2`), and its header. */
export type WarnColumn = { key: AmountField | `f:${string}`; header: string };

/** A figure this many times its neighbour or more is in another unit. */
const SCALE = 300n;
const valueIn = (row: WarnRow, key: WarnColumn['key']) => {
  const value = key.startsWith('f:')
    ? (row.amounts.forecasts.get(key.slice(2)) ?? null)
    : row.amounts[key as AmountField];
  return value === null ? null : absOre(toOre(value));
};

/** The power of ten nearest a ratio ≥ SCALE: 1 000 for mnkr in a tkr column. */
const powerOfTen = (big: bigint, small: bigint) => {
  let factor = 1n;
  while (small * factor * 10n <= big * 3n) factor *= 10n;
  return factor;
};

/** How column `a` compares with `b` over the rows with both: mostly ≥ SCALE times off? */
function scaleOff(rows: readonly WarnRow[], a: WarnColumn, b: WarnColumn) {
  let larger = 0;
  let smaller = 0;
  let of = 0;
  const factors: bigint[] = [];
  for (const row of rows) {
    const x = valueIn(row, a.key);
    const y = valueIn(row, b.key);
    if (!x || !y) continue;
    of += 1;
    if (x >= y * SCALE) {
      larger += 1;
      factors.push(powerOfTen(x, y));
    } else if (y >= x * SCALE) {
      smaller += 1;
      factors.push(powerOfTen(y, x));
    }
  }
  const off = Math.max(larger, smaller);
  if (of === 0 || off * 2 <= of) return null;
  return {
    larger: larger > smaller,
    factor: factors.sort((p, q) => (p < q ? -1 : p > q ? 1 : 0))[factors.length >> 1]!,
    rows: off,
    of,
  };
}

/**
 * Each column that is mostly a thousand (or more) times off the others: with two columns the
 * second against the first; with more, a column off most of the others, against the first of them.
 */
export function scaleWarnings(
  sheet: string,
  columns: readonly WarnColumn[],
  rows: readonly WarnRow[],
): CodedIssue[] {
  const found: CodedIssue[] = [];
  columns.forEach((column, index) => {
    const others = columns.filter((other) => other !== column);
    const off = others
      .map((other) => ({ other, off: scaleOff(rows, column, other) }))
      .filter((pair) => pair.off !== null);
    const enough =
      columns.length === 2 ? index === 1 && off.length === 1 : off.length * 2 > others.length;
    if (!enough) return;
    const { other, off: first } = off[0]!;
    found.push(
      importIssue(sheet, 'economy.column_scale', {
        column: column.header,
        other: other.header,
        factor: `${first!.larger ? '' : '1/'}${first!.factor.toLocaleString('sv-SE')}`,
        rows: first!.rows,
        of: first!.of,
      }),
    );
  });
  return found;
}

const other = (convention: SignConvention): SignConvention =>
  convention === 'revenue_negative' ? 'revenue_positive' : 'revenue_negative';

/**
 * Revenues signed against the declared convention (most revenue outcomes positive under
 * "Intäkter negativa", or negative under "Intäkter positiva"), and printed deviations mostly of the
 * opposite sign to what the declared convention gives: which convention would make them agree.
 */
export function signWarnings(
  sheet: string,
  convention: SignConvention,
  rows: readonly WarnRow[],
): CodedIssue[] {
  const found: CodedIssue[] = [];
  const revenues = rows
    .filter((row) => row.kind === 'revenues')
    .flatMap((row) => (row.amounts.outcome === null ? [] : [toOre(row.amounts.outcome)]))
    .filter((value) => value !== 0n);
  const against = revenues.filter((value) =>
    convention === 'revenue_negative' ? value > 0n : value < 0n,
  ).length;
  if (revenues.length > 0 && against * 2 > revenues.length)
    found.push(
      importIssue(sheet, 'economy.revenue_sign', {
        declared: CONVENTIONS[convention],
        suggested: CONVENTIONS[other(convention)],
        rows: against,
        of: revenues.length,
      }),
    );

  const reversed = reversedDeviations(convention, rows);
  const wrong =
    reversed.costs.reversed * 2 > reversed.costs.of ? reversed.costs : reversed.revenues;
  if (wrong.of > 0 && wrong.reversed * 2 > wrong.of)
    found.push(
      importIssue(sheet, 'economy.deviation_sign', {
        declared: CONVENTIONS[convention],
        // costs reversed: the file's deviation is outcome − budget; revenues only: the other
        // convention's revenue deviation (outcome − budget under positive revenues, and back)
        suggested:
          wrong === reversed.costs
            ? 'avvikelse = utfall − budget (Rödtråd läser budget − utfall, positiv är gynnsam)'
            : `Teckenkonvention ${CONVENTIONS[other(convention)]}`,
        rows: wrong.reversed,
        of: wrong.of,
      }),
    );
  return found;
}

/**
 * Printed deviations against what the declared convention gives, on the lines with a budget, an
 * outcome and a deviation that is not zero: of costs and net, and of revenues, how many are the
 * opposite (within 5 %: a printed figure is rounded).
 */
function reversedDeviations(convention: SignConvention, rows: readonly WarnRow[]) {
  const costs = { reversed: 0, of: 0 };
  const revenues = { reversed: 0, of: 0 };
  for (const { amounts, kind } of rows) {
    const budget = amounts.adjustedBudget ?? amounts.originalBudget;
    if (!kind || amounts.deviation === null || budget === null || amounts.outcome === null)
      continue;
    const expected = deviation(kind, toOre(budget), toOre(amounts.outcome), convention);
    const printed = toOre(amounts.deviation);
    if (expected === 0n || printed === 0n) continue;
    const tally = kind === 'revenues' ? revenues : costs;
    tally.of += 1;
    if (absOre(printed + expected) * 20n <= absOre(expected)) tally.reversed += 1;
  }
  return { costs, revenues };
}
