import type { Goal, GoalInput, GoalUpdateInput } from '#contracts/goals.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import { unknownUnit } from '#server/report.errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { yearNotFound } from '../years/years.errors.ts';
import { goalConflict, goalNotFound } from './goals.errors.ts';
import { parentProblems } from './goals.rules.ts';
import { settingsOfYear } from './levels/goals.levels.usecases.ts';
import type { StoredGoal } from './goals.repository.ts';

type Deps = Pick<Repositories, 'goals' | 'goalLevels' | 'years' | 'org' | 'audit'>;

/** The cascade of a year, every level, in order; the web app draws it up or down from any goal. */
export async function listGoals(
  { goals }: Pick<Deps, 'goals'>,
  tenantId: string,
  year: number,
  ownerUnitId?: string,
): Promise<Goal[]> {
  const list = await goals.ofYear(tenantId, year);
  const names = await goals.unitNames(
    tenantId,
    [...new Set(list.map((g) => g.ownerUnitId))],
    `${year}-12-31`,
  );
  return list
    .filter((g) => !ownerUnitId || g.ownerUnitId === ownerUnitId)
    .map((g) => ({ ...g, ownerUnitName: names.get(g.ownerUnitId) ?? null }));
}

/** May the principal shape goals owned by this unit (model.write on it or above it)? */
export async function mayModel(
  deps: Pick<Deps, 'org'>,
  principal: Principal,
  unitId: string,
  date: string,
) {
  const ancestry = await deps.org.ancestry(principal.tenantId, unitId, date);
  if (ancestry.length === 0) throw validationFailed([unknownUnit('ownerUnitId')]);
  if (!can(principal.grants, 'model.write', ancestry)) throw forbidden();
}

async function checkedParents(
  deps: Deps,
  tenantId: string,
  input: Pick<GoalInput, 'level' | 'year' | 'parentIds'>,
) {
  const parents = await deps.goals.byIds(tenantId, input.parentIds);
  const settings = await settingsOfYear(deps, tenantId, input.year);
  const issues = parentProblems(input.level, input.year, input.parentIds, parents, settings);
  if (issues.length > 0) throw validationFailed(issues);
}

export async function createGoal(
  deps: Deps,
  principal: Principal,
  input: GoalInput,
): Promise<Goal> {
  const { tenantId } = principal;
  const yearId = await deps.years.yearId(tenantId, input.year);
  if (!yearId) throw yearNotFound();
  await mayModel(deps, principal, input.ownerUnitId, `${input.year}-12-31`);
  await checkedParents(deps, tenantId, input);
  const position = await deps.goals.nextPosition(tenantId, yearId);
  const id = await deps.goals.insert(tenantId, yearId, input, position);
  await deps.audit.record(actorOf(principal), {
    entity: 'goal',
    entityId: id,
    action: 'create',
    after: input,
  });
  return present(deps, tenantId, (await deps.goals.byIds(tenantId, [id]))[0]!);
}

export async function updateGoal(
  deps: Deps,
  principal: Principal,
  id: string,
  input: GoalUpdateInput,
): Promise<Goal> {
  const { tenantId } = principal;
  const stored = async () => (await deps.goals.byIds(tenantId, [id]))[0];
  const before = await stored();
  if (!before) throw goalNotFound();
  const date = `${before.year}-12-31`;
  await mayModel(deps, principal, before.ownerUnitId, date);
  if (input.ownerUnitId && input.ownerUnitId !== before.ownerUnitId)
    await mayModel(deps, principal, input.ownerUnitId, date);
  if (input.parentIds)
    await checkedParents(deps, tenantId, {
      level: before.level,
      year: before.year,
      parentIds: input.parentIds,
    });
  const { version, ...patch } = input;
  if (!(await deps.goals.update(tenantId, id, version, patch)))
    throw goalConflict({
      current: await present(deps, tenantId, (await stored()) ?? before),
      yours: input,
    });
  const [after] = await deps.goals.byIds(tenantId, [id]);
  await deps.audit.record(actorOf(principal), {
    entity: 'goal',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return present(deps, tenantId, after!);
}

async function present(
  deps: Pick<Deps, 'goals'>,
  tenantId: string,
  goal: StoredGoal,
): Promise<Goal> {
  const names = await deps.goals.unitNames(tenantId, [goal.ownerUnitId], `${goal.year}-12-31`);
  return { ...goal, ownerUnitName: names.get(goal.ownerUnitId) ?? null };
}
