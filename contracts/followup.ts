import { z } from 'zod';
import { activity, activityReport } from './activities.ts';
import {
  assessmentSuggestion,
  assessmentValue,
  goalRollUp,
  indicatorAttainmentResult,
} from './assessment.ts';
import { id, isoDate, longText, storable, storedVersion } from './common.ts';
import { goal, goalAssessment } from './goals.ts';
import { decimal, enteredPreviousOutcome, indicator, outcome, target } from './indicators.ts';
import { period } from './years.ts';
import { frozenSummary } from './documents.ts';

/**
 * A unit's report for a period moves draft → ready (for review) → approved → adopted (by the
 * committee, with its decision date). An approver can send a ready report back with a comment.
 */
export const reportStatuses = ['draft', 'ready', 'approved', 'adopted'] as const;
export const reportStatus = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof reportStatus>;

export const reportState = z.object({
  unitId: id,
  periodId: id,
  status: reportStatus,
  adoptedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  /** the approver's comment when the report was sent back */
  returnComment: z.string(),
  version: z.number().int(),
  /** an adopted report that the public can read (GET /api/public/…); reopening unpublishes it */
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** why the report was adopted while something was still missing ('' when nothing was) */
  adoptReason: z.string(),
  /** why the report was published while something was still missing ('' when nothing was) */
  publishReason: z.string(),
  /** the adoption's answer only: the documents frozen with it (#11 item 3) */
  frozen: frozenSummary.optional(),
});
export type ReportState = z.infer<typeof reportState>;

export const reportTransitions = ['submit', 'send_back', 'approve', 'adopt', 'reopen'] as const;
export const reportTransition = z.enum(reportTransitions);
export type ReportTransition = z.infer<typeof reportTransition>;

/** Who takes a step: the unit's reporter, its approver, or an administrator. */
export type ReportStepTaker = 'writer' | 'approver' | 'administrator';

/**
 * The step chain, one table for the server's rule and the web's buttons: the states a step
 * starts from, where it leads and who takes it. The keys are in the order the buttons show.
 */
export const reportSteps = {
  submit: { from: ['draft'], to: 'ready', who: 'writer' },
  approve: { from: ['ready'], to: 'approved', who: 'approver' },
  send_back: { from: ['ready'], to: 'draft', who: 'approver' },
  adopt: { from: ['approved'], to: 'adopted', who: 'approver' },
  reopen: { from: ['approved', 'adopted'], to: 'draft', who: 'administrator' },
} as const satisfies Record<
  ReportTransition,
  { from: readonly ReportStatus[]; to: ReportStatus; who: ReportStepTaker }
>;

/** The steps that start from a status, in the order the buttons show. */
export const stepsFrom = (status: ReportStatus): ReportTransition[] =>
  (Object.keys(reportSteps) as ReportTransition[]).filter((step) =>
    (reportSteps[step].from as readonly ReportStatus[]).includes(status),
  );

/** A send-back comment at one goal, indicator or activity of the report. */
export const commentTargetKinds = ['goal', 'indicator', 'activity'] as const;
export const commentTargetKind = z.enum(commentTargetKinds);
export type CommentTargetKind = z.infer<typeof commentTargetKind>;
export const itemCommentInput = z.strictObject({
  kind: commentTargetKind,
  id,
  text: longText(5_000).refine((text) => text.trim() !== '', { error: 'must not be empty' }),
});
export type ItemCommentInput = z.infer<typeof itemCommentInput>;

export const reportTransitionInput = z.strictObject({
  transition: reportTransition,
  comment: longText(5_000).default(''),
  /** adopting a report with missing items: why (required then, recorded) */
  reason: longText(5_000).default(''),
  /** sending back: comments at the goals, indicators and activities besides the overall one */
  itemComments: z.array(itemCommentInput).max(200).default([]),
  adoptedOn: isoDate.nullable().default(null),
  decisionRef: storable(z.string().trim().max(100)).nullable().default(null),
  version: storedVersion(),
});
export type ReportTransitionInput = z.infer<typeof reportTransitionInput>;

/** Publish (true) or unpublish (false) an adopted report. */
export const publicationInput = z.strictObject({
  published: z.boolean(),
  /** publishing a report with missing items: why (required then, recorded) */
  reason: longText(5_000).default(''),
});
export type PublicationInput = z.infer<typeof publicationInput>;

// ── A unit's report for a period: everything it must report, with the evidence ─────────────────

/** Where last year's outcome comes from: the stored outcome of last year, or entered on this report. */
export const previousOutcomeSources = ['history', 'entered'] as const;
export const previousOutcomeSource = z.enum(previousOutcomeSources);
export type PreviousOutcomeSource = z.infer<typeof previousOutcomeSource>;

export const reportIndicator = z.object({
  indicator,
  target: target.nullable(),
  /**
   * The target the goal's owner stored for itself (the council's own target of a council
   * indicator a committee reports, as the council's unit row holds it), shown beside the unit's;
   * null when the unit owns the goal or the owner stored none. (`target.councilTarget` is the
   * KF target as the unit's own row restates it.)
   */
  ownersTarget: target.nullable().optional(),
  outcome: outcome.nullable(),
  /**
   * the outcome of the same period last year (e.g. "Periodens utfall VB 2014"): last year's
   * stored outcome when there is one, else the one entered on this report (`previousOutcomeSource`)
   */
  previousOutcome: decimal.nullable(),
  previousOutcomeSource: previousOutcomeSource.nullable(),
  /** last year's figures as entered on this report (with its version, to change them) */
  enteredPreviousOutcome: enteredPreviousOutcome.nullable(),
  /** a finding: last year's figures were entered and differ from last year's stored outcome */
  previousOutcomeDiffers: z.boolean(),
  attainment: indicatorAttainmentResult,
});
export type ReportIndicator = z.infer<typeof reportIndicator>;

export const reportActivity = z.object({ activity, report: activityReport.nullable() });
export type ReportActivity = z.infer<typeof reportActivity>;

export const reportGoal = z.object({
  goal,
  /** whether this unit assesses the goal (inriktningsmål and the vision are not assessed) */
  assessed: z.boolean(),
  assessment: goalAssessment.nullable(),
  suggestion: assessmentSuggestion,
  /** the written assessment is more positive than the evidence and says nothing of why */
  needsJustification: z.boolean(),
  indicatorIds: z.array(id),
  activityIds: z.array(id),
});
export type ReportGoal = z.infer<typeof reportGoal>;

export const missingKinds = [
  'assessment',
  'outcome',
  'activity_status',
  'justification',
  'chapter',
] as const;
export const missingItem = z.object({
  kind: z.enum(missingKinds),
  /** the goal's, indicator's or activity's id; a chapter's key */
  id: z.string().min(1),
  title: z.string(),
});
export type MissingItem = z.infer<typeof missingItem>;

export const unitReport = z.object({
  unit: z.object({ id, name: z.string() }),
  period,
  previousPeriod: period.nullable(),
  state: reportState,
  /** depth first in cascade order: inriktningsmål, its KF goals, their nämndmål … */
  goals: z.array(reportGoal),
  indicators: z.array(reportIndicator),
  /** activities under the report's goals first, then any others the unit answers for */
  activities: z.array(reportActivity),
  missing: z.array(missingItem),
  may: z.object({ write: z.boolean(), approve: z.boolean(), adopt: z.boolean() }),
});
export type UnitReport = z.infer<typeof unitReport>;

export const unitReportParams = z.strictObject({ unitId: id, periodId: id });
export const goalAssessmentParams = unitReportParams.extend({ goalId: id });
export const outcomeParams = unitReportParams.extend({ indicatorId: id });
export const activityReportParams = unitReportParams.extend({ activityId: id });

// ── Roll-up: how every unit below assesses each goal of a level ──────────────────────────────────

export const rollUpLevels = ['council', 'committee'] as const;
export const rollUpQuery = z.strictObject({
  level: z.enum(rollUpLevels).default('council'),
});

export const rollUpUnit = z.object({
  unitId: id,
  unitName: z.string(),
  /** the unit's written assessment of the goal; null = not reported */
  written: assessmentValue.nullable(),
  suggestion: assessmentValue.nullable(),
  justified: z.boolean(),
  disagrees: z.boolean(),
  indicators: z.object({
    met: z.number().int(),
    notMet: z.number().int(),
    missing: z.number().int(),
  }),
  status: reportStatus,
});
export type RollUpUnit = z.infer<typeof rollUpUnit>;

export const rollUpGoalRow = z.object({
  goal,
  counts: goalRollUp,
  units: z.array(rollUpUnit),
});
export type RollUpGoalRow = z.infer<typeof rollUpGoalRow>;

export const rollUp = z.object({
  period,
  level: z.enum(rollUpLevels),
  goals: z.array(rollUpGoalRow),
});
export type RollUp = z.infer<typeof rollUp>;
export const periodParams = z.strictObject({ periodId: id });
