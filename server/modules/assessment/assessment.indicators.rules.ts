import type {
  GenderGap,
  IndicatorAttainment,
  IndicatorAttainmentInput,
  IndicatorStatus,
  Trend,
} from '#contracts/assessment.ts';

/**
 * Published rules, part 1: one indicator against its target (docs/assessment-rules.md §1).
 * Values arrive as PostgreSQL `numeric` text and are compared exactly: a scaled BigInt, so that
 * "1" against a tolerance of "1" is met and "1.0000001" is not, whatever binary floating point
 * would make of them.
 */

/** An exact decimal: `units` × 10^−`scale` ("-94.18" → { units: -9418n, scale: 2 }). */
export type Decimal = { readonly units: bigint; readonly scale: number };

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parses a decimal as PostgreSQL prints it; anything else (NaN, Infinity, "1e3", "") is refused. */
export function parseDecimal(text: string): Decimal {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole! + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

/** Both values' units at the larger of their two scales. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.units * 10n ** BigInt(scale - a.scale),
    b.units * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

const absDecimal = (a: Decimal): Decimal => (a.units < 0n ? { ...a, units: -a.units } : a);

/** Prints with exactly `scale` decimals, like PostgreSQL: { -150n, 2 } → "-1.50"; zero is unsigned. */
export function formatDecimal(a: Decimal): string {
  const digits = (a.units < 0n ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const whole = digits.slice(0, digits.length - a.scale);
  const fraction = a.scale > 0 ? `.${digits.slice(digits.length - a.scale)}` : '';
  return `${a.units < 0n ? '-' : ''}${whole}${fraction}`;
}

/**
 * numerator / denominator × 100, rounded half up to one decimal, for display. Both must be
 * positive (the callers make sure); the division is exact until the last digit.
 */
function percentOf(numerator: Decimal, denominator: Decimal): number {
  const [n, d] = aligned(numerator, denominator);
  const tenthsOfPercent = (2n * 1000n * n + d) / (2n * d);
  return Number(tenthsOfPercent) / 10;
}

const parsed = (text: string | null): Decimal | null => (text === null ? null : parseDecimal(text));
const ZERO: Decimal = { units: 0n, scale: 0 };

type Values = {
  direction: IndicatorAttainmentInput['direction'];
  outcome: Decimal | null;
  target: Decimal | null;
  tolerance: Decimal;
  previous: Decimal | null;
};

/** Met: higher → outcome ≥ target; lower → outcome ≤ target; within → |outcome − target| ≤ tolerance. */
function meets(v: Values, outcome: Decimal, target: Decimal): boolean {
  switch (v.direction) {
    case 'higher_is_better':
      return compareDecimal(outcome, target) >= 0;
    case 'lower_is_better':
      return compareDecimal(outcome, target) <= 0;
    case 'within_interval':
      return compareDecimal(absDecimal(subtractDecimal(outcome, target)), v.tolerance) <= 0;
  }
}

function statusOf(v: Values, targetSetElsewhere: boolean): IndicatorStatus {
  // Without a target there is nothing to judge here; an outcome alone is no evidence either way.
  if (v.target === null) return 'no_target';
  // A missing outcome is a gap the reporter should fill, unless the outcome is reported (and
  // judged) elsewhere, such as in the city's annual accounts.
  if (v.outcome === null) return targetSetElsewhere ? 'no_target' : 'no_outcome';
  return meets(v, v.outcome, v.target) ? 'met' : 'not_met';
}

/** Always "above 100 is better than the target", so the two directions read alike. */
function percentOfTargetOf(v: Values): number | null {
  const { outcome, target } = v;
  if (outcome === null || target === null || compareDecimal(target, ZERO) <= 0) return null;
  switch (v.direction) {
    case 'higher_is_better':
      return compareDecimal(outcome, ZERO) < 0 ? null : percentOf(outcome, target);
    case 'lower_is_better':
      return compareDecimal(outcome, ZERO) <= 0 ? null : percentOf(target, outcome);
    case 'within_interval':
      // How far from the middle of a band is not a share of anything.
      return null;
  }
}

/** Better / worse than the previous outcome; within an interval, closer to the target is better. */
function trendOf(v: Values): Trend | null {
  const { outcome, previous, target } = v;
  if (outcome === null || previous === null) return null;
  let change: number;
  switch (v.direction) {
    case 'higher_is_better':
      change = compareDecimal(outcome, previous);
      break;
    case 'lower_is_better':
      change = compareDecimal(previous, outcome);
      break;
    case 'within_interval':
      if (target === null) return null;
      change = compareDecimal(
        absDecimal(subtractDecimal(previous, target)),
        absDecimal(subtractDecimal(outcome, target)),
      );
      break;
  }
  return change > 0 ? 'better' : change < 0 ? 'worse' : 'unchanged';
}

function genderGapOf(women: string | null, men: string | null): GenderGap | null {
  const [w, m] = [parsed(women), parsed(men)];
  if (women === null || men === null || w === null || m === null) return null;
  return { women, men, difference: formatDecimal(subtractDecimal(w, m)) };
}

/**
 * How one indicator stands against its target for the period. Malformed numbers and a negative
 * tolerance throw a RangeError: the boundary validates them, so here they are a programming error.
 * A within_interval indicator without a tolerance must hit its target exactly.
 */
export function indicatorAttainment(input: IndicatorAttainmentInput): IndicatorAttainment {
  const tolerance = parsed(input.tolerance) ?? ZERO;
  if (compareDecimal(tolerance, ZERO) < 0)
    throw new RangeError(`tolerance must not be negative: ${input.tolerance}`);
  const values: Values = {
    direction: input.direction,
    outcome: parsed(input.outcome),
    target: parsed(input.target),
    tolerance,
    previous: parsed(input.previousOutcome),
  };
  return {
    status: statusOf(values, input.targetSetElsewhere ?? false),
    percentOfTarget: percentOfTargetOf(values),
    trend: trendOf(values),
    genderGap: genderGapOf(input.outcomeWomen, input.outcomeMen),
  };
}
