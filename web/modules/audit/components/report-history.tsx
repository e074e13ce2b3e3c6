import { Button, Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { DataTable } from '#web/ui/data-table.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { auditPagesQuery } from '../audit.api.ts';
import { AuditChanges } from './audit-changes.tsx';
import { AuditSubject } from './audit-table.tsx';

type Place = { unitId: string; periodId: string };

/**
 * "Historik" on a report: the report's changes from the audit log (who, when, what, before and
 * after), folded until opened, and fetched only then. Shown to those who may read the log.
 */
export function ReportHistory({ place }: { place: Place }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!me.permissions.includes('audit.read')) return null;
  return (
    <section className="section report-history">
      <Heading level={2} data-size="sm">
        {t('audit.history.title')}
      </Heading>
      <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <Details.Summary>{t('audit.history.summary')}</Details.Summary>
        <Details.Content>{open && <HistoryEntries place={place} />}</Details.Content>
      </Details>
    </section>
  );
}

function HistoryEntries({ place }: { place: Place }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const pages = useInfiniteQuery(auditPagesQuery(place));
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <QueryState query={pages}>
      {() =>
        entries.length === 0 ? (
          <Paragraph>{t('audit.history.empty')}</Paragraph>
        ) : (
          <>
            <DataTable
              label={t('audit.history.caption')}
              caption="hidden"
              zebra
              className="audit-table"
              columns={[
                t('audit.colTime'),
                t('audit.colUser'),
                t('audit.colEntity'),
                t('audit.colAction'),
                t('audit.colChanges'),
              ]}
            >
              <Table.Body>
                {entries.map((entry) => (
                  <Table.Row key={entry.id}>
                    <Table.Cell className="nowrap">
                      <time dateTime={entry.at}>{messages.dateTime(entry.at)}</time>
                    </Table.Cell>
                    <Table.Cell>{entry.userName ?? t('audit.system')}</Table.Cell>
                    <Table.Cell>
                      <AuditSubject entry={entry} report={false} />
                    </Table.Cell>
                    <Table.Cell>{t(`audit.actions.${entry.action}`)}</Table.Cell>
                    <Table.Cell>
                      <AuditChanges entry={entry} short />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </DataTable>
            {pages.hasNextPage && (
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => void pages.fetchNextPage()}
                loading={pages.isFetchingNextPage}
              >
                {t('audit.history.more')}
              </Button>
            )}
          </>
        )
      }
    </QueryState>
  );
}
