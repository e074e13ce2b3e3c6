import { goalLevels, type Goal, type GoalLevel } from '#contracts/goals.ts';
import type { Period } from '#contracts/years.ts';
import type {
  MissingItem,
  ReportActivity,
  ReportGoal,
  ReportIndicator,
  ReportState,
  UnitReport,
} from '#contracts/followup.ts';
import { forbidden } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import {
  indicatorAttainment,
  needsJustification,
  suggestAssessment,
} from '../assessment/assessment.rules.ts';
import { previousOutcomeOf } from '../indicators/indicators.previous.rules.ts';
import { can, type AnyPermission } from '../people/people.rules.ts';
import { periodNotFound } from '../years/years.errors.ts';
import { unitNotInPeriod } from './followup.errors.ts';
import type { ReportData, ReportScope } from './followup.repository.ts';
import { reportGoalsOf } from './followup.rules.ts';
import { assessedLevelsIn } from '../goals/levels/goals.levels.usecases.ts';
import { chaptersMissing } from '../reports/reports.missing.ts';

/** What reading a unit's report needs; use cases that read one add their own to it. */
export type ReportDeps = Pick<
  Repositories,
  | 'org'
  | 'years'
  | 'goals'
  | 'goalLevels'
  | 'indicators'
  | 'activities'
  | 'followup'
  | 'reports'
  | 'internalControl'
>;
type Deps = ReportDeps;

/**
 * The period, last year's of the same kind, the unit's ancestry on the period's last day and the
 * report's state, in one round trip; refuses callers without `permission`.
 */
export async function reportScope(
  { followup }: Pick<Deps, 'followup'>,
  principal: Principal,
  unitId: string,
  periodId: string,
  permission: AnyPermission,
): Promise<ReportScope & { period: Period }> {
  return mayIn(await followup.scope(principal.tenantId, unitId, periodId), principal, permission);
}

/** The scope when the period and the unit exist and the principal has `permission` on it. */
export function mayIn<S extends ReportScope>(
  scope: S,
  principal: Principal,
  permission: AnyPermission,
): S & { period: Period } {
  const { period, ancestry } = scope;
  if (!period) throw periodNotFound();
  if (ancestry.length === 0) throw unitNotInPeriod();
  if (!can(principal.grants, permission, ancestry)) throw forbidden();
  return { ...scope, period };
}

export const draftState = (unitId: string, periodId: string): ReportState => ({
  unitId,
  periodId,
  status: 'draft',
  adoptedOn: null,
  decisionRef: null,
  returnComment: '',
  version: 0,
  published: false,
  publishedAt: null,
  adoptReason: '',
  publishReason: '',
});

/**
 * Everything a unit reports for a period, with the evidence beside each goal: its indicators
 * against their targets, its activities, its sub-goals, the suggested assessment under the
 * published rules, and what is still missing.
 */
export async function unitReport(
  deps: Deps,
  principal: Principal,
  unitId: string,
  periodId: string,
): Promise<UnitReport> {
  const { period, ancestry, previousPeriod } = await reportScope(
    deps,
    principal,
    unitId,
    periodId,
    'followup.read',
  );
  return {
    ...(await reportContent(deps, principal.tenantId, unitId, period, previousPeriod)),
    may: {
      write: can(principal.grants, 'followup.write', ancestry),
      approve: can(principal.grants, 'followup.approve', ancestry),
      adopt: can(principal.grants, 'followup.approve', ancestry),
    },
  };
}

/**
 * The report's content, for whoever the caller has already found may read it (the signed-in
 * report above; the public view of a published report).
 */
export async function reportContent(
  deps: Deps,
  tenantId: string,
  unitId: string,
  period: Period,
  /** last year's period of the same kind, when the caller has it already (reportScope) */
  previous?: Period | null,
): Promise<Omit<UnitReport, 'may'>> {
  const periodId = period.id;
  const previousPeriod =
    previous !== undefined
      ? previous
      : await deps.years.periodByKey(tenantId, period.year - 1, period.key);
  const data = await deps.followup.report(tenantId, unitId, period, previousPeriod?.id ?? null);
  const chapters = await chaptersMissing(deps, tenantId, unitId, period, data.templateChapters);
  const { assignedGoalIds } = data;
  const assessedLevels = assessedLevelsIn(data.levelSettings);
  const { targets, outcomes, previousOutcomes, activities, activityReports } = data;
  const { enteredPreviousOutcomes } = data;
  const { assessments, names, state } = data;
  const goals = reportGoalsOf(data.goals, unitId, assignedGoalIds);
  const goalIds = goals.map((g) => g.id);
  const indicatorList = data.indicators;
  const ownersTargetOf = ownersTargets(unitId, data);

  const indicators: ReportIndicator[] = indicatorList
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...indicator }) => {
      const target = targets.find((t) => t.indicatorId === indicator.id) ?? null;
      const outcome = outcomes.find((o) => o.indicatorId === indicator.id) ?? null;
      const previous = previousOutcomeOf(
        previousOutcomes.find((o) => o.indicatorId === indicator.id) ?? null,
        enteredPreviousOutcomes.find((o) => o.indicatorId === indicator.id) ?? null,
      );
      const { previousOutcome } = previous;
      return {
        indicator,
        target,
        ownersTarget: ownersTargetOf(indicator),
        outcome,
        ...previous,
        attainment: indicatorAttainment({
          direction: indicator.direction,
          outcome: outcome?.value ?? null,
          target: target?.targetKind === 'value' ? target.target : null,
          tolerance: target?.tolerance ?? null,
          previousOutcome,
          outcomeWomen: outcome?.valueWomen ?? null,
          outcomeMen: outcome?.valueMen ?? null,
          targetSetElsewhere: target?.targetKind === 'city_accounts',
        }),
      };
    });

  const inReport = new Set(goalIds);
  const ordered: ReportActivity[] = [
    ...activities.filter((a) => a.goalId !== null && inReport.has(a.goalId)),
    ...activities.filter((a) => a.goalId === null || !inReport.has(a.goalId)),
  ].map((activity) => ({
    activity,
    report: activityReports.find((r) => r.activityId === activity.id) ?? null,
  }));

  const reportGoals: ReportGoal[] = goals.map((stored) => {
    const goal: Goal = { ...stored, ownerUnitName: names.get(stored.ownerUnitId) ?? null };
    const assessment = assessments.find((a) => a.goalId === goal.id) ?? null;
    const own = indicators.filter((i) => i.indicator.goalIds.includes(goal.id));
    const ownActivities = ordered.filter((a) => a.activity.goalId === goal.id);
    const children = goals.filter((g) => g.parentIds.includes(goal.id));
    const suggestion = suggestAssessment({
      indicators: own.map((i) => ({ status: i.attainment.status })),
      activities: ownActivities.flatMap((a) =>
        a.report?.status ? [{ status: a.report.status }] : [],
      ),
      childGoals: children
        .filter((c) => assessedLevels.includes(c.level))
        .map((c) => ({
          assessment: assessments.find((a) => a.goalId === c.id)?.value ?? null,
        })),
    });
    const written = assessment?.value ?? null;
    return {
      goal,
      assessed: assessedLevels.includes(goal.level),
      assessment,
      suggestion,
      needsJustification:
        written !== null &&
        needsJustification(written, suggestion.suggestion) &&
        (assessment?.justification.trim() ?? '') === '',
      indicatorIds: own.map((i) => i.indicator.id),
      activityIds: ownActivities.map((a) => a.activity.id),
    };
  });

  const missing: MissingItem[] = [
    ...chapters,
    ...reportGoals.flatMap((g): MissingItem[] => {
      if (!g.assessed) return [];
      if (!g.assessment?.value) return [{ kind: 'assessment', id: g.goal.id, title: g.goal.title }];
      if (g.needsJustification)
        return [{ kind: 'justification', id: g.goal.id, title: g.goal.title }];
      return [];
    }),
    ...indicators
      .filter((i) => i.attainment.status === 'no_outcome')
      .map((i): MissingItem => ({ kind: 'outcome', id: i.indicator.id, title: i.indicator.name })),
    ...ordered
      .filter((a) => !a.report?.status)
      .map((a): MissingItem => ({
        kind: 'activity_status',
        id: a.activity.id,
        title: a.activity.title,
      })),
  ];

  return {
    unit: { id: unitId, name: names.get(unitId) ?? '' },
    period,
    previousPeriod,
    state: state ?? draftState(unitId, periodId),
    goals: reportGoals,
    indicators,
    activities: ordered,
    missing,
  };
}

/**
 * For each indicator of the report measured against a council-wide goal (a level above the
 * committees') that another unit owns (a KF goal above the committee's nämndmål, or assigned to
 * it), that owner's own target: the council's target kept beside the committee's.
 */
function ownersTargets(unitId: string, data: Pick<ReportData, 'goals' | 'ownersTargets'>) {
  const councilWide = (level: GoalLevel) =>
    goalLevels.indexOf(level) < goalLevels.indexOf('committee');
  const ownerOf = new Map(
    data.goals.filter((g) => councilWide(g.level)).map((g) => [g.id, g.ownerUnitId]),
  );
  const owners = (i: { goalIds: readonly string[] }) =>
    i.goalIds.flatMap((g) => ownerOf.get(g) ?? []).filter((owner) => owner !== unitId);
  return (indicator: { id: string; goalIds: readonly string[] }) =>
    data.ownersTargets.find(
      (t) => t.indicatorId === indicator.id && owners(indicator).includes(t.unitId),
    ) ?? null;
}
