import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SearchProps } from '#web/lib/search.ts';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { auditCsvHref, auditPagesQuery, type AuditFilters } from '../audit.api.ts';
import { AuditFiltersForm } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';

/** The audit log: filters, the entries page by page, and the CSV export. */
export function AuditPage({ search: filters, onSearch: onFilters }: SearchProps<AuditFilters>) {
  const { t } = useTranslation();
  const pages = useInfiniteQuery(auditPagesQuery(filters));
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Page title={t('audit.title')}>
      <Section title={t('audit.filtersTitle')}>
        {/* Remounted when the URL's filters change, so the form shows them. */}
        <AuditFiltersForm key={JSON.stringify(filters)} filters={filters} onApply={onFilters} />
        <Paragraph>
          <Button asChild variant="secondary" data-size="sm">
            <a href={auditCsvHref(filters)} download>
              {t('audit.export')}
            </a>
          </Button>
        </Paragraph>
      </Section>
      <Section title={t('audit.entriesTitle')}>
        <QueryState query={pages}>
          {() =>
            entries.length === 0 ? (
              <Paragraph>{t('audit.empty')}</Paragraph>
            ) : (
              <>
                <Paragraph data-size="sm" className="muted" role="status">
                  {t('audit.shown', { count: entries.length })}
                </Paragraph>
                <AuditTable entries={entries} />
                {pages.hasNextPage && (
                  <div className="button-row">
                    <Button
                      variant="secondary"
                      onClick={() => void pages.fetchNextPage()}
                      loading={pages.isFetchingNextPage}
                    >
                      {t('audit.showMore')}
                    </Button>
                  </div>
                )}
              </>
            )
          }
        </QueryState>
      </Section>
    </Page>
  );
}
