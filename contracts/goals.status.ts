import { z } from 'zod';
import { assessmentValue, goalRollUp } from './assessment.ts';
import { id } from './common.ts';
import { goal } from './goals.ts';
import { publicTenant } from './portal.ts';
import { scbCode } from './tenants.ts';
import { period } from './years.ts';

/**
 * Each goal's status in a period, for the goal tree: the owner unit's written assessment, and
 * where other units assess the goal too (a KF goal as the committees judge it) their counts, as
 * the roll-up counts them. Only the units the caller may read (or, in public, the published
 * reports) are told.
 */
export const goalStatus = z.object({
  goalId: id,
  /** whether the owner unit's report is among those read (else `value` says nothing) */
  ownerRead: z.boolean(),
  /** the owner unit's written assessment; null: not assessed */
  value: assessmentValue.nullable(),
  /** the other units' written assessments of the goal, counted; null when none assesses it */
  others: goalRollUp.pick({ helt: true, delvis: true, inte: true, total: true }).nullable(),
});
export type GoalStatus = z.infer<typeof goalStatus>;

export const goalStatuses = z.object({ period, statuses: z.array(goalStatus) });
export type GoalStatuses = z.infer<typeof goalStatuses>;

/** The public goal tree of a period: the goals of the published reports, with their statuses. */
export const publicGoalTree = z.object({
  tenant: publicTenant,
  period,
  goals: z.array(goal.omit({ version: true })),
  statuses: z.array(goalStatus),
});
export type PublicGoalTree = z.infer<typeof publicGoalTree>;

export const publicGoalTreeParams = z.strictObject({ scbCode, periodId: id });
