import { codedIssue } from '#contracts/issues.ts';
import type { ActivityReport, ActivityReportInput } from '#contracts/activities.ts';
import type { GoalAssessment, GoalAssessmentInput } from '#contracts/goals.ts';
import type {
  EnteredPreviousOutcome,
  EnteredPreviousOutcomeInput,
  Outcome,
  OutcomeInput,
} from '#contracts/indicators.ts';
import type { ReportAudit, Writer } from '#server/db/report-columns.ts';
import { validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { editConflict, outcomeComputed, reportLocked } from '#server/report.errors.ts';
import { notInReport } from './followup.errors.ts';
import { reportGoalsOf } from './followup.rules.ts';
import { assessedLevelsIn } from '../goals/levels/goals.levels.usecases.ts';
import { draftState, mayIn } from './followup.usecases.ts';

/**
 * Writing a unit's follow-up: one goal assessment, one indicator outcome or one activity
 * report at a time. Each write needs followup.write on the unit, a report that is still a
 * draft, and the version the writer started from: when someone else saved in between, nothing
 * is written and the conflict carries both versions, so no one's text is lost.
 */
type Deps = Pick<
  Repositories,
  'org' | 'years' | 'goals' | 'goalLevels' | 'indicators' | 'activities' | 'followup' | 'audit'
>;
type Place = { unitId: string; periodId: string };

/**
 * The report's scope for a write, in one round trip: the period, the unit's ancestry (followup.write
 * needed), a report that is still a draft, and the goals of the report (those the unit owns or is
 * assigned and every goal above them) with the levels the year assesses.
 */
export async function writableScope(deps: Deps, principal: Principal, { unitId, periodId }: Place) {
  const scope = mayIn(
    await deps.followup.writeScope(principal.tenantId, unitId, periodId),
    principal,
    'followup.write',
  );
  const state = scope.state ?? draftState(unitId, periodId);
  if (state.status !== 'draft') throw reportLocked({ status: state.status });
  return {
    ...scope,
    goals: reportGoalsOf(scope.goals, unitId, scope.assignedGoalIds),
    assessedLevels: assessedLevelsIn(scope.levelSettings),
  };
}

/**
 * Writes one row of the report at the version the writer started from: when someone else saved
 * in between, nothing is written and the conflict carries what is stored now beside `yours`.
 * The audit log gets the row's `audited` fields as they were before and the write after, from
 * the write's own statement (`save` passes `audit` on to `saveReport`), so a save is the scope
 * and one statement. The answer is the row as the write stored it, so nothing reads it again.
 */
export async function writeAtVersion<Row, Write>(
  principal: Principal,
  yours: { version: number },
  row: {
    entity: string;
    entityId: string;
    current: () => Promise<Row | null>;
    write: Write;
    save: (
      write: Write,
      version: number,
      writer: Writer,
      audit: ReportAudit,
    ) => Promise<Row | null>;
    /** the row's fields the audit entry keeps (the table's property names) */
    audited: readonly string[];
  },
): Promise<Row> {
  const after = await row.save(row.write, yours.version, principal, {
    entity: row.entity,
    entityId: row.entityId,
    columns: row.audited,
    after: row.write,
  });
  if (!after) throw editConflict({ current: await row.current(), yours });
  return after;
}

export async function saveGoalAssessment(
  deps: Deps,
  principal: Principal,
  place: Place & { goalId: string },
  input: GoalAssessmentInput,
): Promise<GoalAssessment> {
  const { tenantId } = principal;
  const { goals, assessedLevels } = await writableScope(deps, principal, place);
  const goal = goals.find((g) => g.id === place.goalId);
  if (!goal) throw notInReport();
  // In Stockholm's model the vision and inriktningsmål carry text only (the seed's inriktningsmål
  // have no "uppfylls"); a tenant's own levels may assess them.
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
    (await deps.goals.assessments(tenantId, [place.unitId], [place.periodId], [place.goalId]))[0] ??
    null;
  return writeAtVersion(principal, input, {
    entity: 'goal_assessment',
    entityId: place.goalId,
    current,
    write: {
      goalId: place.goalId,
      unitId: place.unitId,
      periodId: place.periodId,
      value: input.value,
      analysis: input.analysis,
      justification: input.justification,
    },
    save: (write, version, writer, audit) =>
      deps.goals.saveAssessment(tenantId, write, version, writer, audit),
    audited: ['value', 'analysis', 'justification'],
  });
}

/** The indicator of a report that the principal may write now; refused when not in the report. */
async function writableIndicator(
  deps: Deps,
  principal: Principal,
  place: Place & { indicatorId: string },
) {
  const { tenantId } = principal;
  const { goals } = await writableScope(deps, principal, place);
  const indicator = await deps.indicators.ofGoalsOne(
    tenantId,
    goals.map((g) => g.id),
    place.indicatorId,
  );
  if (!indicator) throw notInReport();
  return indicator;
}

export async function saveOutcome(
  deps: Deps,
  principal: Principal,
  place: Place & { indicatorId: string },
  input: OutcomeInput,
): Promise<Outcome> {
  const { tenantId } = principal;
  const indicator = await writableIndicator(deps, principal, place);
  if (indicator.formula) throw outcomeComputed({ formula: indicator.formula.text });
  const current = async () =>
    (
      await deps.indicators.outcomes(
        tenantId,
        [place.unitId],
        [place.periodId],
        [place.indicatorId],
      )
    )[0] ?? null;
  const { version: _version, ...fields } = input;
  const write = {
    ...fields,
    indicatorId: place.indicatorId,
    unitId: place.unitId,
    periodId: place.periodId,
  };
  if (!indicator.genderSplit && (fields.valueWomen !== null || fields.valueMen !== null))
    write.valueWomen = write.valueMen = null;
  return writeAtVersion(principal, input, {
    entity: 'indicator_outcome',
    entityId: place.indicatorId,
    current,
    write,
    save: (write, version, writer, audit) =>
      deps.indicators.saveOutcome(tenantId, write, version, writer, audit),
    audited: ['value', 'valueWomen', 'valueMen', 'comment'],
  });
}

/**
 * Last year's outcome as this report prints it ("Periodens utfall VB <år−1>"), entered where
 * the unit has no stored outcome of last year; written like an outcome (followup.write, a draft
 * report, the version the writer started from). A computed indicator's figure can be entered
 * too: last year's economy may not be in Rödtråd either.
 */
export async function saveEnteredPreviousOutcome(
  deps: Deps,
  principal: Principal,
  place: Place & { indicatorId: string },
  input: EnteredPreviousOutcomeInput,
): Promise<EnteredPreviousOutcome> {
  const { tenantId } = principal;
  const indicator = await writableIndicator(deps, principal, place);
  const current = async () =>
    (
      await deps.indicators.enteredPreviousOutcomes(
        tenantId,
        [place.unitId],
        [place.periodId],
        [place.indicatorId],
      )
    )[0] ?? null;
  const split = indicator.genderSplit;
  const write = {
    indicatorId: place.indicatorId,
    unitId: place.unitId,
    periodId: place.periodId,
    value: input.value,
    valueWomen: split ? input.valueWomen : null,
    valueMen: split ? input.valueMen : null,
  };
  return writeAtVersion(principal, input, {
    entity: 'indicator_previous_outcome',
    entityId: place.indicatorId,
    current,
    write,
    save: (write, version, writer, audit) =>
      deps.indicators.saveEnteredPreviousOutcome(tenantId, write, version, writer, audit),
    audited: ['value', 'valueWomen', 'valueMen'],
  });
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
    (
      await deps.activities.reports(tenantId, [place.unitId], [place.periodId], [place.activityId])
    )[0] ?? null;
  const { version: _version, ...fields } = input;
  return writeAtVersion(principal, input, {
    entity: 'activity_report',
    entityId: place.activityId,
    current,
    write: {
      ...fields,
      activityId: place.activityId,
      unitId: place.unitId,
      periodId: place.periodId,
    },
    save: (write, version, writer, audit) =>
      deps.activities.saveReport(tenantId, write, version, writer, audit),
    audited: ['status', 'deviation', 'analysis'],
  });
}
