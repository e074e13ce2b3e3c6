import { forbidden } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { versionOn } from '../economy/economy.scope.ts';
import { can, type AnyPermission } from '../people/people.rules.ts';
import { unitNotFound } from './hr.errors.ts';

/**
 * The unit as it was at the end of the year, for a caller who holds `permission` on it (a grant
 * on a unit covers everything below it, as for the rest of a unit's report); refuses everyone
 * else. Staff figures and feedback need no budget year: last year's are shown beside this year's.
 */
export type UnitYearScope = {
  year: number;
  date: string;
  unit: { id: string; name: string };
  ancestry: string[];
};

export async function unitYearScope(
  deps: Pick<Repositories, 'org'>,
  principal: Principal,
  unitId: string,
  year: number,
  permission: AnyPermission,
): Promise<UnitYearScope> {
  const date = `${year}-12-31`;
  const ancestry = await deps.org.ancestry(principal.tenantId, unitId, date);
  if (ancestry.length === 0) throw unitNotFound();
  if (!can(principal.grants, permission, ancestry)) throw forbidden();
  const version = versionOn(await deps.org.versionsOfUnits(principal.tenantId, [unitId]), date)!;
  return { year, date, unit: { id: unitId, name: version.name }, ancestry };
}
