import type { BudgetYear } from '#contracts/periods.ts';

/** Which cascade the goals page shows: a year, and optionally a goal ("down") and a unit ("up"). */
export type GoalsSearch = { year?: number; goal?: string; unit?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value);

export function parseYear(value: unknown): number | undefined {
  const year = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2199
    ? year
    : undefined;
}

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export function parseGoalsSearch(search: Record<string, unknown>): GoalsSearch {
  const parsed: GoalsSearch = {};
  const year = parseYear(search.year);
  if (year !== undefined) parsed.year = year;
  if (isUuid(search.goal)) parsed.goal = search.goal;
  if (isUuid(search.unit)) parsed.unit = search.unit;
  return parsed;
}

/** This year if it is there; else the latest year before it; else the earliest after it. */
export function defaultYear(years: readonly BudgetYear[], today: string): number | undefined {
  const current = Number(today.slice(0, 4));
  const numbers = years.map((y) => y.year).sort((a, b) => a - b);
  if (numbers.includes(current)) return current;
  return numbers.filter((y) => y < current).at(-1) ?? numbers[0];
}
