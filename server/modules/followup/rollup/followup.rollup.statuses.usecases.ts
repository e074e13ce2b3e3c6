import type { GoalStatuses, PublicGoalTree } from '#contracts/goals.status.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { unitsAllowing } from '../../people/people.rules.ts';
import { periodNotFound } from '../../years/years.errors.ts';
import { notPublished } from '../../portal/portal.errors.ts';
import { goalStatusesOf } from './followup.rollup.statuses.rules.ts';

type Deps = Pick<Repositories, 'org' | 'years' | 'goals'>;

/**
 * Every goal's status of a period, for the signed-in goal tree: the written assessments of the
 * units the caller may read (followup.read on them, at the period's end).
 */
export async function goalStatuses(
  deps: Deps,
  principal: Principal,
  periodId: string,
): Promise<GoalStatuses> {
  const { tenantId, grants } = principal;
  const period = await deps.years.period(tenantId, periodId);
  if (!period) throw periodNotFound();
  const [tree, goals] = await Promise.all([
    deps.org.treeAt(tenantId, period.endsOn),
    deps.goals.ofYear(tenantId, period.year),
  ]);
  const read = new Set(unitsAllowing(tree, grants, 'followup.read').map((unit) => unit.id));
  const assessments = await deps.goals.assessments(tenantId, [...read], [period.id]);
  return { period, statuses: goalStatusesOf(goals, assessments, read) };
}

/**
 * The public goal tree of a period (no login): the goals of the adopted and published reports
 * (each report's goals and those above them), with the statuses those reports give. Anything
 * else, an unknown municipality or a period with nothing published, is the portal's one 404.
 */
export async function publishedGoalTree(
  deps: Pick<Repositories, 'tenants' | 'years' | 'goals' | 'followup'>,
  place: { scbCode: string; periodId: string },
): Promise<PublicGoalTree> {
  const tenant = await deps.tenants.findByScbCode(place.scbCode);
  if (!tenant) throw notPublished();
  const states = (await deps.followup.published(tenant.id)).filter(
    (state) => state.periodId === place.periodId && state.published && state.publishedAt,
  );
  const period = states.length > 0 ? await deps.years.period(tenant.id, place.periodId) : null;
  if (!period) throw notPublished();
  const read = new Set(states.map((state) => state.unitId));
  const byId = new Map<string, Awaited<ReturnType<typeof deps.goals.ofYear>>[number]>();
  for (const unitId of read)
    for (const goal of await deps.goals.ofUnitReport(tenant.id, period.year, unitId))
      byId.set(goal.id, goal);
  const stored = [...byId.values()].sort(
    (a, b) => a.position - b.position || (a.id < b.id ? -1 : 1),
  );
  const names = await deps.goals.unitNames(
    tenant.id,
    [...new Set(stored.map((goal) => goal.ownerUnitId))],
    period.endsOn,
  );
  const assessments = await deps.goals.assessments(tenant.id, [...read], [period.id]);
  return {
    tenant: { name: tenant.name, scbCode: tenant.scbCode, kind: tenant.kind },
    period,
    goals: stored.map(({ version: _version, ...goal }) => ({
      ...goal,
      ownerUnitName: names.get(goal.ownerUnitId) ?? null,
    })),
    statuses: goalStatusesOf(stored, assessments, read),
  };
}
