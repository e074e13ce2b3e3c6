import type { GoalLevel } from '#contracts/goals.ts';
import {
  defaultGoalLevelSettings,
  parentLevelIn,
  type GoalAssignment,
  type GoalLevelSettings,
  type GoalLevelsInput,
  type GoalLevelsOfYear,
} from '#contracts/goals.levels.ts';
import { codedIssue } from '#contracts/issues.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { unknownUnit } from '#server/report.errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { can } from '../../people/people.rules.ts';
import { yearNotFound } from '../../years/years.errors.ts';
import { assignmentNotFound, goalNotFound } from '../goals.errors.ts';
import { mayModel } from '../goals.usecases.ts';
import { levelSettingProblems } from './goals.levels.rules.ts';

type Deps = Pick<Repositories, 'goalLevels' | 'goals' | 'years' | 'org' | 'audit'>;

/** The year's levels: the tenant's own when it stored them, Stockholm's model otherwise. */
export async function settingsOfYear(
  { goalLevels }: Pick<Deps, 'goalLevels'>,
  tenantId: string,
  year: number,
): Promise<GoalLevelSettings> {
  return (await goalLevels.settingsOf(tenantId, year)) ?? defaultGoalLevelSettings;
}

/** The levels a unit assesses in a year. */
export async function assessedLevelsOfYear(
  deps: Pick<Deps, 'goalLevels'>,
  tenantId: string,
  year: number,
): Promise<GoalLevel[]> {
  return assessedLevelsIn(await settingsOfYear(deps, tenantId, year));
}

/** The levels in use that are assessed, under a year's settings (the default when none stored). */
export const assessedLevelsIn = (settings: GoalLevelSettings | null): GoalLevel[] =>
  Object.entries(settings ?? defaultGoalLevelSettings)
    .filter(([, s]) => s.inUse && s.assessed)
    .map(([level]) => level as GoalLevel);

export async function goalLevelsOf(
  deps: Pick<Deps, 'goalLevels' | 'years'>,
  tenantId: string,
  year: number,
): Promise<GoalLevelsOfYear> {
  if (!(await deps.years.yearId(tenantId, year))) throw yearNotFound();
  const stored = await deps.goalLevels.settingsOf(tenantId, year);
  return { year, stored: stored !== null, levels: stored ?? defaultGoalLevelSettings };
}

/** May the principal shape the goal model of the whole tenant (model.write at a top unit)? */
async function mayShapeModel(deps: Pick<Deps, 'org'>, principal: Principal, date: string) {
  if (can(principal.grants, 'model.write')) return;
  const roots = (await deps.org.treeAt(principal.tenantId, date)).filter((u) => !u.parentId);
  if (!roots.some((root) => can(principal.grants, 'model.write', [root.id]))) throw forbidden();
}

/**
 * Stores the year's levels. Refused when no level is in use, or when a level taken out of use
 * still has goals that year (they would stand at a level the cascade no longer has).
 */
export async function saveGoalLevels(
  deps: Deps,
  principal: Principal,
  input: GoalLevelsInput,
): Promise<GoalLevelsOfYear> {
  const { tenantId } = principal;
  const yearId = await deps.years.yearId(tenantId, input.year);
  if (!yearId) throw yearNotFound();
  await mayShapeModel(deps, principal, `${input.year}-12-31`);
  const issues = levelSettingProblems(
    input.levels,
    await deps.goalLevels.goalsPerLevel(tenantId, yearId),
    await deps.goalLevels.measuredGoalsPerLevel(tenantId, yearId),
  );
  if (issues.length > 0) throw validationFailed(issues);
  const before = await deps.goalLevels.settingsOf(tenantId, input.year);
  await deps.goalLevels.save(tenantId, yearId, input.levels);
  await deps.audit.record(actorOf(principal), {
    entity: 'goal_levels',
    entityId: yearId,
    action: before ? 'update' : 'create',
    before,
    after: input,
  });
  return { year: input.year, stored: true, levels: input.levels };
}

/** The goals of the year that committees answer for directly, with the committees' names. */
export async function listAssignments(
  deps: Pick<Deps, 'goalLevels' | 'goals'>,
  tenantId: string,
  year: number,
): Promise<GoalAssignment[]> {
  const list = await deps.goalLevels.assignments(tenantId, year);
  const names = await deps.goals.unitNames(
    tenantId,
    [...new Set(list.map((a) => a.unitId))],
    `${year}-12-31`,
  );
  return list.map((a) => ({ ...a, unitName: names.get(a.unitId) ?? null }));
}

/**
 * The goal and unit of an assignment, checked: the goal exists and the principal may shape it,
 * and (`adding`) it stands at the level a nämndmål sits under and the unit exists in its year.
 */
async function checkedAssignment(
  deps: Deps,
  principal: Principal,
  place: { id: string; unitId: string },
  adding: boolean,
) {
  const { tenantId } = principal;
  const [goal] = await deps.goals.byIds(tenantId, [place.id]);
  if (!goal) throw goalNotFound();
  const date = `${goal.year}-12-31`;
  await mayModel(deps, principal, goal.ownerUnitId, date);
  if (!adding) return goal;
  const settings = await settingsOfYear(deps, tenantId, goal.year);
  if (goal.level !== parentLevelIn(settings, 'committee'))
    throw validationFailed([
      codedIssue(
        'goalId',
        'goals.assign_council_goal',
        {},
        'only a goal at the level above the committees’ goals can be assigned to a committee',
      ),
    ]);
  if ((await deps.org.ancestry(tenantId, place.unitId, date)).length === 0)
    throw validationFailed([unknownUnit('unitId')]);
  return goal;
}

export async function assignGoal(
  deps: Deps,
  principal: Principal,
  place: { id: string; unitId: string },
): Promise<GoalAssignment> {
  const goal = await checkedAssignment(deps, principal, place, true);
  const { tenantId } = principal;
  if (await deps.goalLevels.assign(tenantId, goal.id, place.unitId))
    await deps.audit.record(actorOf(principal), {
      entity: 'goal_assignment',
      entityId: goal.id,
      action: 'create',
      after: { goalId: goal.id, unitId: place.unitId },
    });
  const names = await deps.goals.unitNames(tenantId, [place.unitId], `${goal.year}-12-31`);
  return { goalId: goal.id, unitId: place.unitId, unitName: names.get(place.unitId) ?? null };
}

export async function unassignGoal(
  deps: Deps,
  principal: Principal,
  place: { id: string; unitId: string },
): Promise<void> {
  const goal = await checkedAssignment(deps, principal, place, false);
  if (!(await deps.goalLevels.unassign(principal.tenantId, goal.id, place.unitId)))
    throw assignmentNotFound();
  await deps.audit.record(actorOf(principal), {
    entity: 'goal_assignment',
    entityId: goal.id,
    action: 'delete',
    before: { goalId: goal.id, unitId: place.unitId },
  });
}
