import type { UnitAtDate } from '#contracts/org.ts';
import { forbidden } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import type { StoredVersion } from '../org/org.rules.ts';
import { can, type AnyPermission } from '../people/people.rules.ts';
import { yearNotFound } from '../years/years.errors.ts';
import { unitNotFound } from './economy.errors.ts';

type Deps = Pick<Repositories, 'org' | 'years'>;

export type EconomyScope = {
  yearId: string;
  year: number;
  /** the last day of the year: the unit is judged as it is (or last was) then */
  date: string;
  unit: { id: string; name: string; isResultUnit: boolean };
  ancestry: string[];
};

/** The version of a unit on `date`, or else the last one before it (a unit closed in the year). */
export function versionOn(versions: readonly StoredVersion[], date: string) {
  const started = versions.filter((v) => v.validFrom <= date);
  return (
    started.find((v) => v.validTo === null || v.validTo >= date) ?? started.at(-1) ?? versions[0]
  );
}

/**
 * The year, and the unit as it was at the end of it, for a caller who holds `permission` on the
 * unit (a grant on a unit covers everything below it); refuses everyone else.
 */
export async function economyScope(
  deps: Deps,
  principal: Principal,
  unitId: string,
  year: number,
  permission: AnyPermission,
): Promise<EconomyScope> {
  const found = await findScope(deps, principal.tenantId, unitId, year, (ancestry) => {
    if (!can(principal.grants, permission, ancestry)) throw forbidden();
  });
  if (found === 'no_year') throw yearNotFound();
  if (found === 'no_unit') throw unitNotFound();
  return found;
}

/** The scope, or what is missing; `check` sees the unit's ancestry before anything more is read. */
async function findScope(
  deps: Deps,
  tenantId: string,
  unitId: string,
  year: number,
  check: (ancestry: string[]) => void = () => {},
): Promise<EconomyScope | 'no_year' | 'no_unit'> {
  const yearId = await deps.years.yearId(tenantId, year);
  if (!yearId) return 'no_year';
  const date = `${year}-12-31`;
  const ancestry = await deps.org.ancestry(tenantId, unitId, date);
  if (ancestry.length === 0) return 'no_unit';
  check(ancestry);
  const version = versionOn(await deps.org.versionsOfUnits(tenantId, [unitId]), date)!;
  return {
    yearId,
    year,
    date,
    unit: { id: unitId, name: version.name, isResultUnit: version.isResultUnit },
    ancestry,
  };
}

/**
 * The year and the unit at its end without asking for any permission: for work the system does
 * on a writer's behalf (refreshing computed outcomes of the units above a changed economy).
 * Null when the year or the unit is not there.
 */
export async function systemScope(
  deps: Deps,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<EconomyScope | null> {
  const found = await findScope(deps, tenantId, unitId, year);
  return typeof found === 'string' ? null : found;
}

/** The unit and every unit below it in the tree. */
export function subtree(tree: readonly UnitAtDate[], unitId: string): UnitAtDate[] {
  const children = new Map<string, UnitAtDate[]>();
  for (const unit of tree) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  const byId = new Map(tree.map((unit) => [unit.id, unit]));
  const found: UnitAtDate[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const unit = byId.get(id);
    if (unit) found.push(unit);
    for (const child of children.get(id) ?? []) walk(child.id);
  };
  walk(unitId);
  return found;
}
