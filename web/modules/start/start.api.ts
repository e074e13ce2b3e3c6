import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { StartOverview, StartPage, StartStatus } from '#contracts/start.ts';
import { api } from '#web/lib/api-client.ts';

export type OverviewFilter = { status?: StartStatus; overdue?: boolean; page: number };

export const startQuery = queryOptions({
  queryKey: ['start'] as const,
  queryFn: ({ signal }) => api<StartPage>('/api/start', { signal }),
});

export const overviewQuery = (filter: OverviewFilter) =>
  queryOptions({
    queryKey: ['start', 'units', filter] as const,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ page: String(filter.page) });
      if (filter.status) params.set('status', filter.status);
      if (filter.overdue !== undefined) params.set('overdue', String(filter.overdue));
      return api<StartOverview>(`/api/start/units?${params}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
