/**
 * Formats for Swedish civil servants: ISO dates (2007-01-01), long dates ("1 januari 2007"),
 * numbers with a space as thousands separator and a decimal comma, times in Stockholm time.
 * Pure functions of a locale, so they are tested without a browser.
 */

export type Language = 'sv' | 'en';

export const TIME_ZONE = 'Europe/Stockholm';

/** The Intl locale of a UI language. */
export const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'sv-SE');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date in the form YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "1 januari 2007" (sv) or "1 January 2007" (en); anything not a date is returned as is. */
export function formatLongDate(iso: string, language: string = 'sv'): string {
  if (!isIsoDate(iso)) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(iso));
}

/** The calendar date of an instant in Stockholm, as YYYY-MM-DD. */
export function isoDateIn(instant: Date, timeZone: string = TIME_ZONE): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(instant);
}

/** Today in Stockholm. */
export const todayIso = (now: Date = new Date()): string => isoDateIn(now);

/** The ISO date `days` days after (or before, if negative) the given one. */
export function addDays(iso: string, days: number): string {
  const date = utcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A timestamp in Stockholm time: "2024-01-15 13:05" (sv) or "15 Jan 2024, 13:05" (en). */
export function formatDateTime(timestamp: string, language: string = 'sv'): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  if (language !== 'en') {
    const time = new Intl.DateTimeFormat('sv-SE', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    }).format(instant);
    return `${isoDateIn(instant)} ${time}`;
  }
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(instant);
}

/** 1405.3 → "1 405,3" (sv); `decimals` fixes the number of decimals. */
export function formatNumber(value: number, language: string = 'sv', decimals?: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals ?? 3,
  }).format(value);
}

/** "A, B och C" (sv) or "A, B and C" (en). */
export function formatList(items: string[], language: string = 'sv'): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
