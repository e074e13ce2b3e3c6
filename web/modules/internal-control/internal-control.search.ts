import { searchId, searchParser, searchYear } from '#web/lib/search.ts';

/** The page's address: `/internal-control?year=2015&unit=<id>`. */
export type InternalControlSearch = { year?: number; unit?: string };

export const parseInternalControlSearch = searchParser<InternalControlSearch>({
  year: searchYear,
  unit: searchId,
});

/** The overview's address: `/internal-control/overview?year=2015&unit=<id>&min=8&deviations=1`. */
export type OverviewSearch = { year?: number; unit?: string; min?: number; deviations?: number };

const smallNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 16 ? n : undefined;
};

export const parseOverviewSearch = searchParser<OverviewSearch>({
  year: searchYear,
  unit: searchId,
  min: smallNumber,
  deviations: (value) => (value === 1 || value === '1' ? 1 : undefined),
});
