import { codedIssue } from '#contracts/issues.ts';
import type { ActivityReport, ActivityReportInput } from '#contracts/activities.ts';
import type { GoalAssessment, GoalAssessmentInput } from '#contracts/goals.ts';
import type { Outcome, OutcomeInput } from '#contracts/indicators.ts';
import { validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { actorOf } from '#server/principal.ts';
import { editConflict, outcomeComputed, reportLocked } from '#server/report.errors.ts';
import { notInReport } from './followup.errors.ts';
import { assessedLevels, reportGoalsOf } from './followup.rules.ts';
import { draftState, reportScope } from './followup.usecases.ts';

/**
 * Writing a unit's follow-up: one goal assessment, one indicator outcome or one activity
 * report at a time. Each write needs followup.write on the unit, a report that is still a
 * draft, and the version the writer started from: when someone else saved in between, nothing
 * is written and the conflict carries both versions, so no one's text is lost.
 */
type Deps = Pick<
  Repositories,
  'org' | 'years' | 'goals' | 'indicators' | 'activities' | 'followup' | 'audit'
>;
type Place = { unitId: string; periodId: string };

async function writableScope(deps: Deps, principal: Principal, { unitId, periodId }: Place) {
  const scope = await reportScope(deps, principal, unitId, periodId, 'followup.write');
  const state =
    (await deps.followup.state(principal.tenantId, unitId, periodId)) ??
    draftState(unitId, periodId);
  if (state.status !== 'draft') throw reportLocked({ status: state.status });
  return scope;
}

export async function saveGoalAssessment(
  deps: Deps,
  principal: Principal,
  place: Place & { goalId: string },
  input: GoalAssessmentInput,
): Promise<GoalAssessment> {
  const { tenantId } = principal;
  const { period } = await writableScope(deps, principal, place);
  const goal = reportGoalsOf(
    await deps.goals.ofUnitReport(tenantId, period.year, place.unitId),
    place.unitId,
  ).find((g) => g.id === place.goalId);
  if (!goal) throw notInReport();
  // The vision and inriktningsmål carry text only (the seed's inriktningsmål have no "uppfylls").
  if (!assessedLevels.includes(goal.level) && input.value !== null)
    throw validationFailed([
      codedIssue(
        'value',
        'followup.not_assessed',
        {},
        `a ${goal.level} goal is not assessed; leave the value empty`,
      ),
    ]);
  const current = async () =>
    (await deps.goals.assessments(tenantId, [place.unitId], [place.periodId])).find(
      (a) => a.goalId === place.goalId,
    ) ?? null;
  const before = await current();
  const write = {
    goalId: place.goalId,
    unitId: place.unitId,
    periodId: place.periodId,
    value: input.value,
    analysis: input.analysis,
    justification: input.justification,
  };
  if (!(await deps.goals.saveAssessment(tenantId, write, input.version, principal.userId)))
    throw editConflict({ current: await current(), yours: input });
  const after = (await current())!;
  await deps.audit.record(actorOf(principal), {
    entity: 'goal_assessment',
    entityId: after.goalId,
    action: before ? 'update' : 'create',
    before: before && {
      value: before.value,
      analysis: before.analysis,
      justification: before.justification,
    },
    after: write,
  });
  return after;
}

export async function saveOutcome(
  deps: Deps,
  principal: Principal,
  place: Place & { indicatorId: string },
  input: OutcomeInput,
): Promise<Outcome> {
  const { tenantId } = principal;
  const { period } = await writableScope(deps, principal, place);
  const goals = reportGoalsOf(
    await deps.goals.ofUnitReport(tenantId, period.year, place.unitId),
    place.unitId,
  );
  const indicators = await deps.indicators.ofGoals(
    tenantId,
    goals.map((g) => g.id),
  );
  const indicator = indicators.find((i) => i.id === place.indicatorId);
  if (!indicator) throw notInReport();
  if (indicator.formula) throw outcomeComputed({ formula: indicator.formula.text });
  const current = async () =>
    (await deps.indicators.outcomes(tenantId, [place.unitId], [place.periodId])).find(
      (o) => o.indicatorId === place.indicatorId,
    ) ?? null;
  const before = await current();
  const { version, ...fields } = input;
  const write = {
    ...fields,
    indicatorId: place.indicatorId,
    unitId: place.unitId,
    periodId: place.periodId,
  };
  if (!indicator.genderSplit && (fields.valueWomen !== null || fields.valueMen !== null))
    write.valueWomen = write.valueMen = null;
  if (!(await deps.indicators.saveOutcome(tenantId, write, version, principal.userId)))
    throw editConflict({ current: await current(), yours: input });
  const after = (await current())!;
  await deps.audit.record(actorOf(principal), {
    entity: 'indicator_outcome',
    entityId: place.indicatorId,
    action: before ? 'update' : 'create',
    before: before && {
      value: before.value,
      valueWomen: before.valueWomen,
      valueMen: before.valueMen,
      comment: before.comment,
    },
    after: write,
  });
  return after;
}

export async function saveActivityReport(
  deps: Deps,
  principal: Principal,
  place: Place & { activityId: string },
  input: ActivityReportInput,
): Promise<ActivityReport> {
  const { tenantId } = principal;
  const { period } = await writableScope(deps, principal, place);
  const activities = await deps.activities.ofUnits(tenantId, period.year, [place.unitId]);
  if (!activities.some((a) => a.id === place.activityId)) throw notInReport();
  const current = async () =>
    (await deps.activities.reports(tenantId, [place.unitId], [place.periodId])).find(
      (r) => r.activityId === place.activityId,
    ) ?? null;
  const before = await current();
  const { version, ...fields } = input;
  const write = {
    ...fields,
    activityId: place.activityId,
    unitId: place.unitId,
    periodId: place.periodId,
  };
  if (!(await deps.activities.saveReport(tenantId, write, version, principal.userId)))
    throw editConflict({ current: await current(), yours: input });
  const after = (await current())!;
  await deps.audit.record(actorOf(principal), {
    entity: 'activity_report',
    entityId: place.activityId,
    action: before ? 'update' : 'create',
    before: before && {
      status: before.status,
      deviation: before.deviation,
      analysis: before.analysis,
    },
    after: write,
  });
  return after;
}
