import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChapterMissing, ReportChapter, ReportChapters } from '#contracts/reports.ts';
import { JumpLink } from '#web/modules/followup/components/jump-link.tsx';
import { InternalControlChapter } from '#web/modules/internal-control/components/internal-control-chapter.tsx';
import { DataTable } from '#web/ui/data-table.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { chaptersQuery, type Place } from '../reports.api.ts';
import { AttachmentList } from './attachment-list.tsx';
import { ChapterTextForm } from './chapter-text.tsx';
import { OtherAccountsChapter } from '#web/modules/hr/components/other-accounts-chapter.tsx';
import '../reports.css';

export const chapterAnchor = (key: string) => `chapter-${key}`;

/**
 * A unit's report as its template's chapters: a table of contents with what each chapter is
 * missing, then each chapter with its guidance, its text (written here) and what it shows
 * from elsewhere (the goal follow-up below, the economy, the attachments).
 */
export function ReportChaptersSection({
  place,
  announce,
}: {
  place: Place;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const chapters = useQuery(chaptersQuery(place));
  return (
    <section className="section report-chapters" aria-labelledby="report-chapters-title">
      <Heading level={2} data-size="sm" id="report-chapters-title">
        {t('reports.chapters.title')}
      </Heading>
      <QueryState query={chapters}>
        {(data) => (
          <>
            <Contents data={data} />
            {data.chapters.map((chapter) => (
              <Chapter
                key={chapter.key}
                chapter={chapter}
                data={data}
                place={place}
                announce={announce}
              />
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}

function useMissingText() {
  const { t } = useTranslation();
  return (missing: ChapterMissing) => {
    switch (missing.code) {
      case 'text':
        return t('reports.chapters.missingText');
      case 'goals':
        return t('reports.chapters.missingGoals', { count: missing.count });
      case 'attachments':
        return t('reports.chapters.missingAttachments');
      case 'internal_control':
        return t('reports.chapters.missingInternalControl');
    }
  };
}

function Contents({ data }: { data: ReportChapters }) {
  const { t } = useTranslation();
  const missingText = useMissingText();
  return (
    <>
      <Paragraph>{t('reports.chapters.intro')}</Paragraph>
      <DataTable
        label={t('reports.chapters.caption')}
        columns={[
          t('reports.chapters.number'),
          t('reports.chapters.heading'),
          t('reports.chapters.missing'),
        ]}
      >
        <Table.Body>
          {data.chapters.map((chapter) => (
            <Table.Row key={chapter.key}>
              <Table.Cell>{chapter.number}</Table.Cell>
              <Table.HeaderCell scope="row">
                <JumpLink to={chapterAnchor(chapter.key)}>{chapter.heading}</JumpLink>
              </Table.HeaderCell>
              <Table.Cell>
                {chapter.missing.length === 0
                  ? t('reports.chapters.nothingMissing')
                  : chapter.missing.map(missingText).join(', ')}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </>
  );
}

function SourceNote({ chapter, data }: { chapter: ReportChapter; data: ReportChapters }) {
  const { t } = useTranslation();
  switch (chapter.source) {
    case 'goals':
      return <Paragraph>{t('reports.chapters.sourceGoals')}</Paragraph>;
    case 'economy':
      return <Paragraph>{t('reports.chapters.sourceEconomy')}</Paragraph>;
    case 'no_data':
      return <Paragraph className="muted">{t('reports.chapters.sourceNoData')}</Paragraph>;
    case 'internal_control':
      return (
        <InternalControlChapter
          rows={chapter.internalControl ?? []}
          unitId={data.unitId}
          year={data.template.year}
        />
      );
    case 'attachments':
    case 'none':
      return null;
  }
}

function Chapter({
  chapter,
  data,
  place,
  announce,
}: {
  chapter: ReportChapter;
  data: ReportChapters;
  place: Place;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = chapterAnchor(chapter.key);
  const title = `${chapter.number} ${chapter.heading}`;
  return (
    <article className="report-chapter" aria-labelledby={id}>
      <Heading level={3} data-size="xs" id={id} tabIndex={-1}>
        {title}
      </Heading>
      {data.may.write && chapter.guidance.trim() !== '' && (
        <Paragraph data-size="sm" className="muted prewrap">
          <strong>{t('reports.chapters.guidance')}:</strong> {chapter.guidance}
        </Paragraph>
      )}
      <SourceNote chapter={chapter} data={data} />
      <OtherAccountsChapter chapter={chapter} unitId={place.unitId} year={data.template.year} />
      {chapter.source === 'attachments' && (
        <AttachmentList
          place={place}
          attachments={data.attachments}
          writable={data.may.write}
          announce={announce}
        />
      )}
      {chapter.hasText &&
        (data.may.write ? (
          <ChapterTextForm chapter={chapter} title={title} place={place} announce={announce} />
        ) : (
          <Paragraph className="prewrap">
            {chapter.text?.text.trim() ? chapter.text.text : t('reports.chapters.noText')}
          </Paragraph>
        ))}
    </article>
  );
}
