import type { PublicReport, PublicTenant } from '#contracts/portal.ts';
import type { UnitReport } from '#contracts/reports.ts';

/**
 * A published report as the public reads it. Each field is copied by name, so that a field
 * added to the signed-in report later stays internal until someone decides it is public.
 */
export function publicReportOf(
  tenant: PublicTenant,
  report: Omit<UnitReport, 'may'>,
  publishedAt: string,
): PublicReport {
  return {
    tenant: { name: tenant.name, scbCode: tenant.scbCode, kind: tenant.kind },
    unit: { id: report.unit.id, name: report.unit.name },
    period: report.period,
    previousPeriod: report.previousPeriod,
    adoptedOn: report.state.adoptedOn,
    decisionRef: report.state.decisionRef,
    publishedAt,
    goals: report.goals.map((g) => {
      const { version: _version, ...goal } = g.goal;
      const a = g.assessment;
      return {
        goal,
        assessed: g.assessed,
        assessment: a && {
          goalId: a.goalId,
          unitId: a.unitId,
          periodId: a.periodId,
          value: a.value,
          analysis: a.analysis,
          justification: a.justification,
        },
        suggestion: g.suggestion,
        indicatorIds: g.indicatorIds,
        activityIds: g.activityIds,
      };
    }),
    indicators: report.indicators.map((i) => {
      const { version: _version, formula: _formula, ...indicator } = i.indicator;
      const o = i.outcome;
      return {
        indicator,
        target: i.target,
        outcome: o && {
          indicatorId: o.indicatorId,
          unitId: o.unitId,
          periodId: o.periodId,
          value: o.value,
          valueWomen: o.valueWomen,
          valueMen: o.valueMen,
          periodLabel: o.periodLabel,
          comment: o.comment,
        },
        previousOutcome: i.previousOutcome,
        attainment: i.attainment,
      };
    }),
    activities: report.activities.map((a) => {
      const { version: _version, ...activity } = a.activity;
      const r = a.report;
      return {
        activity,
        report: r && {
          activityId: r.activityId,
          unitId: r.unitId,
          periodId: r.periodId,
          status: r.status,
          deviation: r.deviation,
          analysis: r.analysis,
        },
      };
    }),
  };
}
