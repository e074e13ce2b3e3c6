import { codedIssue } from '#contracts/issues.ts';
import type { IndicatorInput, OutcomeInput, TargetInput } from '#contracts/indicators.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { periodNotFound, yearNotFound } from '../years/years.errors.ts';
import { editConflict, outcomeComputed, reportLocked, unknownUnit } from '#server/report.errors.ts';
import { formulaText } from './indicators.formulas.rules.ts';
import { indicatorNotFound } from './indicators.errors.ts';
import type { GoalLevelSettings } from '#contracts/goals.levels.ts';
import { settingsOfYear } from '../goals/levels/goals.levels.usecases.ts';
import { indicatorGoalProblems } from '../goals/levels/goals.levels.rules.ts';

type Deps = Pick<Repositories, 'indicators' | 'goals' | 'goalLevels' | 'years' | 'org' | 'audit'>;

/** A new indicator measuring the given goals; needs model.write on each goal's owner. */
export async function createIndicator(
  deps: Deps,
  principal: Principal,
  input: IndicatorInput & { goalIds: string[] },
): Promise<string> {
  const { tenantId } = principal;
  const { goalIds, ...fields } = input;
  const goals = await deps.goals.byIds(tenantId, goalIds);
  const issues = goalIds.flatMap((id, i) =>
    goals.some((g) => g.id === id)
      ? []
      : [codedIssue(`goalIds.${i}`, 'followup.unknown_goal', {}, 'there is no such goal')],
  );
  if (issues.length > 0) throw validationFailed(issues);
  for (const goal of goals) {
    const ancestry = await deps.org.ancestry(tenantId, goal.ownerUnitId, `${goal.year}-12-31`);
    if (!can(principal.grants, 'model.write', ancestry)) throw forbidden();
  }
  // only a goal of a level that carries indicators can be measured by one
  const settings = new Map<number, GoalLevelSettings>();
  for (const year of new Set(goals.map((g) => g.year)))
    settings.set(year, await settingsOfYear(deps, tenantId, year));
  const levelIssues = indicatorGoalProblems(goals, goalIds, (year) => settings.get(year)!);
  if (levelIssues.length > 0) throw validationFailed(levelIssues);
  const id = await deps.indicators.insert(tenantId, fields);
  for (const [position, goalId] of goalIds.entries())
    await deps.indicators.linkGoal(tenantId, id, goalId, position);
  await deps.audit.record(actorOf(principal), {
    entity: 'indicator',
    entityId: id,
    action: 'create',
    after: input,
  });
  return id;
}

/** Sets a unit's årsmål and the council's target for a year (replacing any earlier). */
export async function setTarget(
  deps: Deps,
  principal: Principal,
  indicatorId: string,
  input: TargetInput,
): Promise<void> {
  const { tenantId } = principal;
  if (!(await deps.indicators.exists(tenantId, indicatorId))) throw indicatorNotFound();
  const yearId = await deps.years.yearId(tenantId, input.year);
  if (!yearId) throw yearNotFound();
  const ancestry = await deps.org.ancestry(tenantId, input.unitId, `${input.year}-12-31`);
  if (ancestry.length === 0) throw validationFailed([unknownUnit('unitId')]);
  if (!can(principal.grants, 'model.write', ancestry)) throw forbidden();
  const issues = [];
  // a target (the unit's, the council's) is given exactly when its kind is a value
  for (const [field, kind] of [
    ['target', input.targetKind],
    ['councilTarget', input.councilTargetKind],
  ] as const) {
    if (kind === 'value' && input[field] === null)
      issues.push(
        codedIssue(
          field,
          'followup.target_required',
          {},
          'must be given when the target is a value',
        ),
      );
    if (kind !== 'value' && input[field] !== null)
      issues.push(
        codedIssue(
          field,
          'followup.target_not_allowed',
          {},
          'must be empty unless the target is a value',
        ),
      );
  }
  if (input.tolerance !== null && input.tolerance.startsWith('-'))
    issues.push(codedIssue('tolerance', 'followup.negative', {}, 'must not be negative'));
  if (issues.length > 0) throw validationFailed(issues);
  await deps.indicators.setTarget(tenantId, indicatorId, yearId, input);
  await deps.audit.record(actorOf(principal), {
    entity: 'indicator_target',
    entityId: indicatorId,
    action: 'update',
    after: input,
  });
}

/**
 * Records an outcome of a past period outside any report, e.g. last year's outcomes when a
 * tenant starts with Rödtråd, so that "utfall föregående år" comes from history. Needs
 * model.write on the unit; a period whose report the unit has adopted cannot be changed here.
 */
export async function recordPastOutcome(
  deps: Deps & Pick<Repositories, 'followup'>,
  principal: Principal,
  place: { indicatorId: string; unitId: string; periodId: string },
  input: OutcomeInput,
): Promise<void> {
  const { tenantId } = principal;
  const found = await deps.indicators.formulaOf(tenantId, place.indicatorId);
  if (!found) throw indicatorNotFound();
  if (found.formula) throw outcomeComputed({ formula: formulaText(found.formula) });
  const period = await deps.years.period(tenantId, place.periodId);
  if (!period) throw periodNotFound();
  const ancestry = await deps.org.ancestry(tenantId, place.unitId, period.endsOn);
  if (ancestry.length === 0) throw validationFailed([unknownUnit('unitId')]);
  if (!can(principal.grants, 'model.write', ancestry)) throw forbidden();
  const state = await deps.followup.stateForWrite(tenantId, place.unitId, place.periodId);
  if (state && state.status !== 'draft') throw reportLocked({ status: state.status });
  const { version, ...fields } = input;
  const write = { ...fields, ...place };
  if (!(await deps.indicators.saveOutcome(tenantId, write, version, principal)))
    throw editConflict({ yours: input });
  await deps.audit.record(actorOf(principal), {
    entity: 'indicator_outcome',
    entityId: place.indicatorId,
    action: version === 0 ? 'create' : 'update',
    after: write,
  });
}
