/** The page's address: `/efficiency?year=2015&unit=<id>&period=VB`. */
export type EfficiencySearch = { year?: number; unit?: string; period?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERIOD_KEY = /^[A-ZÅÄÖ0-9]{1,8}$/u;

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export function parseEfficiencySearch(search: Record<string, unknown>): EfficiencySearch {
  const parsed: EfficiencySearch = {};
  const year = typeof search.year === 'string' ? Number(search.year) : search.year;
  if (typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2199)
    parsed.year = year;
  if (typeof search.unit === 'string' && UUID.test(search.unit)) parsed.unit = search.unit;
  if (typeof search.period === 'string' && PERIOD_KEY.test(search.period))
    parsed.period = search.period;
  return parsed;
}
