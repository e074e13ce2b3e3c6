import type { PublicReport } from '#contracts/portal.ts';
import type { UnitReport } from '#contracts/followup.ts';

const unsaved = { version: 0, updatedAt: null, updatedByName: null } as const;

/**
 * A published report in the shape the print view reads, so that the public page renders it with
 * the same components: nothing to write, nothing missing, adopted. The fields the public answer
 * leaves out (versions, editors) are filled with "none"; the print view does not show them.
 */
export function printableReport(report: PublicReport): UnitReport {
  return {
    unit: report.unit,
    period: report.period,
    previousPeriod: report.previousPeriod,
    state: {
      unitId: report.unit.id,
      periodId: report.period.id,
      status: 'adopted',
      adoptedOn: report.adoptedOn,
      decisionRef: report.decisionRef,
      returnComment: '',
      version: 0,
      published: true,
      publishedAt: report.publishedAt,
      adoptReason: '',
      publishReason: '',
    },
    goals: report.goals.map((g) => ({
      ...g,
      goal: { ...g.goal, version: 0 },
      assessment: g.assessment && { ...g.assessment, ...unsaved },
      needsJustification: false,
    })),
    indicators: report.indicators.map((i) => ({
      ...i,
      indicator: { ...i.indicator, version: 0, formula: null },
      outcome: i.outcome && { ...i.outcome, ...unsaved, computed: null },
      previousOutcomeSource: null,
      enteredPreviousOutcome: null,
      previousOutcomeDiffers: false,
    })),
    activities: report.activities.map((a) => ({
      activity: { ...a.activity, version: 0 },
      report: a.report && { ...a.report, ...unsaved },
    })),
    missing: [],
    may: { write: false, approve: false, adopt: false },
  };
}
