import type { RollUp } from '#contracts/reports.ts';
import type { Repositories } from '#server/repositories.ts';
import { ancestry } from '../org/org.rules.ts';
import { can } from '../people/people.rules.ts';
import type { Principal } from '../people/people.usecases.ts';
import { periodNotFound } from '../periods/periods.errors.ts';
import { computeRollUp } from './reports.rollup.rules.ts';

type Deps = Pick<
  Repositories,
  'org' | 'periods' | 'goals' | 'indicators' | 'activities' | 'reports'
>;

/**
 * The roll-up of a period: for each KF goal how every committee assesses it (or, at the
 * committee level, each nämndmål over the units below), with the evidence's suggestion and
 * the disagreements. A caller sees the units it may read.
 */
export async function rollUp(
  deps: Deps,
  principal: Principal,
  periodId: string,
  level: 'council' | 'committee',
): Promise<RollUp> {
  const { tenantId } = principal;
  const period = await deps.periods.period(tenantId, periodId);
  if (!period) throw periodNotFound();
  const [tree, goals] = await Promise.all([
    deps.org.treeAt(tenantId, period.endsOn),
    deps.goals.ofYear(tenantId, period.year),
  ]);
  const readable = new Map(
    tree
      .filter((u) => can(principal.grants, 'followup.read', ancestry(tree, u.id)))
      .map((u) => [u.id, u.name]),
  );
  const unitIds = [...readable.keys()];
  const levelGoalIds = goals.filter((g) => g.level === level).map((g) => g.id);
  const [indicators, targets, outcomes, activities, activityReports, assessments, states] =
    await Promise.all([
      deps.indicators.ofGoals(tenantId, levelGoalIds),
      deps.indicators.targets(tenantId, unitIds, period.year),
      deps.indicators.outcomes(tenantId, unitIds, [periodId]),
      deps.activities.ofUnits(tenantId, period.year, unitIds),
      deps.activities.reports(tenantId, unitIds, [periodId]),
      deps.goals.assessments(tenantId, unitIds, [periodId]),
      deps.reports.states(tenantId, periodId),
    ]);
  const rows = computeRollUp({
    level,
    goals,
    units: readable,
    indicators,
    targets,
    outcomes,
    activities: activities.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      unitIds: [a.responsibleUnitId, ...a.coResponsibleUnitIds],
    })),
    activityReports,
    assessments,
    states,
  });
  const byId = new Map(goals.map((g) => [g.id, g]));
  const names = await deps.goals.unitNames(
    tenantId,
    [...new Set(goals.map((g) => g.ownerUnitId))],
    period.endsOn,
  );
  return {
    period,
    level,
    goals: rows.map(({ goalId, ...row }) => {
      const goal = byId.get(goalId)!;
      return { goal: { ...goal, ownerUnitName: names.get(goal.ownerUnitId) ?? null }, ...row };
    }),
  };
}
