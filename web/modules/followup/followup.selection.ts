import type { UnitAtDate } from '#contracts/org.ts';
import type { Grant } from '#contracts/people.ts';
import type { BudgetYear, Period } from '#contracts/years.ts';
import { searchId, searchParser, searchYear } from '#web/lib/search.ts';
import { unitOptions, type UnitOption } from '../org/org.tree.ts';

/**
 * Which report the follow-up page shows: the year, period and unit in the address, or the
 * defaults (the latest year, the period whose deadline is next, the user's first granted unit).
 */
export type FollowupSearch = { year?: number; period?: string; unit?: string };

/** Only well-formed values get into the search; anything else falls back to the defaults. */
export const parseFollowupSearch = searchParser<FollowupSearch>({
  year: searchYear,
  period: searchId,
  unit: searchId,
});

const byPosition = (a: Period, b: Period) => a.position - b.position;

/**
 * The period whose deadline is next (today counts); when every deadline has passed, the last
 * period of the year (its annual report).
 */
export function defaultPeriod(periods: readonly Period[], today: string): Period | undefined {
  const sorted = [...periods].sort(byPosition);
  const upcoming = sorted
    .filter((p) => p.deadline !== null && p.deadline >= today)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!));
  return upcoming[0] ?? sorted.at(-1);
}

/** The units the user holds a role on, once each, in the order the roles were given. */
export function grantedUnits(grants: readonly Grant[]): { id: string; name: string }[] {
  const seen = new Set<string>();
  const units: { id: string; name: string }[] = [];
  for (const grant of grants) {
    if (grant.unitId === null || seen.has(grant.unitId)) continue;
    seen.add(grant.unitId);
    units.push({ id: grant.unitId, name: grant.unitName ?? grant.unitId });
  }
  return units;
}

export type Selection = { year?: BudgetYear; period?: Period; unitId?: string };

export function resolveSelection(
  years: readonly BudgetYear[],
  search: FollowupSearch,
  grants: readonly Grant[],
  today: string,
): Selection {
  const unitId = search.unit ?? grantedUnits(grants)[0]?.id;
  for (const year of years) {
    const period = year.periods.find((p) => p.id === search.period);
    if (period) return { year, period, unitId };
  }
  const latest = [...years].sort((a, b) => b.year - a.year)[0];
  const year = years.find((y) => y.year === search.year) ?? latest;
  return { year, period: year && defaultPeriod(year.periods, today), unitId };
}

export type UnitChoices = { granted: UnitOption[]; tree: UnitOption[] };

/**
 * The unit picker's options: the user's own units first (those that exist at the date), then
 * the whole organisation as an indented tree.
 */
export function unitChoices(grants: readonly Grant[], units: readonly UnitAtDate[]): UnitChoices {
  const tree = unitOptions(units);
  const byId = new Map(tree.map((u) => [u.id, u]));
  const granted = grantedUnits(grants).flatMap((unit) => {
    const inTree = byId.get(unit.id);
    return inTree ? [{ ...inTree, label: inTree.name, depth: 0 }] : [];
  });
  return { granted, tree };
}
