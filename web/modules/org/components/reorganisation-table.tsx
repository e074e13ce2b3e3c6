import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReorganisationSummary } from '#contracts/org.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DataTable } from '#web/ui/data-table.tsx';

/** The registered reorganisations, newest first, each linked to its page and its tree. */
export function ReorganisationTable({
  reorganisations,
}: {
  reorganisations: readonly ReorganisationSummary[];
}) {
  const { t } = useTranslation();
  if (reorganisations.length === 0) return <Paragraph>{t('org.reorganisationsEmpty')}</Paragraph>;
  const sorted = [...reorganisations].sort((a, b) =>
    b.effectiveDate.localeCompare(a.effectiveDate),
  );
  const none = t('common.none');
  return (
    <DataTable
      label={t('org.reorganisationsTitle')}
      caption="none"
      zebra
      columns={[t('org.colTitle'), t('org.colEffective'), t('org.colDecisionRef')]}
    >
      <Table.Body>
        {sorted.map((r) => (
          <Table.Row key={r.id}>
            <Table.Cell>
              <AppLink to="/org/reorganisations/$id" params={{ id: r.id }}>
                {r.title}
              </AppLink>
            </Table.Cell>
            <Table.Cell className="nowrap">
              <AppLink
                to="/org"
                search={{ date: r.effectiveDate }}
                aria-label={t('org.showTreeAt', { date: r.effectiveDate })}
              >
                <time dateTime={r.effectiveDate}>{r.effectiveDate}</time>
              </AppLink>
            </Table.Cell>
            <Table.Cell className="nowrap">{r.decisionRef ?? none}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
