import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { auditActions, type AuditAction } from '#contracts/audit.ts';
import { isIsoDate } from '#web/lib/format.ts';
import { auditCsvHref, auditPagesQuery, type AuditFilters } from '#web/modules/audit/audit.api.ts';
import { AuditFiltersForm } from '#web/modules/audit/components/audit-filters.tsx';
import { AuditTable } from '#web/modules/audit/components/audit-table.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

const isAction = (value: unknown): value is AuditAction =>
  typeof value === 'string' && (auditActions as readonly string[]).includes(value);

/** Only well-formed filters get into the search (the server would refuse the others). */
function parseFilters(search: Record<string, unknown>): AuditFilters {
  const filters: AuditFilters = {};
  if (typeof search.entity === 'string' && /^[a-z_]{1,60}$/.test(search.entity)) {
    filters.entity = search.entity;
  }
  if (isAction(search.action)) filters.action = search.action;
  if (isIsoDate(search.from)) filters.from = search.from;
  if (isIsoDate(search.to)) filters.to = search.to;
  return filters;
}

export const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/audit',
  validateSearch: parseFilters,
  component: () => (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  ),
});

function AuditPage() {
  const { t } = useTranslation();
  const filters = auditRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/audit' });
  const pages = useInfiniteQuery(auditPagesQuery(filters));
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Page title={t('audit.title')}>
      <Section title={t('audit.filtersTitle')}>
        {/* Remounted when the URL's filters change, so the form shows them. */}
        <AuditFiltersForm
          key={JSON.stringify(filters)}
          filters={filters}
          onApply={(next) => void navigate({ search: next })}
        />
        <Paragraph>
          <Button asChild variant="secondary" data-size="sm">
            <a href={auditCsvHref(filters)} download>
              {t('audit.export')}
            </a>
          </Button>
        </Paragraph>
      </Section>
      <Section title={t('audit.entriesTitle')}>
        {pages.isPending ? (
          <Loading />
        ) : pages.isError ? (
          <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
        ) : entries.length === 0 ? (
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
        )}
      </Section>
    </Page>
  );
}
