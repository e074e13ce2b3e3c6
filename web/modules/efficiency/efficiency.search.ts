import { searchId, searchParser, searchPeriodKey, searchYear } from '#web/lib/search.ts';

/** The page's address: `/efficiency?year=2015&unit=<id>&period=VB`. */
export type EfficiencySearch = { year?: number; unit?: string; period?: string };

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export const parseEfficiencySearch = searchParser<EfficiencySearch>({
  year: searchYear,
  unit: searchId,
  period: searchPeriodKey,
});
