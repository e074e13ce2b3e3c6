import { queryOptions } from '@tanstack/react-query';
import type { Goal } from '#contracts/goals.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { api, withQuery } from '#web/lib/api-client.ts';
import { activitiesByGoal } from './goals.cascade.ts';

export const goalsKeys = {
  all: ['goals'] as const,
  year: (year: number) => ['goals', year] as const,
};

/** The goal cascade of a budget year, every level, as a flat list. */
export const goalsQuery = (year: number) =>
  queryOptions({
    queryKey: goalsKeys.year(year),
    queryFn: ({ signal }) => api<{ goals: Goal[] }>(withQuery('/api/goals', { year }), { signal }),
    select: (data) => data.goals,
  });

/**
 * The activities a unit answers for in a period, by the goal they serve: read from the unit's
 * report, the one place the API lists a unit's activities (there is no list of activities by
 * year or goal).
 */
export const unitActivitiesQuery = (unitId: string, periodId: string) =>
  queryOptions({
    queryKey: ['goals', 'unit-activities', unitId, periodId] as const,
    queryFn: ({ signal }) =>
      api<UnitReport>(`/api/units/${unitId}/periods/${periodId}/report`, { signal }),
    select: (report) => activitiesByGoal(report.activities),
    retry: false,
  });
