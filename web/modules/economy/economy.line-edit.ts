/**
 * An area's forecasts and outcome typed in the economy table: a draft per line (costs, revenues,
 * and net where net is stored), amounts as typed in the table's unit, parsed exactly
 * (economy.amount.ts) into the lines the server writes with their versions. What the form does
 * not show (budgets, last year, the printed deviation) is written back as stored.
 */
import type { EconomyAreaView, EconomyLineWrite, LineKind } from '#contracts/economy.ts';
import type { MoneyUnit } from '#web/lib/money.ts';
import { amountInput, parseAmount } from './economy.amount.ts';
import type { FormProblem, Prepared } from './economy.forms.ts';

export type LineDraft = {
  kind: LineKind;
  outcome: string;
  /** by the period's key (T1, T2 …) */
  forecasts: Record<string, string>;
};

export type AreaDraft = { lines: LineDraft[] };

/** The lines a user types: costs and revenues, and net only where it is stored (printed). */
export const editedKinds = (area: EconomyAreaView): LineKind[] =>
  area.lines.net.stored === null ? ['costs', 'revenues'] : ['costs', 'revenues', 'net'];

/** The area's lines as the form shows them. */
export function areaDraft(
  area: EconomyAreaView,
  periods: readonly string[],
  unit: MoneyUnit,
): AreaDraft {
  return {
    lines: editedKinds(area).map((kind) => {
      const stored = area.lines[kind].stored;
      const forecastOf = (period: string) =>
        stored?.forecasts.find((f) => f.period === period)?.amount ?? null;
      return {
        kind,
        outcome: amountInput(stored?.outcome ?? null, unit),
        forecasts: Object.fromEntries(periods.map((p) => [p, amountInput(forecastOf(p), unit)])),
      };
    }),
  };
}

/** The lines' versions added up: it changes whenever any of them is saved. */
export const areaVersion = (area: EconomyAreaView): number =>
  editedKinds(area).reduce((sum, kind) => sum + area.lines[kind].version, 0);

export const sameArea = (a: AreaDraft, b: AreaDraft): boolean =>
  JSON.stringify(a.lines) === JSON.stringify(b.lines);

/** The path of a field, as the server names it: `lines.0.forecasts.T1`. */
export const linePath = (index: number, field: 'outcome' | string) =>
  field === 'outcome' ? `lines.${index}.outcome` : `lines.${index}.forecasts.${field}`;

/**
 * The lines to write, each with the version `versionOf` gives (the one read with the page, or
 * the one read again after a conflict), or the problems of what was typed.
 */
export function areaLinesOf(
  draft: AreaDraft,
  area: EconomyAreaView,
  unit: MoneyUnit,
  versionOf: (kind: LineKind) => number,
): Prepared<EconomyLineWrite[]> {
  const problems: FormProblem[] = [];
  const parse = (text: string, path: string): string | null => {
    const parsed = parseAmount(text, unit);
    if (parsed.kind === 'problem') problems.push({ path, problem: parsed.problem });
    return parsed.kind === 'amount' ? parsed.kronor : null;
  };
  const lines = draft.lines.map((line, index): EconomyLineWrite => {
    const stored = area.lines[line.kind].stored;
    const forecasts = Object.entries(line.forecasts).flatMap(([period, text]) => {
      const amount = parse(text, linePath(index, period));
      return amount === null ? [] : [{ period, amount }];
    });
    return {
      areaId: area.id,
      kind: line.kind,
      originalBudget: stored?.originalBudget ?? null,
      adjustedBudget: stored?.adjustedBudget ?? null,
      outcome: parse(line.outcome, linePath(index, 'outcome')),
      previousYearOutcome: stored?.previousYearOutcome ?? null,
      forecasts,
      printedDeviation: stored?.printedDeviation ?? null,
      version: versionOf(line.kind),
    };
  });
  return problems.length > 0 ? { kind: 'problems', problems } : { kind: 'input', input: lines };
}
