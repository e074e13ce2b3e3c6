import { queryOptions } from '@tanstack/react-query';
import type { PublicReport, PublicReportList, PublicTenants } from '#contracts/portal.ts';
import type { PublicGoalTree } from '#contracts/goals.status.ts';
import { api } from '#web/lib/api-client.ts';

/** The public's reads: no session, no CSRF token (GET only). */
export const publicTenantsQuery = queryOptions({
  queryKey: ['public', 'tenants'] as const,
  queryFn: ({ signal }) => api<PublicTenants>('/api/public/tenants', { signal }),
  select: (data) => data.tenants,
});

export const publicListQuery = (scbCode: string) =>
  queryOptions({
    queryKey: ['public', scbCode, 'reports'] as const,
    queryFn: ({ signal }) =>
      api<PublicReportList>(`/api/public/${encodeURIComponent(scbCode)}/reports`, { signal }),
  });

export const publicReportQuery = (place: { scbCode: string; periodId: string; unitId: string }) =>
  queryOptions({
    queryKey: ['public', place.scbCode, 'report', place.periodId, place.unitId] as const,
    queryFn: ({ signal }) =>
      api<PublicReport>(
        `/api/public/${encodeURIComponent(place.scbCode)}/reports/${encodeURIComponent(place.periodId)}/${encodeURIComponent(place.unitId)}`,
        { signal },
      ),
  });

/** The goals of a period's published reports with their statuses. */
export const publicGoalTreeQuery = (scbCode: string, periodId: string) =>
  queryOptions({
    queryKey: ['public', scbCode, 'goals', periodId] as const,
    queryFn: ({ signal }) =>
      api<PublicGoalTree>(
        `/api/public/${encodeURIComponent(scbCode)}/periods/${encodeURIComponent(periodId)}/goals`,
        { signal },
      ),
  });
