import { z } from 'zod';
import { goalRollUp } from './assessment.ts';
import { id } from './common.ts';
import { reportStatus } from './followup.ts';
import { period } from './years.ts';

/**
 * The start page ("Att göra"): what waits for the signed-in person, by what they may do. A
 * reporter sees the reports they write; an approver the reports waiting for them; a controller
 * every unit of their part of the organisation; everyone the council goals and the latest
 * adopted reports.
 */

/** A report's standing: its status, or "not started" while nothing is stored. */
export const startStatuses = ['not_started', ...reportStatus.options] as const;
export const startStatus = z.enum(startStatuses);
export type StartStatus = z.infer<typeof startStatus>;

export const startReport = z.object({
  unit: z.object({ id, name: z.string() }),
  period,
  status: startStatus,
  /** days from today to the deadline: negative when it has passed; null without a deadline */
  daysLeft: z.number().int().nullable(),
  /** overdue: the deadline has passed and the report has not been marked ready */
  overdue: z.boolean(),
  /** what the report still lacks (assessments, outcomes, statuses, justifications) */
  missing: z.number().int(),
  /** the approver's comment when the report was sent back */
  returnComment: z.string(),
  adoptedOn: z.string().nullable(),
});
export type StartReport = z.infer<typeof startReport>;

export const startCouncilGoal = z.object({
  id,
  number: z.string().nullable(),
  title: z.string(),
  counts: goalRollUp,
});

export const startPage = z.object({
  /** today in Sweden, the base of the days left */
  today: z.string(),
  /** the year and period the page is about: the next deadline, or the last one passed */
  period: period.nullable(),
  /** the reports of the units the person writes for, every period of the year not yet approved */
  write: z.array(startReport),
  /** reports marked ready in the part of the organisation the person approves */
  approve: z.array(startReport),
  /** whether the person may see the overview of every unit (GET /api/start/units) */
  overview: z.boolean(),
  /** the council goals with how the units assess them, in the period of the page */
  council: z.array(startCouncilGoal),
  /** the latest adopted reports the person may read, newest first */
  adopted: z.array(startReport),
});
export type StartPage = z.infer<typeof startPage>;

export const overviewQuery = z.strictObject({
  periodId: id.optional(),
  status: startStatus.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const overviewPageSize = 25;

export const startOverview = z.object({
  period: period.nullable(),
  /** how many units of each status, over the whole part of the organisation */
  counts: z.record(startStatus, z.number().int()),
  /** units that match the filter, on this page */
  units: z.array(startReport),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StartOverview = z.infer<typeof startOverview>;
