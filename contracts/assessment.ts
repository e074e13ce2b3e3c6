import { z } from 'zod';
import { id } from './common.ts';

/**
 * The vocabulary of goal assessment, shared by the server's published rules
 * (server/modules/assessment, docs/assessment-rules.md) and the web app.
 */

/**
 * The assessment scale, from most to least positive. Swedish: "Årsmålet uppfylls helt / delvis /
 * inte" (the annual goal is fully / partly / not met).
 */
export const assessmentValues = ['helt', 'delvis', 'inte'] as const;
export const assessmentValue = z.enum(assessmentValues);
export type AssessmentValue = z.infer<typeof assessmentValue>;

const assessmentRank: Record<AssessmentValue, number> = { helt: 2, delvis: 1, inte: 0 };

/**
 * The published rule (docs/assessment-rules.md §3): helt is more positive than delvis, which is
 * more positive than inte; a written assessment above the suggestion needs a justification. A
 * missing assessment or suggestion is never more positive (so never needs one).
 */
export const isMorePositive = (
  written: AssessmentValue | null,
  suggested: AssessmentValue | null,
): boolean =>
  written !== null && suggested !== null && assessmentRank[written] > assessmentRank[suggested];

/**
 * Which outcomes are good. Swedish reports show it through "(lägst)" (a floor: higher is better),
 * "(max)" (a ceiling: lower is better) and "+/-1 %" (within an interval around the target).
 */
export const directions = ['higher_is_better', 'lower_is_better', 'within_interval'] as const;
export const direction = z.enum(directions);
export type Direction = z.infer<typeof direction>;

export const activityStatuses = [
  'not_started',
  'ongoing',
  'completed',
  'delayed',
  'cancelled',
] as const;
export const activityStatus = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof activityStatus>;

/**
 * A decimal number as PostgreSQL `numeric` prints it ("94.18", "-1", "6700"). The rules compare
 * these exactly, never as binary floating point.
 */
export const decimalString = z
  .string()
  .regex(/^[+-]?\d+(\.\d+)?$/, { error: 'must be a decimal number such as 94.18' });

// ── One indicator against its target ───────────────────────────────────────────────────────────

export const indicatorAttainmentInput = z.object({
  direction,
  outcome: decimalString.nullable(),
  target: decimalString.nullable(),
  /** within_interval only: ± around the target in the indicator's unit ("+/-1 %" → "1") */
  tolerance: decimalString.nullable(),
  /** the outcome in last year's report ("Periodens utfall VB <föregående år>") */
  previousOutcome: decimalString.nullable(),
  outcomeWomen: decimalString.nullable(),
  outcomeMen: decimalString.nullable(),
  /** judged elsewhere: "Rapporteras i stadens bokslut", or a target KF leaves to someone else */
  targetSetElsewhere: z.boolean().optional(),
});
export type IndicatorAttainmentInput = z.infer<typeof indicatorAttainmentInput>;

/**
 * met / not_met: judged against the target. no_outcome: a target is set here but the outcome is
 * missing (a gap the reporter can fill). no_target: nothing to judge in this report.
 */
export const indicatorStatuses = ['met', 'not_met', 'no_outcome', 'no_target'] as const;
export const indicatorStatus = z.enum(indicatorStatuses);
export type IndicatorStatus = z.infer<typeof indicatorStatus>;

export const trends = ['better', 'worse', 'unchanged'] as const;
export const trend = z.enum(trends);
export type Trend = z.infer<typeof trend>;

export const genderGap = z.object({
  women: decimalString,
  men: decimalString,
  /** women − men, exactly, at the larger of the two scales (as PostgreSQL subtracts) */
  difference: decimalString,
});
export type GenderGap = z.infer<typeof genderGap>;

export const indicatorAttainmentResult = z.object({
  status: indicatorStatus,
  /**
   * For display, rounded to one decimal; above 100 is always better than the target
   * (lower_is_better gives target / outcome). Null for within_interval and where a ratio means
   * nothing (no outcome, a target of 0 or below, a negative outcome).
   */
  percentOfTarget: z.number().nullable(),
  /** against the previous outcome, respecting the direction; null without both values */
  trend: trend.nullable(),
  genderGap: genderGap.nullable(),
});
export type IndicatorAttainment = z.infer<typeof indicatorAttainmentResult>;

// ── A goal's suggested assessment ───────────────────────────────────────────────────────────────

export const assessmentEvidence = z.object({
  /** only the status counts: met / not_met are evidence, no_outcome / no_target are missing */
  indicators: z.array(z.object({ status: indicatorStatus })),
  activities: z.array(z.object({ status: activityStatus })),
  /** the sub-goals' written assessments; null = not reported */
  childGoals: z.array(z.object({ assessment: assessmentValue.nullable() })),
});
export type AssessmentEvidence = z.infer<typeof assessmentEvidence>;

/** Machine-readable reasons; the web app translates each code with its params. */
export const assessmentReasonCodes = [
  'indicators_met',
  'indicators_without_outcome',
  'indicators_without_target',
  'activities_on_track',
  'activities_delayed',
  'activities_cancelled',
  'activities_not_started',
  'child_goals_assessed',
  'child_goals_not_reported',
  'score_reaches_helt',
  'missed_indicator_prevents_helt',
  'score_below_inte',
  'score_between_thresholds',
  'no_evidence',
] as const;
export const assessmentReasonCode = z.enum(assessmentReasonCodes);
export type AssessmentReasonCode = z.infer<typeof assessmentReasonCode>;

export const assessmentReason = z.object({
  code: assessmentReasonCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type AssessmentReason = z.infer<typeof assessmentReason>;

export const assessmentSuggestion = z.object({
  /** null: not enough evidence to suggest anything */
  suggestion: assessmentValue.nullable(),
  /** the version of the published rules that computed this; stored with every suggestion */
  ruleVersion: z.string(),
  /** the weighted share of evidence on track, 0..1; null without evidence */
  score: z.number().min(0).max(1).nullable(),
  reasons: z.array(assessmentReason),
});
export type AssessmentSuggestion = z.infer<typeof assessmentSuggestion>;

// ── Roll-up of one goal over the units that report on it ────────────────────────────────────────

export const goalUnitReport = z.object({
  unitId: id,
  written: assessmentValue.nullable(),
  suggestion: assessmentValue.nullable(),
  /** a written justification exists for a written assessment more positive than the evidence */
  justified: z.boolean(),
});
export type GoalUnitReport = z.infer<typeof goalUnitReport>;

export const goalRollUp = z.object({
  helt: z.number().int(),
  delvis: z.number().int(),
  inte: z.number().int(),
  /** no written assessment; helt + delvis + inte + notReported = total */
  notReported: z.number().int(),
  /** written and suggested both present and different (either way) */
  disagreements: z.number().int(),
  /** written more positive than suggested, without a justification */
  unjustifiedDisagreements: z.number().int(),
  total: z.number().int(),
});
export type GoalRollUp = z.infer<typeof goalRollUp>;
