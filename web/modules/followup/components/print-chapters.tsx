import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { PrintedChapter, ReportChapters } from '#contracts/reports.ts';
import type { FollowUpSummaryRow } from '#contracts/internal-control.ts';
import { PrintedInternalControl } from '#web/modules/internal-control/components/internal-control-chapter.tsx';
import { useReportData } from './report-context.tsx';

/**
 * The report's chapters in its template's order, numbered as printed, each with the unit's text;
 * the goal follow-up (`children`) stands at its chapter's place. Texts are the writers' own:
 * shown as text with its line breaks, never as HTML.
 */
export function PrintedChapters({
  chapters,
  children,
}: {
  chapters: readonly PrintedChapter[];
  children: ReactNode;
}) {
  return chapters.map((chapter) => {
    const sub = chapter.parentKey !== null;
    return (
      <section key={chapter.key} className="print-chapter">
        <Heading level={sub ? 3 : 2} data-size={sub ? 'sm' : 'md'}>
          {`${chapter.number} ${chapter.heading}`}
        </Heading>
        {chapter.kind === 'goals'
          ? children
          : chapter.text !== null && <Paragraph className="prewrap">{chapter.text}</Paragraph>}
        {chapter.internalControl && <InternalControlOfReport rows={chapter.internalControl} />}
      </section>
    );
  });
}

/** The internal control chapter of the report being printed (signed in: the public has no rows). */
function InternalControlOfReport({ rows }: { rows: readonly FollowUpSummaryRow[] }) {
  const { report } = useReportData();
  return <PrintedInternalControl rows={rows} unit={report.unit} year={report.period.year} />;
}

/** A signed-in unit's chapters as printed: a blank text is no text. */
export const printedOf = (read: ReportChapters): PrintedChapter[] =>
  read.chapters.map((c) => ({
    key: c.key,
    kind: c.kind,
    number: c.number,
    heading: c.heading,
    parentKey: c.parentKey,
    text: c.text && c.text.text.trim() !== '' ? c.text.text : null,
    ...(c.internalControl ? { internalControl: c.internalControl } : {}),
  }));
