import type { AssessmentValue } from '#contracts/assessment.ts';
import {
  readerSentences as sentences,
  type ReaderAssessment,
  type ReaderWords,
} from '#contracts/followup.reader.ts';

/**
 * What a reader is told about a goal's assessment, in the UI's language: the sentences and their
 * wording are contracts/followup.reader.ts's, shared with the report's documents; the texts come
 * through i18next (`followup.reader`, made from that wording).
 */
export { readerAssessment, type ReaderAssessment } from '#contracts/followup.reader.ts';

export type Translate = (key: string, values?: Record<string, string>) => string;

const assessmentValues: AssessmentValue[] = ['helt', 'delvis', 'inte'];

/** The sentences, in order, as a reader sees and a printed report prints them. */
export function readerSentences(reader: ReaderAssessment, t: Translate): string[] {
  const words: ReaderWords = {
    judged: (value) => t('followup.reader.judged', { value }),
    notJudged: t('followup.reader.notJudged'),
    evidence: (value) => t('followup.reader.evidence', { value }),
    noEvidence: t('followup.reader.noEvidence'),
    justification: (text) => t('followup.reader.justification', { text }),
    values: Object.fromEntries(
      assessmentValues.map((v) => [v, t(`followup.print.values.${v}`)]),
    ) as Record<AssessmentValue, string>,
  };
  return sentences(reader, words);
}
