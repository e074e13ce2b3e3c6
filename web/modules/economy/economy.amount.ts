/**
 * Amounts typed in a form, in the table's unit (mnkr, tkr, kr) the way a Swedish controller
 * writes them ("1 234,5", "−0,25"), turned into the contract's money: kronor with öre as a plain
 * decimal string ("1234500000.00"). Done on the digits in öre (BigInt), never through binary
 * floating point, so that what is typed is what is stored.
 */
import type { MoneyUnit } from '#web/lib/money.ts';
import { parseKronor } from '#web/lib/money.ts';

/** Öre per unit typed: 1 kr = 100 öre, 1 tkr = 100 000 öre, 1 mnkr = 100 000 000 öre. */
const orePerUnit: Record<MoneyUnit, bigint> = { kr: 100n, tkr: 100_000n, mnkr: 100_000_000n };

/** The contract's money has at most 15 digits of kronor. */
const MAX_ORE = 10n ** 17n - 1n;

export type AmountProblem = 'format' | 'precision' | 'too_large';

export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'amount'; kronor: string }
  | { kind: 'problem'; problem: AmountProblem };

/**
 * A minus as typed or as printed (U+2212), the whole kronor either plain or in groups of three
 * split by a space (also U+00A0 and U+202F, as numbers are copied from reports), and a decimal
 * comma (or point).
 */
const TYPED = /^([-\u2212])?\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$/;

/** Öre as the contract's kronor string: 123456n → "1234.56". */
export function oreToKronor(ore: bigint): string {
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${magnitude / 100n}.${fraction}`;
}

/**
 * "1 234,5" in mnkr → "1234500000.00". Empty text is `empty`; text that is no number, or that
 * has more decimals than öre allow in the unit (0,001 kr), or more than 15 digits of kronor, is
 * a problem.
 */
export function parseAmount(text: string, unit: MoneyUnit): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = TYPED.exec(trimmed);
  if (!match) return { kind: 'problem', problem: 'format' };
  const [, minus, grouped, fraction = ''] = match;
  const whole = grouped!.replace(/\D/g, '');
  const perUnit = orePerUnit[unit];
  const scale = 10n ** BigInt(fraction.length);
  const fractionOre = BigInt(fraction || '0') * perUnit;
  if (fractionOre % scale !== 0n) return { kind: 'problem', problem: 'precision' };
  const ore = BigInt(whole) * perUnit + fractionOre / scale;
  if (ore > MAX_ORE) return { kind: 'problem', problem: 'too_large' };
  return { kind: 'amount', kronor: oreToKronor(minus && ore !== 0n ? -ore : ore) };
}

/**
 * Kronor as it is typed in the unit, exactly (no rounding, no grouping, trailing zeros left
 * out): "27700000.00" in mnkr → "27,7"; "-12.50" in kr → "-12,5". The text back when it is no
 * amount.
 */
export function amountInput(kronor: string | null, unit: MoneyUnit): string {
  if (kronor === null) return '';
  const ore = parseKronor(kronor);
  if (ore === null) return kronor;
  const perUnit = orePerUnit[unit];
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const digits = perUnit.toString().length - 1;
  const fraction = (magnitude % perUnit).toString().padStart(digits, '0').replace(/0+$/, '');
  const whole = (magnitude / perUnit).toString();
  return `${negative ? '-' : ''}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** The sum of amounts in kronor, exactly; null when there are none. */
export function sumKronor(amounts: readonly string[]): string | null {
  if (amounts.length === 0) return null;
  let ore = 0n;
  for (const amount of amounts) ore += parseKronor(amount) ?? 0n;
  return oreToKronor(ore);
}

/**
 * A percentage typed with a decimal comma ("10", "94,18") as the contract's percent string
 * ("94.18"): at most six digits and four decimals.
 */
export function parsePercent(
  text: string,
): { kind: 'empty' } | { kind: 'percent'; value: string } | { kind: 'problem' } {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, '').replace('\u2212', '-');
  if (compact === '') return { kind: 'empty' };
  const match = /^(-?\d{1,6})(?:[,.](\d{1,4}))?$/.exec(compact);
  if (!match) return { kind: 'problem' };
  return { kind: 'percent', value: match[2] ? `${match[1]}.${match[2]}` : match[1]! };
}

/** A stored percent string as typed in Swedish: "94.18" → "94,18". */
export const percentInput = (value: string | null): string => (value ?? '').replace('.', ',');
