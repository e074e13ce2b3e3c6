import type { AssessmentReason, AssessmentReasonCode } from '#contracts/assessment.ts';
import { localeOf } from '#web/lib/format.ts';

/**
 * The reasons behind a suggested assessment come as codes with params (docs/assessment-rules.md
 * §2, "Reasons"); the page shows each as a sentence. Percentages are written as the language
 * writes them ("69,2"); the param that decides singular or plural is passed as `count`.
 */
const percentParams = new Set(['score', 'threshold', 'helt', 'inte']);
const verdicts = new Set<AssessmentReasonCode>([
  'score_reaches_helt',
  'missed_indicator_prevents_helt',
  'score_between_thresholds',
  'score_below_inte',
]);

/** Which param counts the things the sentence is about (for "1 indikator" / "2 indikatorer"). */
const countParam: Partial<Record<AssessmentReasonCode, string>> = {
  indicators_met: 'total',
  activities_on_track: 'total',
  child_goals_assessed: 'total',
  missed_indicator_prevents_helt: 'missed',
};

export type ReasonMessage = { key: string; values: Record<string, string | number> };

export function reasonMessage(reason: AssessmentReason, language = 'sv'): ReasonMessage {
  const format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    values[name] =
      typeof value === 'number' && verdicts.has(reason.code) && percentParams.has(name)
        ? format.format(value)
        : value;
  }
  const counted = countParam[reason.code];
  if (counted !== undefined && typeof reason.params[counted] === 'number')
    values.count = reason.params[counted];
  return { key: `followup.reasons.${reason.code}`, values };
}

/** The score (0..1) as a percentage with at most one decimal: 0.6923 → "69,2 %". */
export function formatScore(score: number, language = 'sv'): string {
  const percent = Math.round(score * 1000) / 10;
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(percent)}\u00a0%`;
}
