import type { Grant } from '#contracts/people.ts';
import type { BudgetYear } from '#contracts/periods.ts';
import { grantedUnits } from '#web/modules/followup/followup.selection.ts';

/** The economy pages' address: `/economy?year=2015&unit=<id>`, `/economy/rollup?year=2015&period=T2`. */
export type EconomySearch = { year?: number; unit?: string };
export type EconomyRollUpSearch = { year?: number; period?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERIOD_KEY = /^[A-ZÅÄÖ0-9]{1,8}$/u;

function yearOf(value: unknown): number | undefined {
  const year = typeof value === 'string' ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2199
    ? year
    : undefined;
}

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export function parseEconomySearch(search: Record<string, unknown>): EconomySearch {
  const parsed: EconomySearch = {};
  const year = yearOf(search.year);
  if (year !== undefined) parsed.year = year;
  if (typeof search.unit === 'string' && UUID.test(search.unit)) parsed.unit = search.unit;
  return parsed;
}

export function parseEconomyRollUpSearch(search: Record<string, unknown>): EconomyRollUpSearch {
  const parsed: EconomyRollUpSearch = {};
  const year = yearOf(search.year);
  if (year !== undefined) parsed.year = year;
  if (typeof search.period === 'string' && PERIOD_KEY.test(search.period))
    parsed.period = search.period;
  return parsed;
}

/**
 * The year shown: the one asked for when it exists, else the latest budget year (`years` come
 * newest first); undefined when there is none.
 */
export function chosenYear(years: readonly BudgetYear[], asked: number | undefined) {
  return years.find((y) => y.year === asked) ?? years[0];
}

/** The unit shown: the one asked for, else the user's first unit with a role. */
export const chosenUnit = (asked: string | undefined, grants: readonly Grant[]) =>
  asked ?? grantedUnits(grants)[0]?.id;
