import type { ActivityReport } from '#contracts/activities.ts';
import type { GoalAssessment } from '#contracts/goals.ts';
import type { Outcome, Target } from '#contracts/indicators.ts';
import type { Period } from '#contracts/years.ts';
import type {
  PublicActivity,
  PublicGoal,
  PublicIndicator,
  PublicReport,
  PublicTenant,
} from '#contracts/portal.ts';
import type {
  ReportActivity,
  ReportGoal,
  ReportIndicator,
  UnitReport,
} from '#contracts/followup.ts';
import { periodInputOf } from '../years/years.rules.ts';

/**
 * A published report as the public reads it. Every field is copied by name, never spread, so
 * that a field added to the signed-in report (or to a goal, an indicator, an activity…) later
 * stays internal until someone decides it is public.
 */
export function publicReportOf(
  tenant: PublicTenant,
  report: Omit<UnitReport, 'may'>,
  publishedAt: string,
  /** already public-shaped (printedChapters copies by name) */
  chapters: PublicReport['chapters'] = [],
): PublicReport {
  return {
    tenant: { name: tenant.name, scbCode: tenant.scbCode, kind: tenant.kind },
    unit: { id: report.unit.id, name: report.unit.name },
    period: publicPeriod(report.period),
    previousPeriod: report.previousPeriod && publicPeriod(report.previousPeriod),
    adoptedOn: report.state.adoptedOn,
    decisionRef: report.state.decisionRef,
    publishedAt,
    goals: report.goals.map(publicGoal),
    indicators: report.indicators.map(publicIndicator),
    activities: report.activities.map(publicActivity),
    chapters,
  };
}

const publicPeriod = (p: Period): Period => ({
  id: p.id,
  yearId: p.yearId,
  year: p.year,
  ...periodInputOf(p), // copied by name there
  position: p.position,
});

function publicGoal({ goal: g, ...row }: ReportGoal): PublicGoal {
  return {
    goal: {
      id: g.id,
      year: g.year,
      level: g.level,
      number: g.number,
      title: g.title,
      description: g.description,
      ownerUnitId: g.ownerUnitId,
      ownerUnitName: g.ownerUnitName,
      heading: g.heading,
      parentIds: g.parentIds,
      previousGoalId: g.previousGoalId,
      position: g.position,
    },
    assessed: row.assessed,
    assessment: row.assessment && publicAssessment(row.assessment),
    suggestion: row.suggestion,
    indicatorIds: row.indicatorIds,
    activityIds: row.activityIds,
  };
}

const publicAssessment = (a: GoalAssessment): NonNullable<PublicGoal['assessment']> => ({
  goalId: a.goalId,
  unitId: a.unitId,
  periodId: a.periodId,
  value: a.value,
  analysis: a.analysis,
  justification: a.justification,
});

function publicIndicator({ indicator: i, ...row }: ReportIndicator): PublicIndicator {
  return {
    indicator: {
      id: i.id,
      name: i.name,
      definition: i.definition,
      unit: i.unit,
      decimals: i.decimals,
      direction: i.direction,
      level: i.level,
      genderSplit: i.genderSplit,
      goalIds: i.goalIds,
    },
    target: row.target && publicTarget(row.target),
    outcome: row.outcome && publicOutcome(row.outcome),
    previousOutcome: row.previousOutcome,
    attainment: row.attainment,
  };
}

const publicTarget = (t: Target): Target => ({
  indicatorId: t.indicatorId,
  unitId: t.unitId,
  year: t.year,
  targetKind: t.targetKind,
  target: t.target,
  councilTargetKind: t.councilTargetKind,
  councilTarget: t.councilTarget,
  tolerance: t.tolerance,
});

const publicOutcome = (o: Outcome): NonNullable<PublicIndicator['outcome']> => ({
  indicatorId: o.indicatorId,
  unitId: o.unitId,
  periodId: o.periodId,
  value: o.value,
  valueWomen: o.valueWomen,
  valueMen: o.valueMen,
  periodLabel: o.periodLabel,
  comment: o.comment,
});

function publicActivity({ activity: a, report: r }: ReportActivity): PublicActivity {
  return {
    activity: {
      id: a.id,
      year: a.year,
      kind: a.kind,
      title: a.title,
      description: a.description,
      goalId: a.goalId,
      responsibleUnitId: a.responsibleUnitId,
      coResponsibleUnitIds: a.coResponsibleUnitIds,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      previousActivityId: a.previousActivityId,
      position: a.position,
    },
    report: r && publicActivityReport(r),
  };
}

const publicActivityReport = (r: ActivityReport): NonNullable<PublicActivity['report']> => ({
  activityId: r.activityId,
  unitId: r.unitId,
  periodId: r.periodId,
  status: r.status,
  deviation: r.deviation,
  analysis: r.analysis,
});
