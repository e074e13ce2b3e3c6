import type { z } from 'zod';
import { id } from '#contracts/common.ts';
import { periodKey, year } from '#contracts/years.ts';

/**
 * The pages' addresses (`?year=2015&unit=<id>`) read with the contracts' own schemas, so that
 * the web keeps exactly what the server would accept. A value that does not parse is dropped
 * and the page falls back to its default.
 */

const valid = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** A search value is a string in the address bar and a number or string when set in code. */
export const searchId = (value: unknown): string | undefined => valid(id, value);
export const searchYear = (value: unknown): number | undefined =>
  valid(year, typeof value === 'string' && value.trim() !== '' ? Number(value) : value);
export const searchPeriodKey = (value: unknown): string | undefined => valid(periodKey, value);

export type SearchReaders<S> = { [K in keyof S]-?: (value: unknown) => S[K] | undefined };

/** A route's `validateSearch`: each field read by its reader; only the fields that read stay. */
export function searchParser<S extends Record<string, unknown>>(readers: SearchReaders<S>) {
  return (search: Record<string, unknown>): S => {
    const parsed: Partial<S> = {};
    for (const key of Object.keys(readers) as (keyof S & string)[]) {
      const value = readers[key](search[key]);
      if (value !== undefined) parsed[key] = value;
    }
    return parsed as S;
  };
}

/** A page that reads its address and asks the route to change it. */
export type SearchProps<S> = { search: S; onSearch: (search: S) => void };
