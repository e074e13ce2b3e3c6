import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FollowUpSummaryRow } from '#contracts/internal-control.ts';
import { formatLongDate } from '#web/lib/format.ts';
import { internalControlQuery } from '../internal-control.api.ts';
import { RiskMatrix } from './risk-matrix.tsx';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';

/**
 * The report chapter "Uppföljning av internkontrollplanen": the plan's controls with their
 * follow-up up to the period, read-only, and a link to where the follow-up is written.
 */
export function InternalControlChapter({
  rows,
  unitId,
  year,
}: {
  rows: readonly FollowUpSummaryRow[];
  unitId: string;
  year: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('internalControl.chapter.intro', { year })}</Paragraph>
      <FollowUpTable rows={rows} />
      <Paragraph>
        <AppLink to="/internal-control" search={{ year, unit: unitId }}>
          {t('internalControl.chapter.edit')}
        </AppLink>
      </Paragraph>
    </>
  );
}

/**
 * The follow-up table of the chapter, read-only: on the report's chapters page and in its print
 * view. Each row is a control of the plan and a period; a control not followed up says so.
 */
export function FollowUpTable({ rows }: { rows: readonly FollowUpSummaryRow[] }) {
  const { t } = useTranslation();
  return rows.length === 0 ? (
    <Paragraph>{t('internalControl.chapter.empty')}</Paragraph>
  ) : (
    <DataTable
      label={t('internalControl.chapter.caption')}
      columns={[
        t('internalControl.chapter.colProcess'),
        t('internalControl.chapter.colControl'),
        t('internalControl.chapter.colPeriod'),
        t('internalControl.chapter.colPerformed'),
        t('internalControl.chapter.colResult'),
        t('internalControl.chapter.colDeviations'),
        t('internalControl.chapter.colMeasures'),
        t('internalControl.chapter.colResponsible'),
        t('internalControl.chapter.colDate'),
      ]}
    >
      <Table.Body>
        {rows.map((row, i) => (
          <Table.Row key={i}>
            <Table.Cell>{row.process}</Table.Cell>
            <Table.Cell>{row.control}</Table.Cell>
            <Table.Cell>{row.periodKey ?? '–'}</Table.Cell>
            <Table.Cell>
              {row.performed === null
                ? t('internalControl.chapter.notFollowed')
                : row.performed
                  ? t('internalControl.followUp.performedYes')
                  : t('internalControl.followUp.performedNo')}
            </Table.Cell>
            <Table.Cell>{row.result ?? ''}</Table.Cell>
            <Table.Cell>{row.deviations ?? ''}</Table.Cell>
            <Table.Cell>{row.measures ?? ''}</Table.Cell>
            <Table.Cell>{row.responsible ?? ''}</Table.Cell>
            <Table.Cell>{row.date ?? ''}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

/**
 * The chapter in the signed-in print view: the plan's adoption, the risk matrix (every cell in
 * words) and the follow-up table. The matrix and adoption come from the unit's internal control;
 * until they are read, or if they cannot be, the follow-up table stands alone.
 */
export function PrintedInternalControl({
  rows,
  unit,
  year,
}: {
  rows: readonly FollowUpSummaryRow[];
  unit: { id: string; name: string };
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const view = useQuery(internalControlQuery({ unitId: unit.id, year }));
  const data = view.data;
  return (
    <>
      {data && (
        <>
          <Paragraph>
            {data.adoption
              ? `${t('internalControl.adoption.adopted', {
                  date: formatLongDate(data.adoption.adoptedOn, i18n.language),
                  by: data.adoption.adoptedBy,
                })}${data.adoption.dnr ? `. ${t('internalControl.adoption.dnr', { dnr: data.adoption.dnr })}` : ''}.`
              : t('internalControl.adoption.notAdopted')}
          </Paragraph>
          {data.risks.length > 0 && (
            <RiskMatrix
              risks={data.risks}
              caption={t('internalControl.matrix.caption', { unit: unit.name, year })}
            />
          )}
        </>
      )}
      <FollowUpTable rows={rows} />
    </>
  );
}
