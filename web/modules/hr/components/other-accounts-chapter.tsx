import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FeedbackView } from '#contracts/feedback.ts';
import type { ReportChapter } from '#contracts/reports.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { feedbackQuery, staffQuery, type StaffPlace } from '../hr.api.ts';
import { StaffFigures } from './staff-page.tsx';

/**
 * What the "other accounts" chapters show from their own data: "Nyckeltal personalstatistik"
 * (kind staff) the unit's staff key figures with last year's, "Synpunkter och klagomål" (kind
 * complaints) its feedback counts and surveys. Other kinds show nothing here.
 */
export function OtherAccountsChapter({
  chapter,
  unitId,
  year,
}: {
  chapter: Pick<ReportChapter, 'kind'>;
  unitId: string;
  year: number;
}) {
  if (chapter.kind === 'staff') return <StaffChapter place={{ unitId, year }} />;
  if (chapter.kind === 'complaints') return <FeedbackChapter place={{ unitId, year }} />;
  return null;
}

function StaffChapter({ place }: { place: StaffPlace }) {
  const view = useQuery(staffQuery(place));
  return <QueryState query={view}>{(data) => <StaffFigures view={data} />}</QueryState>;
}

function FeedbackChapter({ place }: { place: StaffPlace }) {
  const view = useQuery(feedbackQuery(place));
  return <QueryState query={view}>{(data) => <FeedbackTables view={data} />}</QueryState>;
}

/** A share as it was reported: 81 as "81", 81.5 as "81,5" (never rounded to a whole). */
const decimalsOf = (n: number | null) =>
  n === null || Number.isInteger(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2;

export function FeedbackTables({ view }: { view: FeedbackView }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const { current, previous } = view;
  if (!current.feedback)
    return <Paragraph>{t('staff.feedback.none', { year: current.year })}</Paragraph>;
  const number = (n: number | null | undefined, decimals = 0) =>
    n === null || n === undefined ? t('staff.none') : messages.number(n, decimals);
  const kinds = ['complaint', 'praise', 'suggestion', 'total'] as const;
  return (
    <>
      <DataTable
        label={t('staff.feedback.countsCaption', {
          year: current.year,
          previous: previous.year,
          unit: view.unit.name,
        })}
        columns={[t('staff.feedback.colKind'), String(current.year), String(previous.year)]}
      >
        <Table.Body>
          {kinds.map((kind) => (
            <Table.Row key={kind}>
              <Table.HeaderCell scope="row">{t(`staff.feedback.${kind}`)}</Table.HeaderCell>
              <Table.Cell className="numeric">{number(current.totals?.[kind])}</Table.Cell>
              <Table.Cell className="numeric">{number(previous.totals?.[kind])}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
      {current.feedback.counts.length > 0 && (
        <DataTable
          label={t('staff.feedback.byCategoryCaption', { year: current.year })}
          columns={[
            t('staff.feedback.colKind'),
            t('staff.feedback.colCategory'),
            t('staff.feedback.colChannel'),
            t('staff.feedback.colCount'),
          ]}
        >
          <Table.Body>
            {current.feedback.counts.map((c, i) => (
              <Table.Row key={i}>
                <Table.Cell>{t(`staff.feedback.${c.kind}`)}</Table.Cell>
                <Table.Cell>{c.category}</Table.Cell>
                <Table.Cell>{c.channel}</Table.Cell>
                <Table.Cell className="numeric">{number(c.count)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
      {current.feedback.themes.trim() !== '' && (
        <>
          <Heading level={4} data-size="2xs">
            {t('staff.feedback.themes')}
          </Heading>
          <Paragraph className="prewrap">{current.feedback.themes}</Paragraph>
        </>
      )}
      {current.feedback.actions.trim() !== '' && (
        <>
          <Heading level={4} data-size="2xs">
            {t('staff.feedback.actions')}
          </Heading>
          <Paragraph className="prewrap">{current.feedback.actions}</Paragraph>
        </>
      )}
      {current.feedback.surveys.length > 0 && (
        <DataTable
          label={t('staff.feedback.surveysCaption', { year: current.year })}
          columns={[
            t('staff.feedback.colSurvey'),
            t('staff.feedback.colSatisfied'),
            t('staff.feedback.colChange'),
            t('staff.feedback.colRespondents'),
            t('staff.feedback.colRate'),
            t('staff.feedback.colScale'),
            t('staff.feedback.colMeans'),
          ]}
        >
          <Table.Body>
            {current.feedback.surveys.map((s) => (
              <Table.Row key={s.name}>
                <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                <Table.Cell className="numeric">
                  {number(s.satisfiedShare, decimalsOf(s.satisfiedShare))}
                </Table.Cell>
                <Table.Cell className="numeric">
                  {number(view.surveyChanges.find((c) => c.name === s.name)?.points, 1)}
                </Table.Cell>
                <Table.Cell className="numeric">{number(s.respondents)}</Table.Cell>
                <Table.Cell className="numeric">
                  {number(s.responseRate, decimalsOf(s.responseRate))}
                </Table.Cell>
                <Table.Cell>{s.scale}</Table.Cell>
                <Table.Cell>{s.satisfiedMeans}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
    </>
  );
}
