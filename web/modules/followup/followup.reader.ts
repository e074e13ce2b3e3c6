import type { AssessmentValue } from '#contracts/assessment.ts';
import type { ReportGoal } from '#contracts/followup.ts';

/**
 * What a reader is told about a goal's assessment: what the committee judged, what the evidence
 * points to, and the committee's reason, in that order ("Nämnden bedömer: helt. Underlaget pekar
 * på: delvis. Motivering: …"). No prompts meant for the writer: a missing reason is not an error
 * to a reader, it is simply not there.
 */
export type ReaderAssessment = {
  judged: AssessmentValue | null;
  /** null when there is no evidence to compute a suggestion from */
  evidence: AssessmentValue | null;
  justification: string | null;
  /** the committee's assessment and the evidence differ */
  differs: boolean;
};

/** null for a goal that is not assessed at its level (its text is all there is). */
export function readerAssessment(goal: ReportGoal): ReaderAssessment | null {
  if (!goal.assessed) return null;
  const judged = goal.assessment?.value ?? null;
  const evidence = goal.suggestion.suggestion;
  const justification = goal.assessment?.justification.trim() || null;
  return {
    judged,
    evidence,
    justification,
    differs: judged !== null && evidence !== null && judged !== evidence,
  };
}

export type Translate = (key: string, values?: Record<string, string>) => string;

/** The sentences, in order, as a reader sees and a printed report prints them. */
export function readerSentences(reader: ReaderAssessment, t: Translate): string[] {
  const value = (v: AssessmentValue) => t(`followup.print.values.${v}`);
  return [
    reader.judged
      ? t('followup.reader.judged', { value: value(reader.judged) })
      : t('followup.reader.notJudged'),
    reader.evidence
      ? t('followup.reader.evidence', { value: value(reader.evidence) })
      : t('followup.reader.noEvidence'),
    ...(reader.justification
      ? [t('followup.reader.justification', { text: reader.justification })]
      : []),
  ];
}
