import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '#web/modules/people/people.api.ts';
import { QueryState } from '#web/ui/query-state.tsx';
import { auditPagesQuery } from '../audit.api.ts';
import { AuditTable } from './audit-table.tsx';

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
  const pages = useInfiniteQuery(auditPagesQuery(place));
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <QueryState query={pages}>
      {() =>
        entries.length === 0 ? (
          <Paragraph>{t('audit.history.empty')}</Paragraph>
        ) : (
          <>
            <AuditTable entries={entries} label={t('audit.history.caption')} inReport />
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
