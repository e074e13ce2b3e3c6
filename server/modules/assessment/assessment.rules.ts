import type {
  ActivityStatus,
  AssessmentEvidence,
  AssessmentReason,
  AssessmentSuggestion,
  AssessmentValue,
  GoalRollUp,
  GoalUnitReport,
  IndicatorStatus,
} from '#contracts/assessment.ts';
import { isMorePositive } from '#contracts/assessment.ts';

export { indicatorAttainment } from './assessment.indicators.rules.ts';

/**
 * Published rules, part 2: a goal's suggested assessment from its evidence, when a written one
 * needs a justification, and the roll-up over units (docs/assessment-rules.md §2–4).
 *
 * The rule in three sentences:
 * 1. Every counted piece of evidence scores 1, ½ or 0 (a met indicator 1, a missed one 0; an
 *    activity completed or ongoing 1, delayed ½, cancelled 0; a sub-goal assessed helt 1,
 *    delvis ½, inte 0), and the goal's score is their weighted average with indicators weighing
 *    2 and activities and sub-goals 1; activities not started, sub-goals not reported and
 *    indicators without outcome or target are left out.
 * 2. The suggestion is helt when the score is at least 90 % and no indicator missed its target,
 *    inte when the score is below 50 %, and delvis otherwise; with nothing counted there is none.
 * 3. A written assessment more positive than the suggestion needs a written justification.
 *
 * Any change to what this file or assessment.indicators.rules.ts computes (a weight, a score, a
 * threshold, what is counted, how an indicator is judged) must bump ASSESSMENT_RULE_VERSION and
 * the document, because every stored suggestion names the version that computed it.
 */
export const ASSESSMENT_RULE_VERSION = 'assessment-v1';

/** Indicators are the goal's measured targets (R-G3), so they weigh twice an activity. */
export const EVIDENCE_WEIGHTS = { indicator: 2, activity: 1, childGoal: 1 } as const;

/** Thresholds on the score, as exact fractions: helt at ≥ 9/10, inte below 1/2. */
export const SCORE_THRESHOLDS = {
  helt: { numerator: 9, denominator: 10 },
  inte: { numerator: 1, denominator: 2 },
} as const;

// Item scores are counted in halves so that all arithmetic stays in integers: 2 = 1, 1 = ½.
// null = left out of the score.
const INDICATOR_HALVES: Record<IndicatorStatus, number | null> = {
  met: 2,
  not_met: 0,
  no_outcome: null,
  no_target: null,
};
// not_started is left out rather than scored 0: the status carries no date, and an activity that
// should have started by now is "delayed". ongoing counts as on track: a year-end report may
// report a multi-year activity as ongoing.
const ACTIVITY_HALVES: Record<ActivityStatus, number | null> = {
  completed: 2,
  ongoing: 2,
  delayed: 1,
  cancelled: 0,
  not_started: null,
};
const ASSESSMENT_HALVES: Record<AssessmentValue, number> = { helt: 2, delvis: 1, inte: 0 };

export { isMorePositive };

/** Approval waits for a justification only when the written assessment exceeds a suggestion. */
export const needsJustification = isMorePositive;

function countBy<T extends string>(items: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** A score as a percentage with one decimal, rounded half up, for reasons shown to people. */
const percent = (halves: number, weight: number): number =>
  Math.floor((1000 * halves + weight) / (2 * weight)) / 10;

const reason = (
  code: AssessmentReason['code'],
  params: AssessmentReason['params'] = {},
): AssessmentReason => ({ code, params });

/** The machine-readable account of what was counted and what was left out. */
function evidenceReasons(evidence: AssessmentEvidence): AssessmentReason[] {
  const indicators = countBy(evidence.indicators.map((i) => i.status));
  const activities = countBy(evidence.activities.map((a) => a.status));
  const children = countBy(evidence.childGoals.map((c) => c.assessment ?? 'not_reported'));
  const n = (counts: Record<string, number>, key: string) => counts[key] ?? 0;
  const met = n(indicators, 'met');
  const measured = met + n(indicators, 'not_met');
  const onTrack = n(activities, 'completed') + n(activities, 'ongoing');
  const [delayed, cancelled] = [n(activities, 'delayed'), n(activities, 'cancelled')];
  const assessed = evidence.childGoals.length - n(children, 'not_reported');
  const candidates: [boolean, AssessmentReason][] = [
    [measured > 0, reason('indicators_met', { met, total: measured })],
    [
      n(indicators, 'no_outcome') > 0,
      reason('indicators_without_outcome', { count: n(indicators, 'no_outcome') }),
    ],
    [
      n(indicators, 'no_target') > 0,
      reason('indicators_without_target', { count: n(indicators, 'no_target') }),
    ],
    [
      onTrack + delayed + cancelled > 0,
      reason('activities_on_track', { onTrack, total: onTrack + delayed + cancelled }),
    ],
    [delayed > 0, reason('activities_delayed', { count: delayed })],
    [cancelled > 0, reason('activities_cancelled', { count: cancelled })],
    [
      n(activities, 'not_started') > 0,
      reason('activities_not_started', { count: n(activities, 'not_started') }),
    ],
    [
      assessed > 0,
      reason('child_goals_assessed', {
        helt: n(children, 'helt'),
        delvis: n(children, 'delvis'),
        inte: n(children, 'inte'),
        total: assessed,
      }),
    ],
    [
      n(children, 'not_reported') > 0,
      reason('child_goals_not_reported', { count: n(children, 'not_reported') }),
    ],
  ];
  return candidates.filter(([shown]) => shown).map(([, r]) => r);
}

/**
 * The suggested assessment of a goal for a period from its indicators, activities and sub-goals.
 * It is a suggestion: the written assessment stays a judgement (R-G4), but one more positive than
 * this must say why (see needsJustification).
 */
export function suggestAssessment(evidence: AssessmentEvidence): AssessmentSuggestion {
  // halves: the weighted sum of item scores, in halves; weight: the sum of the counted weights.
  let halves = 0;
  let weight = 0;
  const add = (itemHalves: number | null, itemWeight: number) => {
    if (itemHalves === null) return;
    halves += itemHalves * itemWeight;
    weight += itemWeight;
  };
  for (const i of evidence.indicators) add(INDICATOR_HALVES[i.status], EVIDENCE_WEIGHTS.indicator);
  for (const a of evidence.activities) add(ACTIVITY_HALVES[a.status], EVIDENCE_WEIGHTS.activity);
  for (const c of evidence.childGoals)
    add(c.assessment === null ? null : ASSESSMENT_HALVES[c.assessment], EVIDENCE_WEIGHTS.childGoal);

  const reasons = evidenceReasons(evidence);
  const result = (suggestion: AssessmentValue | null, verdict: AssessmentReason) => ({
    suggestion,
    ruleVersion: ASSESSMENT_RULE_VERSION,
    score: weight === 0 ? null : halves / (2 * weight),
    reasons: [...reasons, verdict],
  });
  if (weight === 0) return result(null, reason('no_evidence'));

  // score = halves / (2 × weight); compare cross-multiplied so that no rounding decides.
  const { helt, inte } = SCORE_THRESHOLDS;
  const score = percent(halves, weight);
  const heltPercent = (100 * helt.numerator) / helt.denominator;
  const intePercent = (100 * inte.numerator) / inte.denominator;
  const missed = evidence.indicators.filter((i) => i.status === 'not_met').length;
  if (halves * helt.denominator >= 2 * weight * helt.numerator) {
    return missed === 0
      ? result('helt', reason('score_reaches_helt', { score, threshold: heltPercent }))
      : result('delvis', reason('missed_indicator_prevents_helt', { score, missed }));
  }
  if (halves * inte.denominator < 2 * weight * inte.numerator)
    return result('inte', reason('score_below_inte', { score, threshold: intePercent }));
  return result(
    'delvis',
    reason('score_between_thresholds', { score, helt: heltPercent, inte: intePercent }),
  );
}

/**
 * Counts one goal's written assessments over the units that report on it. A disagreement is a
 * written assessment that differs from a present suggestion either way; it is unjustified when
 * the written one is the more positive and no justification was given. A unit may report once.
 */
export function rollUpGoal(reports: readonly GoalUnitReport[]): GoalRollUp {
  const counts: GoalRollUp = {
    helt: 0,
    delvis: 0,
    inte: 0,
    notReported: 0,
    disagreements: 0,
    unjustifiedDisagreements: 0,
    total: 0,
  };
  const seen = new Set<string>();
  for (const report of reports) {
    if (seen.has(report.unitId))
      throw new RangeError(`unit ${report.unitId} reports twice on the same goal`);
    seen.add(report.unitId);
    counts.total += 1;
    if (report.written === null) {
      counts.notReported += 1;
      continue;
    }
    counts[report.written] += 1;
    if (report.suggestion !== null && report.suggestion !== report.written)
      counts.disagreements += 1;
    if (needsJustification(report.written, report.suggestion) && !report.justified)
      counts.unjustifiedDisagreements += 1;
  }
  return counts;
}
