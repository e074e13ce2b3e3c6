import type { Grant } from '#contracts/people.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { searchId, searchParser, searchPeriodKey, searchYear } from '#web/lib/search.ts';
import { grantedUnits } from '#web/modules/followup/followup.selection.ts';

/** The economy pages' address: `/economy?year=2015&unit=<id>`, `/economy/rollup?year=2015&period=T2`. */
export type EconomySearch = { year?: number; unit?: string };
export type EconomyRollUpSearch = { year?: number; period?: string };

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export const parseEconomySearch = searchParser<EconomySearch>({ year: searchYear, unit: searchId });

export const parseEconomyRollUpSearch = searchParser<EconomyRollUpSearch>({
  year: searchYear,
  period: searchPeriodKey,
});

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
