import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ActivityReportsView } from '#contracts/activities.ts';
import type { RollUp } from '#contracts/followup.ts';
import { api, withQuery } from '#web/lib/api-client.ts';

export type RollUpLevel = RollUp['level'];

/** How every unit below assesses each goal of a level, for one period. */
export const rollUpQuery = (periodId: string, level: RollUpLevel) =>
  queryOptions({
    queryKey: ['rollup', periodId, level] as const,
    queryFn: ({ signal }) =>
      api<RollUp>(withQuery(`/api/periods/${periodId}/rollup`, { level }), { signal }),
    placeholderData: keepPreviousData,
  });

/** A shared activity (a council assignment to several units) with each unit's report. */
export const activityReportsQuery = (activityId: string, periodId: string) =>
  queryOptions({
    queryKey: ['activity-reports', activityId, periodId] as const,
    queryFn: ({ signal }) =>
      api<ActivityReportsView>(withQuery(`/api/activities/${activityId}/reports`, { periodId }), {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
