import type { Direction } from '#contracts/assessment.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type { TargetKind } from '#contracts/indicators.ts';
import { localeOf } from '#web/lib/format.ts';

/**
 * How the follow-up shows numbers, targets and goal headings, as the annual report prints them:
 * "28,3 kwh/kvm", "94,18 %", "±1 %", "tas fram av nämnd", "KF:s mål för verksamhetsområdet:
 * 1.1 …". Values travel as decimal strings ("94.18") and are formatted from the string, never
 * through binary floating point.
 */

const NBSP = '\u00a0';

type Numeric = Intl.StringNumericLiteral;

/** Digits after the point of a decimal string ("94.18" → 2, "6700" → 0). */
const fractionLength = (value: string) => value.split('.')[1]?.length ?? 0;

/**
 * "94.18" → "94,18", "6700" → "6 700": as many decimals as the value has, but at most the
 * indicator's `decimals` (rounded half away from zero beyond that).
 */
export function formatDecimal(value: string, decimals: number, language = 'sv'): string {
  const shown = Math.min(fractionLength(value), decimals);
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: shown,
    maximumFractionDigits: decimals,
  }).format(value as Numeric);
}

export type UnitOfMeasure = { unit: string; decimals: number };

const withUnit = (text: string, unit: string) => (unit.trim() ? `${text}${NBSP}${unit}` : text);

/** "28.3" of kwh/kvm → "28,3 kwh/kvm"; null when there is no value. */
export function formatValue(
  value: string | null,
  measure: UnitOfMeasure,
  language = 'sv',
): string | null {
  if (value === null) return null;
  return withUnit(formatDecimal(value, measure.decimals, language), measure.unit);
}

/** A share of the target, rounded to one decimal by the server: 15.6 → "15,6 %". */
export function formatPercent(percent: number, language = 'sv'): string {
  return withUnit(
    new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(percent),
    '%',
  );
}

/** The words a target cell uses when it holds no number. */
export type TargetWords = { setByCommittee: string; cityAccounts: string; none: string };

/**
 * A target cell as the report prints it: a value with its unit, "±1 %" for an interval around 0
 * ("50 ±1 %" around another value), or the words for a target set by the committee, reported
 * in the city's accounts, or missing.
 */
export function formatTarget(
  target: { kind: TargetKind; value: string | null; tolerance: string | null },
  indicator: UnitOfMeasure & { direction: Direction },
  words: TargetWords,
  language = 'sv',
): string {
  if (target.kind === 'set_by_committee') return words.setByCommittee;
  if (target.kind === 'city_accounts') return words.cityAccounts;
  if (target.kind === 'none' || target.value === null) return words.none;
  const decimals = Math.max(indicator.decimals, fractionLength(target.tolerance ?? ''));
  if (indicator.direction === 'within_interval' && target.tolerance !== null) {
    const band = `±${formatDecimal(target.tolerance, decimals, language)}`;
    const centre = /^[+-]?0+(\.0+)?$/.test(target.value)
      ? ''
      : `${formatDecimal(target.value, decimals, language)}${NBSP}`;
    return withUnit(`${centre}${band}`, indicator.unit);
  }
  return withUnit(formatDecimal(target.value, indicator.decimals, language), indicator.unit);
}

/**
 * What a person typed as a number, as the API takes it: "1 405,3" → "1405.3", "−1" → "-1",
 * "" → null (no value). Returns undefined when the text is not a number.
 */
export function parseDecimalInput(text: string): string | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return null;
  const normal = compact.replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(normal)) return undefined;
  return normal.replace(/^\+/, '');
}

/**
 * The form's number fields as the API takes them, or an issue (`message`) at each that is not a
 * number.
 */
export function parseDecimalFields<F extends string>(
  values: Record<F, string>,
  fields: readonly F[],
  message: string,
): { numbers: Record<F, string | null>; issues: { path: string; message: string }[] } {
  const numbers = {} as Record<F, string | null>;
  const issues: { path: string; message: string }[] = [];
  for (const field of fields) {
    const parsed = parseDecimalInput(values[field]);
    if (parsed === undefined) issues.push({ path: field, message });
    numbers[field] = parsed ?? null;
  }
  return { numbers, issues };
}

/** A stored decimal as a person would type it: "28.3" → "28,3" in Swedish. */
export const decimalForInput = (value: string | null, language = 'sv'): string =>
  value === null ? '' : language === 'en' ? value : value.replace('.', ',');

/** A period's short name for column headers and comparisons: "VB 2014", "T2 2015". */
export const periodShortName = (period: { key: string; year: number }): string =>
  `${period.key} ${period.year}`;

export type GoalHeadingInput = {
  level: GoalLevel;
  number: string | null;
  title: string;
  heading: string | null;
};

/**
 * A goal's heading as the annual report prints it: its own heading ("KF:s inriktningsmål:") or
 * the level's, the number ("1." for a single number, "1.1" otherwise) and the title.
 */
export function goalHeading(goal: GoalHeadingInput, levelHeadings: Record<GoalLevel, string>) {
  const label = goal.heading?.trim() || levelHeadings[goal.level];
  const number = goal.number?.trim()
    ? goal.number.includes('.')
      ? goal.number.trim()
      : `${goal.number.trim()}.`
    : null;
  return [label, number, goal.title].filter(Boolean).join(' ');
}

/** A goal's number and title without the heading: "1.1 Alla barn …", "Stadens klimat…". */
export function goalShortName(goal: Pick<GoalHeadingInput, 'number' | 'title'>): string {
  return goal.number?.trim() ? `${goal.number.trim()} ${goal.title}` : goal.title;
}

/**
 * How deep each goal sits in the report's cascade (0 for the top), from its first parent that
 * is in the report; the report lists parents before their children.
 */
export function goalDepths(
  goals: readonly { id: string; parentIds: readonly string[] }[],
): Map<string, number> {
  const depths = new Map<string, number>();
  for (const goal of goals) {
    const parent = goal.parentIds.find((id) => depths.has(id));
    depths.set(goal.id, parent === undefined ? 0 : depths.get(parent)! + 1);
  }
  return depths;
}
