/**
 * Money as the economy API sends it: kronor as a plain decimal string with at most two decimals
 * ("1405300000.00", "-12.5"). Shown in a table's unit (kr, tkr, mnkr) with its number of
 * decimals, rounded half away from zero (docs/economy-formulas.md), in Swedish form: U+00A0
 * between groups of three digits, a decimal comma and a real minus sign (U+2212): "1 405,3",
 * "−78,1". Everything is done on the digits in öre (BigInt), never in binary floating point; the
 * only float is `moneyToNumber`, for placing a bar on a chart.
 */

export type MoneyUnit = 'kr' | 'tkr' | 'mnkr';

const MONEY = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Öre per unit shown: 1 kr = 100 öre, 1 tkr = 100 000 öre, 1 mnkr = 100 000 000 öre. */
const orePerUnit: Record<MoneyUnit, bigint> = { kr: 100n, tkr: 100_000n, mnkr: 100_000_000n };

/** "-12.5" → −1250n öre; null when the text is not a kronor amount. */
export function parseKronor(kronor: string): bigint | null {
  const match = MONEY.exec(kronor.trim());
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  const ore = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return minus ? -ore : ore;
}

/**
 * The amount in the unit, rounded half away from zero to `decimals`, as a count of the last
 * decimal: 140 530 000 000 öre in mnkr with 1 decimal → 14053n (1 405,3).
 */
export function roundToUnit(ore: bigint, unit: MoneyUnit, decimals: number): bigint {
  const divisor = orePerUnit[unit] / 10n ** BigInt(decimals);
  if (divisor === 0n) throw new RangeError(`too many decimals for ${unit}: ${decimals}`);
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const quotient = magnitude / divisor;
  const rounded = (magnitude % divisor) * 2n >= divisor ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

type Style = { group: string; decimal: string; minus: string };

const styles: Record<'sv' | 'en', Style> = {
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

const grouped = (digits: string, separator: string) =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

export type MoneyFormat = { unit?: MoneyUnit; decimals?: number; language?: string };

/**
 * Kronor shown in the unit: "1405300000.00" → "1 405,3" (mnkr, one decimal). A value that
 * rounds to zero has no minus sign. Returns the text unchanged when it is not an amount.
 */
export function formatMoney(kronor: string, format: MoneyFormat = {}): string {
  const { unit = 'mnkr', decimals = 1, language = 'sv' } = format;
  const ore = parseKronor(kronor);
  if (ore === null) return kronor;
  const style = styles[language === 'en' ? 'en' : 'sv'];
  const scaled = roundToUnit(ore, unit, decimals);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? style.decimal + digits.slice(digits.length - decimals) : '';
  return `${negative ? style.minus : ''}${grouped(whole, style.group)}${fraction}`;
}

/** The amount in the unit as a float, for drawing only (a bar's length); never for sums. */
export function moneyToNumber(kronor: string, unit: MoneyUnit = 'mnkr'): number | null {
  const ore = parseKronor(kronor);
  if (ore === null) return null;
  return Number(ore) / Number(orePerUnit[unit]);
}

/** Whether the amount is below, at or above zero (a deviation's direction), exactly. */
export function signOf(kronor: string): -1 | 0 | 1 {
  const ore = parseKronor(kronor);
  if (ore === null || ore === 0n) return 0;
  return ore < 0n ? -1 : 1;
}
