import { periodKind, type PeriodKind } from '#contracts/years.ts';
import { searchParser, searchYear } from '#web/lib/search.ts';

/** Which template the editor shows: a year and a kind of period. */
export type TemplatesSearch = { year?: number; kind?: PeriodKind };

const searchKind = (value: unknown): PeriodKind | undefined => {
  const parsed = periodKind.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

export const parseTemplatesSearch = searchParser<TemplatesSearch>({
  year: searchYear,
  kind: searchKind,
});
