import type { DisplayUnit, Money } from '#contracts/economy.ts';

/**
 * Exact money. Amounts are öre in a BigInt; nothing here uses floating point. Rounding happens
 * only when a figure is formatted for people, half away from zero (1,25 → 1,3; −1,25 → −1,3),
 * the rule of Intl's sv-SE number format and of the printed reports; sums, differences and checks
 * always use the unrounded öre.
 */

export const ORE_PER_UNIT: Readonly<Record<DisplayUnit, bigint>> = {
  kr: 100n,
  tkr: 100_000n,
  mnkr: 100_000_000n,
};

/** How many decimals of a unit one öre is: kr 2, tkr 5, mnkr 8. */
export const ORE_DECIMALS: Readonly<Record<DisplayUnit, number>> = { kr: 2, tkr: 5, mnkr: 8 };

/** The largest amount handled: 10^15 kr − 1 öre, what the contract's 15 integer digits allow. */
export const MAX_ORE = 10n ** 17n - 1n;

export type MoneyParseErrorCode =
  | 'empty'
  | 'invalid_character'
  | 'misplaced_sign'
  | 'mixed_decimal_marks'
  | 'several_decimal_marks'
  | 'bad_grouping'
  | 'missing_digits'
  | 'too_precise'
  | 'too_large';

export type MoneyParse =
  { ok: true; ore: bigint } | { ok: false; code: MoneyParseErrorCode; message: string };

export class MoneyError extends Error {
  constructor(
    readonly code: MoneyParseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** Hyphen-minus, minus sign (U+2212) and en dash (U+2013, used as minus in typeset reports). */
const MINUS = new Set(['-', '\u2212', '\u2013']);
/** Space, no-break space, narrow no-break space, thin space: the thousands separators. */
const GROUP = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const TRIM = /^[\s\u00a0\u202f\u2009]+|[\s\u00a0\u202f\u2009]+$/g;

const fail = (code: MoneyParseErrorCode, message: string): MoneyParse => ({
  ok: false,
  code,
  message,
});

const named = (char: string) =>
  `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * Reads an amount written in `unit` (default kr) into öre. Accepts the Swedish form
 * ("1 405,3", "−85,2", any of space, U+00A0, U+202F or U+2009 between groups of three digits)
 * and the plain form ("1405.3", "-85.2"). A point and a comma are both decimal marks, never
 * thousands separators; an amount may not have more decimals than öre allow in its unit.
 */
export function parseAmount(text: string, unit: DisplayUnit = 'kr'): MoneyParse {
  let rest = text.replace(TRIM, '');
  if (rest === '') return fail('empty', 'the amount is empty');

  let negative = false;
  const first = rest[0]!;
  if (MINUS.has(first) || first === '+') {
    negative = first !== '+';
    rest = rest.slice(1).replace(TRIM, '');
  }
  for (const [index, char] of [...rest].entries()) {
    if (MINUS.has(char) || char === '+')
      return fail('misplaced_sign', `the sign ${named(char)} may only come first`);
    if (!/[0-9.,]/.test(char) && !GROUP.has(char))
      return fail(
        'invalid_character',
        `${named(char)} at position ${index + 1} is not part of an amount`,
      );
  }
  const points = rest.split('.').length - 1;
  const commas = rest.split(',').length - 1;
  if (points > 0 && commas > 0)
    return fail(
      'mixed_decimal_marks',
      'the amount has both "." and ","; write 1405.3 or 1 405,3 (thousands are separated by spaces)',
    );
  if (points + commas > 1)
    return fail(
      'several_decimal_marks',
      `the amount has ${points + commas} decimal marks; "." and "," mark decimals, spaces separate thousands`,
    );
  const [integerPart, fraction = ''] = rest.split(/[.,]/) as [string, string?];
  if (integerPart === '' || (points + commas === 1 && fraction === ''))
    return fail('missing_digits', 'there must be digits on both sides of the decimal mark');
  if ([...fraction].some((char) => GROUP.has(char)))
    return fail('bad_grouping', 'the decimals must not contain spaces');

  const groups = integerPart.split(/[ \u00a0\u202f\u2009]/);
  if (groups.length > 1 && !groups.every((g, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g)))
    return fail(
      'bad_grouping',
      'thousands must be separated by a single space between groups of three digits, as in 1 405 300',
    );
  if (fraction.length > ORE_DECIMALS[unit])
    return fail(
      'too_precise',
      `an amount in ${unit} has at most ${ORE_DECIMALS[unit]} decimals (one öre); this has ${fraction.length}`,
    );

  const digits = groups.join('') + fraction.padEnd(ORE_DECIMALS[unit], '0');
  const magnitude = BigInt(digits);
  if (magnitude > MAX_ORE)
    return fail('too_large', 'the amount is larger than 999 999 999 999 999,99 kr');
  return { ok: true, ore: negative ? -magnitude : magnitude };
}

/** Like `parseAmount`, for amounts that must be valid (fixtures, already validated input). */
export function parseAmountOrThrow(text: string, unit: DisplayUnit = 'kr'): bigint {
  const parsed = parseAmount(text, unit);
  if (!parsed.ok) throw new MoneyError(parsed.code, `${JSON.stringify(text)}: ${parsed.message}`);
  return parsed.ore;
}

/** A contract amount (kronor, plain decimal string) in öre. */
export const toOre = (money: Money): bigint => parseAmountOrThrow(money, 'kr');

/** Öre as a contract amount: kronor with exactly two decimals, e.g. "1405300000.00". */
export const toMoney = (ore: bigint): Money => toDecimalString(ore, 'kr', 2);

/** Öre expressed in `unit`, exact (no rounding): trailing zeros are kept down to `minDecimals`. */
export function toDecimalString(ore: bigint, unit: DisplayUnit, minDecimals = 0): string {
  const places = ORE_DECIMALS[unit];
  const magnitude = (ore < 0n ? -ore : ore).toString().padStart(places + 1, '0');
  const integerPart = magnitude.slice(0, magnitude.length - places);
  let fraction = magnitude.slice(magnitude.length - places);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const sign = ore < 0n ? '-' : '';
  return fraction === '' ? `${sign}${integerPart}` : `${sign}${integerPart}.${fraction}`;
}

/** `numerator / denominator` rounded half away from zero; the denominator must be positive. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('the denominator must be positive');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** The amount as it is shown in `unit` with `decimals` decimals, still in öre (for display). */
export function roundForDisplay(ore: bigint, unit: DisplayUnit, decimals: number): bigint {
  const step = ORE_PER_UNIT[unit] / 10n ** BigInt(Math.min(decimals, ORE_DECIMALS[unit]));
  return divideRounded(ore, step) * step;
}

export type Separator = 'nbsp' | 'narrow';
const SEPARATOR: Record<Separator, string> = { nbsp: '\u00a0', narrow: '\u202f' };

export interface FormatOptions {
  /** default mnkr */
  unit?: DisplayUnit;
  /** default 1 */
  decimals?: number;
  /** thousands separator: U+00A0 (default, as Intl's sv-SE) or U+202F */
  separator?: Separator;
  /** minus sign: U+2212 (default, as Intl's sv-SE) or "-" */
  minus?: 'minus' | 'hyphen';
}

/** Swedish digits: groups of three joined by the separator, a comma before the decimals. */
function swedishDigits(scaled: bigint, decimals: number, options: FormatOptions): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, SEPARATOR[options.separator ?? 'nbsp']);
  const fraction = decimals > 0 ? `,${digits.slice(digits.length - decimals)}` : '';
  const minus = options.minus === 'hyphen' ? '-' : '\u2212';
  return `${negative ? minus : ''}${grouped}${fraction}`;
}

/**
 * Öre in Swedish form, e.g. 140530000000n → "1 405,3" (mnkr, one decimal), rounded half away
 * from zero. A value that rounds to zero has no minus sign.
 */
export function formatMoney(ore: bigint, options: FormatOptions = {}): string {
  const unit = options.unit ?? 'mnkr';
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8)
    throw new RangeError('decimals must be an integer from 0 to 8');
  const scaled = divideRounded(ore * 10n ** BigInt(decimals), ORE_PER_UNIT[unit]);
  return swedishDigits(scaled, decimals, options);
}

export const sumOre = (values: Iterable<bigint>): bigint => {
  let total = 0n;
  for (const value of values) total += value;
  return total;
};

export const absOre = (value: bigint): bigint => (value < 0n ? -value : value);

/** An exact fraction; the denominator is always positive. */
export interface Ratio {
  numerator: bigint;
  denominator: bigint;
}

/** numerator / denominator, or null when the denominator is zero. */
export function ratio(numerator: bigint, denominator: bigint): Ratio | null {
  if (denominator === 0n) return null;
  return denominator < 0n
    ? { numerator: -numerator, denominator: -denominator }
    : { numerator, denominator };
}

/** The ratio in percent, rounded half away from zero to `decimals`, scaled by 10^decimals. */
export const percentScaled = (value: Ratio, decimals: number): bigint =>
  divideRounded(value.numerator * 100n * 10n ** BigInt(decimals), value.denominator);

/** The ratio in percent as a plain decimal string, e.g. "94.17" (half away from zero). */
export function percentString(value: Ratio, decimals = 2): string {
  const scaled = percentScaled(value, decimals);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${scaled < 0n ? '-' : ''}${integerPart}${fraction}`;
}

/** The ratio in percent, Swedish form: "94,17 %" (a no-break space before the sign). */
export function formatPercent(
  value: Ratio,
  options: Omit<FormatOptions, 'unit'> & { decimals?: number } = {},
): string {
  const decimals = options.decimals ?? 2;
  return `${swedishDigits(percentScaled(value, decimals), decimals, options)}\u00a0%`;
}

/** Compares two ratios exactly: negative, zero or positive as a < b, a = b, a > b. */
export const compareRatios = (a: Ratio, b: Ratio): number => {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
};
