import type { Direction } from '#contracts/assessment.ts';
import type { DisplayUnit } from '#contracts/economy.ts';
import type { TargetKind } from '#contracts/indicators.ts';
import { formatMoney, toOre } from '../economy/economy.money.ts';

/**
 * Swedish formats for documents, pure: "1 405,3" (U+00A0 between groups, a decimal comma, a real
 * minus sign), "28,3 kwh/kvm", "±1 %", ISO dates (2015-12-31) and long dates ("31 december
 * 2015"). Values travel as decimal strings and are formatted from the string, never through
 * binary floating point. A missing value is "Uppgift saknas", never a blank.
 */

export const MISSING = 'Uppgift saknas';
const NBSP = '\u00a0';

type Numeric = Intl.StringNumericLiteral;

/** The text, or "Uppgift saknas" when there is none (null, or only white space). */
export const orMissing = (text: string | null | undefined): string =>
  text === null || text === undefined || text.trim() === '' ? MISSING : text;

const fractionLength = (value: string) => value.split('.')[1]?.length ?? 0;

/** One formatter per (least, most) decimals: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatterOf(least: number, most: number): Intl.NumberFormat {
  const key = `${least}/${most}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: least,
      maximumFractionDigits: most,
    });
    formatters.set(key, made);
  }
  return made;
}

/** "94.18" → "94,18", "6700" → "6 700": at most `decimals` decimals, half away from zero. */
export function formatDecimal(value: string, decimals: number): string {
  return formatterOf(Math.min(fractionLength(value), decimals), decimals).format(value as Numeric);
}

export type Measure = { unit: string; decimals: number };

const withUnit = (text: string, unit: string) => (unit.trim() ? `${text}${NBSP}${unit}` : text);

/** "28.3" of kwh/kvm → "28,3 kwh/kvm"; "Uppgift saknas" without a value. */
export const formatValue = (value: string | null, measure: Measure): string =>
  value === null ? MISSING : withUnit(formatDecimal(value, measure.decimals), measure.unit);

export type TargetWords = { setByCommittee: string; cityAccounts: string };

/**
 * A target cell as the report prints it: a value with its unit, "±1 %" for an interval around 0,
 * or the words for a target set by the committee or reported in the city's accounts.
 */
export function formatTarget(
  target: { kind: TargetKind; value: string | null; tolerance: string | null } | null,
  indicator: Measure & { direction: Direction },
  words: TargetWords,
): string {
  if (target === null) return MISSING;
  if (target.kind === 'set_by_committee') return words.setByCommittee;
  if (target.kind === 'city_accounts') return words.cityAccounts;
  if (target.kind === 'none' || target.value === null) return MISSING;
  if (indicator.direction === 'within_interval' && target.tolerance !== null) {
    const decimals = Math.max(indicator.decimals, fractionLength(target.tolerance));
    const band = `±${formatDecimal(target.tolerance, decimals)}`;
    const centre = /^[+-]?0+(\.0+)?$/.test(target.value)
      ? ''
      : `${formatDecimal(target.value, decimals)}${NBSP}`;
    return withUnit(`${centre}${band}`, indicator.unit);
  }
  return withUnit(formatDecimal(target.value, indicator.decimals), indicator.unit);
}

export type MoneyShape = { unit: DisplayUnit; decimals: number };

/** Kronor ("1405300000.00") in the table's unit: "1 405,3"; "Uppgift saknas" without one. */
export const formatAmount = (kronor: string | null, shape: MoneyShape): string =>
  kronor === null ? MISSING : formatMoney(toOre(kronor), shape);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as the documents print it: 2015-12-31 ("Uppgift saknas" without one). */
export const formatIsoDate = (iso: string | null): string =>
  iso !== null && ISO.test(iso) ? iso : MISSING;

/** "31 december 2015". */
export function formatLongDate(iso: string): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Bokfört 151231": the booked outcome at a date, as the operating table heads it. */
export const bookedOn = (iso: string): string =>
  `Bokfört ${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}`;

/**
 * A file name people can keep: the words of the title with characters that file systems or
 * headers refuse replaced, at most 120 characters, and the format's ending.
 */
export function documentFileName(title: string, extension: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return `${cleaned || 'dokument'}.${extension}`;
}
