import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportGoal } from '#contracts/followup.ts';
import { readerAssessment, readerSentences, type Translate } from '../followup.reader.ts';

/**
 * "Nämnden bedömer: helt. Underlaget pekar på: delvis. Motivering: …": the same lines on the
 * report page for a reader, in the printed report and in the public portal.
 */
export function ReaderAssessment({ goal, className }: { goal: ReportGoal; className?: string }) {
  const { t } = useTranslation();
  const reader = readerAssessment(goal);
  if (!reader) return null;
  const [judged, ...rest] = readerSentences(reader, t as unknown as Translate);
  const classes = [
    'reader-assessment',
    'prewrap',
    className,
    reader.differs && 'print-disagreement',
  ];
  return (
    <Paragraph className={classes.filter(Boolean).join(' ')}>
      <strong>{judged}</strong> {rest.join(' ')}
    </Paragraph>
  );
}
