import type { BudgetYear } from '#contracts/years.ts';
import { searchId, searchParser, searchYear } from '#web/lib/search.ts';

/**
 * Which cascade the goals page shows: a year, and optionally a goal ("down") and a unit ("up");
 * the period whose statuses it shows (default: the period due, as the follow-up's).
 */
export type GoalsSearch = { year?: number; goal?: string; unit?: string; period?: string };

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export const parseGoalsSearch = searchParser<GoalsSearch>({
  year: searchYear,
  goal: searchId,
  unit: searchId,
  period: searchId,
});

/** This year if it is there; else the latest year before it; else the earliest after it. */
export function defaultYear(years: readonly BudgetYear[], today: string): number | undefined {
  const current = Number(today.slice(0, 4));
  const numbers = years.map((y) => y.year).sort((a, b) => a - b);
  if (numbers.includes(current)) return current;
  return numbers.filter((y) => y < current).at(-1) ?? numbers[0];
}
