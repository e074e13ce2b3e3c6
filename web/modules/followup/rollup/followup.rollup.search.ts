import { rollUpLevels } from '#contracts/followup.ts';
import { searchId, searchParser } from '#web/lib/search.ts';
import type { RollUpLevel } from './followup.rollup.api.ts';
import { isRollUpSort, type RollUpSort } from './followup.rollup.view.ts';

/** The roll-up page's address: `/rollup?period=<id>&level=committee&only=true&sort=weakest`. */
export type RollUpSearch = {
  period?: string;
  level?: RollUpLevel;
  only?: boolean;
  sort?: RollUpSort;
};

export const isLevel = (value: unknown): value is RollUpLevel =>
  typeof value === 'string' && (rollUpLevels as readonly string[]).includes(value);

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export const parseRollUpSearch = searchParser<RollUpSearch>({
  period: searchId,
  level: (value) => (isLevel(value) ? value : undefined),
  only: (value) => (value === true || value === 'true' ? true : undefined),
  sort: (value) => (isRollUpSort(value) ? value : undefined),
});

/** An activity's page: `/activities/<id>?period=<id>`. */
export const parseActivitySearch = searchParser<{ period?: string }>({ period: searchId });
