import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AuditAction, AuditPage } from '#contracts/audit.ts';
import { api, withQuery } from '#web/lib/api-client.ts';

/** The filters a user can set (they live in the page's URL). */
export type AuditFilters = {
  entity?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
  /** logins and logouts too (the server leaves them out otherwise) */
  logins?: boolean;
  /** one report's entries (its history on the report page) */
  unitId?: string;
  periodId?: string;
};

const PAGE_SIZE = 50;

/** The filters as the server's query takes them. */
const apiFilters = ({ logins, ...rest }: AuditFilters) => ({
  ...rest,
  logins: logins ? 'true' : undefined,
});

/** Pages of the audit log, newest first; each next page starts below the last id seen. */
export const auditPagesQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>(
        withQuery('/api/audit', { ...apiFilters(filters), before: pageParam, limit: PAGE_SIZE }),
        {
          signal,
        },
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The CSV export of the same filters (a plain download link; the session cookie goes along). */
export const auditCsvHref = (filters: AuditFilters): string =>
  withQuery('/api/audit.csv', apiFilters(filters));
