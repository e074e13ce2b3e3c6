import { z } from 'zod';
import { activityStatus } from './assessment.ts';
import { id, isoDate, lastChange, longText, shortText, storedVersion } from './common.ts';
import { year } from './years.ts';

/** KF-aktivitet, nämndaktivitet, uppdrag. */
export const activityKinds = ['council_activity', 'committee_activity', 'assignment'] as const;
export const activityKind = z.enum(activityKinds);

export const activityInput = z.strictObject({
  year,
  kind: activityKind,
  title: shortText(1_000),
  description: longText(10_000).default(''),
  goalId: id.nullable(),
  responsibleUnitId: id,
  /** "i samråd med": units that share the activity and report on it too */
  coResponsibleUnitIds: z.array(id).max(100).default([]),
  startsOn: isoDate,
  endsOn: isoDate,
});
export type ActivityInput = z.infer<typeof activityInput>;

export const activity = activityInput.extend({
  id,
  previousActivityId: id.nullable(),
  position: z.number().int(),
  version: z.number().int(),
});
export type Activity = z.infer<typeof activity>;

export const activityReport = z.object({
  activityId: id,
  unitId: id,
  periodId: id,
  status: activityStatus.nullable(),
  deviation: z.string(),
  analysis: z.string(),
  ...lastChange,
});
export type ActivityReport = z.infer<typeof activityReport>;

export const activityReportInput = z.strictObject({
  status: activityStatus.nullable(),
  deviation: longText(5_000).default(''),
  analysis: longText(20_000).default(''),
  version: storedVersion(),
});
export type ActivityReportInput = z.infer<typeof activityReportInput>;

/** A shared activity with each responsible unit's report for a period, side by side. */
export const activityReportsView = z.object({
  activity,
  units: z.array(
    z.object({
      unitId: id,
      unitName: z.string(),
      responsible: z.boolean(),
      report: activityReport.nullable(),
    }),
  ),
});
export type ActivityReportsView = z.infer<typeof activityReportsView>;
export const activityReportsQuery = z.strictObject({ periodId: id });
