import type { AssessmentValue } from './assessment.ts';
import type { ReportGoal } from './followup.ts';

/**
 * What a reader is told about a goal's assessment: what the committee judged, what the evidence
 * points to, and the committee's reason, in that order ("Nämnden bedömer: helt. Underlaget pekar
 * på: delvis. Motivering: …"). No prompts meant for the writer: a missing reason is not an error
 * to a reader, it is simply not there. One wording for the report page, the print view
 * (web/modules/followup/followup.reader.ts, through the UI's texts) and the report's documents
 * (server/modules/documents/documents.report.goals.rules.ts, always Swedish).
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
export function readerAssessment(
  goal: Pick<ReportGoal, 'assessed' | 'assessment' | 'suggestion'>,
): ReaderAssessment | null {
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

/** The words of the sentences: each a text, or a function of the value or reason it names. */
export type ReaderWords = {
  judged: (value: string) => string;
  notJudged: string;
  evidence: (value: string) => string;
  noEvidence: string;
  justification: (text: string) => string;
  values: Record<AssessmentValue, string>;
};

export const readerWords = {
  sv: {
    judged: (value) => `Nämnden bedömer: ${value}.`,
    notJudged: 'Nämnden har inte bedömt målet ännu.',
    evidence: (value) => `Underlaget pekar på: ${value}.`,
    noEvidence: 'Underlaget räcker inte för ett förslag.',
    justification: (text) => `Motivering: ${text}`,
    values: { helt: 'helt', delvis: 'delvis', inte: 'inte' },
  },
  en: {
    judged: (value) => `The committee judges: ${value}.`,
    notJudged: 'The committee has not assessed the goal yet.',
    evidence: (value) => `The evidence points to: ${value}.`,
    noEvidence: 'The evidence is not enough for a suggestion.',
    justification: (text) => `Justification: ${text}`,
    values: { helt: 'fully', delvis: 'partly', inte: 'not' },
  },
} satisfies Record<'sv' | 'en', ReaderWords>;

/** The sentences, in order, as a reader sees and a printed report and a document print them. */
export function readerSentences(reader: ReaderAssessment, words: ReaderWords): string[] {
  return [
    reader.judged ? words.judged(words.values[reader.judged]) : words.notJudged,
    reader.evidence ? words.evidence(words.values[reader.evidence]) : words.noEvidence,
    ...(reader.justification ? [words.justification(reader.justification)] : []),
  ];
}
