import { z } from 'zod';
import { activity, activityReport } from './activities.ts';
import { assessmentSuggestion, indicatorAttainmentResult } from './assessment.ts';
import { id } from './common.ts';
import { goal, goalAssessment } from './goals.ts';
import { decimal, indicator, outcome, target } from './indicators.ts';
import { printedChapter } from './reports.ts';
import { period } from './years.ts';
import { scbCode, tenantKind } from './tenants.ts';

/**
 * What the public (no login) reads: adopted reports that an approver has published, found by
 * the municipality's SCB code. Only what a citizen reads in the printed report travels: no
 * versions, no editors, no send-back comments, no missing-lists, no formulas' working.
 */
const internal = { version: true, updatedAt: true, updatedByName: true } as const;

export const publicTenant = z.object({ name: z.string(), scbCode: z.string(), kind: tenantKind });
export type PublicTenant = z.infer<typeof publicTenant>;

/** The municipalities and regions that have published something (for the login page's links). */
export const publicTenants = z.object({ tenants: z.array(publicTenant) });
export type PublicTenants = z.infer<typeof publicTenants>;

export const publicReportSummary = z.object({
  unitId: id,
  unitName: z.string(),
  periodId: id,
  periodKey: z.string(),
  periodName: z.string(),
  year: z.number().int(),
  adoptedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  publishedAt: z.string(),
});
export type PublicReportSummary = z.infer<typeof publicReportSummary>;

export const publicReportList = z.object({
  tenant: publicTenant,
  /** newest year first, then the periods in order, then the units by name */
  reports: z.array(publicReportSummary),
});
export type PublicReportList = z.infer<typeof publicReportList>;

export const publicGoal = z.object({
  goal: goal.omit({ version: true }),
  assessed: z.boolean(),
  assessment: goalAssessment.omit(internal).nullable(),
  suggestion: assessmentSuggestion,
  indicatorIds: z.array(id),
  activityIds: z.array(id),
});

export const publicIndicator = z.object({
  indicator: indicator.omit({ version: true, formula: true }),
  target: target.nullable(),
  outcome: outcome.omit({ ...internal, computed: true }).nullable(),
  previousOutcome: decimal.nullable(),
  attainment: indicatorAttainmentResult,
});

export const publicActivity = z.object({
  activity: activity.omit({ version: true }),
  report: activityReport.omit(internal).nullable(),
});

export type PublicGoal = z.infer<typeof publicGoal>;
export type PublicIndicator = z.infer<typeof publicIndicator>;
export type PublicActivity = z.infer<typeof publicActivity>;

export const publicReport = z.object({
  tenant: publicTenant,
  unit: z.object({ id, name: z.string() }),
  period,
  previousPeriod: period.nullable(),
  adoptedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  publishedAt: z.string(),
  goals: z.array(publicGoal),
  indicators: z.array(publicIndicator),
  activities: z.array(publicActivity),
  /** the report's chapters in its template's order, with the unit's texts */
  chapters: z.array(printedChapter),
});
export type PublicReport = z.infer<typeof publicReport>;

export const publicTenantParams = z.strictObject({ scbCode });
export const publicReportParams = z.strictObject({ scbCode, periodId: id, unitId: id });
