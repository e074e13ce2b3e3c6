import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Goal } from '#contracts/goals.ts';
import type { GoalAssignment, GoalLevelsInput, GoalLevelsOfYear } from '#contracts/goals.levels.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { api, withQuery } from '#web/lib/api-client.ts';
import type { GoalStatuses } from '#contracts/goals.status.ts';
import { activitiesByGoal } from './goals.cascade.ts';
import { statusesByGoal } from './goals.status.ts';

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

/** The year's goal levels: the tenant's own names and choices, or the default (`stored: false`). */
export const goalLevelsQuery = (year: number) =>
  queryOptions({
    queryKey: ['goals', year, 'levels'] as const,
    queryFn: ({ signal }) =>
      api<GoalLevelsOfYear>(withQuery('/api/goal-levels', { year }), { signal }),
  });

/** The council goals committees answer for directly in the year. */
export const goalAssignmentsQuery = (year: number) =>
  queryOptions({
    queryKey: ['goals', year, 'assignments'] as const,
    queryFn: ({ signal }) =>
      api<{ assignments: GoalAssignment[] }>(withQuery('/api/goal-assignments', { year }), {
        signal,
      }),
    select: (data) => data.assignments,
  });

/** New levels change names, parents and reports: the year's goals are read again. */
export function useSaveGoalLevels() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GoalLevelsInput) =>
      api<GoalLevelsOfYear>('/api/goal-levels', { method: 'PUT', body: input }),
    onSuccess: (_saved, input) =>
      queryClient.invalidateQueries({ queryKey: goalsKeys.year(input.year) }),
  });
}

/** Assigns a council goal to a committee, or (`remove`) takes it away. */
export function useAssignGoal(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, unitId, remove }: { goalId: string; unitId: string; remove: boolean }) =>
      api<unknown>(`/api/goals/${goalId}/assignments/${unitId}`, {
        method: remove ? 'DELETE' : 'PUT',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsKeys.year(year) }),
  });
}

/** Every goal's status in a period (the written assessments of the units the reader may read). */
export const goalStatusesQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['goals', 'statuses', periodId] as const,
    queryFn: ({ signal }) =>
      api<GoalStatuses>(`/api/periods/${encodeURIComponent(periodId)}/goal-statuses`, { signal }),
    select: (data) => statusesByGoal(data.statuses),
  });
