import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StartReport } from '#contracts/start.ts';
import { formatLongDate } from '#web/lib/format.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';

/**
 * Reports as lines: unit, period, status, deadline with the days left (late ones in red and in
 * words), what is missing, the send-back comment, and a link straight to the report.
 */
export function ReportLines({
  label,
  lines,
  empty,
  comments = false,
}: {
  label: string;
  lines: readonly StartReport[];
  empty: string;
  comments?: boolean;
}) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <DataTable
      label={label}
      caption="hidden"
      columns={[
        t('start.cols.report'),
        t('start.cols.status'),
        t('start.cols.deadline'),
        t('start.cols.missing'),
        ...(comments ? [t('start.cols.comment')] : []),
      ]}
    >
      <Table.Body>
        {lines.map((line) => (
          <Table.Row key={`${line.unit.id}/${line.period.id}`}>
            <Table.HeaderCell scope="row">
              <AppLink
                to="/followup"
                search={{ year: line.period.year, period: line.period.id, unit: line.unit.id }}
              >
                {t('start.report', { unit: line.unit.name, period: line.period.name })}
              </AppLink>
            </Table.HeaderCell>
            <Table.Cell>{t(`start.statuses.${line.status}`)}</Table.Cell>
            <Table.Cell>
              <Deadline line={line} />
            </Table.Cell>
            <Table.Cell>
              {line.missing === 0
                ? t('start.nothingMissing')
                : t('start.missing', { count: line.missing })}
            </Table.Cell>
            {comments && <Table.Cell>{line.returnComment || t('start.noComment')}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function Deadline({ line }: { line: StartReport }) {
  const { t, i18n } = useTranslation();
  if (line.period.deadline === null || line.daysLeft === null) return <>{t('start.noDeadline')}</>;
  const date = formatLongDate(line.period.deadline, i18n.language);
  const days = line.daysLeft;
  const when =
    days === 0
      ? t('start.today')
      : days > 0
        ? t('start.daysLeft', { count: days })
        : t('start.daysAgo', { count: -days });
  return (
    <span className={line.overdue ? 'start-overdue' : undefined}>
      {date} ({line.overdue ? t('start.overdue', { when }) : when})
    </span>
  );
}
