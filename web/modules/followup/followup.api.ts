import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivityReport, ActivityReportInput } from '#contracts/activities.ts';
import type { GoalAssessment, GoalAssessmentInput } from '#contracts/goals.ts';
import type {
  EnteredPreviousOutcome,
  EnteredPreviousOutcomeInput,
  Outcome,
  OutcomeInput,
} from '#contracts/indicators.ts';
import type { BudgetYear } from '#contracts/years.ts';
import type {
  PublicationInput,
  ReportState,
  ReportTransitionInput,
  UnitReport,
} from '#contracts/followup.ts';
import type { TextFindings } from '#contracts/followup.checks.ts';
import type { GoalCommentInput, Person, ReportComment } from '#contracts/report-comments.ts';
import { api } from '#web/lib/api-client.ts';

export type Place = { unitId: string; periodId: string };

export const followupKeys = {
  years: ['followup', 'years'] as const,
  report: ({ unitId, periodId }: Place) => ['followup', 'report', unitId, periodId] as const,
};

export const yearsQuery = queryOptions({
  queryKey: followupKeys.years,
  queryFn: ({ signal }) => api<{ years: BudgetYear[] }>('/api/years', { signal }),
  select: (data) => data.years,
  staleTime: 5 * 60_000,
});

const base = ({ unitId, periodId }: Place) => `/api/units/${unitId}/periods/${periodId}`;

export const reportQuery = (place: Place) =>
  queryOptions({
    queryKey: followupKeys.report(place),
    queryFn: ({ signal }) => api<UnitReport>(`${base(place)}/report`, { signal }),
  });

/**
 * One write to the report; afterwards (saved or refused) the report is loaded again, so that the
 * suggestions, the missing list and the workflow state are the server's.
 */
function useReportWrite<Input, Saved>(place: Place, request: (input: Input) => Promise<Saved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: followupKeys.report(place) }),
  });
}

export const useSaveAssessment = (place: Place, goalId: string) =>
  useReportWrite(place, (input: GoalAssessmentInput) =>
    api<GoalAssessment>(`${base(place)}/goals/${goalId}/assessment`, {
      method: 'PUT',
      body: input,
    }),
  );

export const useSaveOutcome = (place: Place, indicatorId: string) =>
  useReportWrite(place, (input: OutcomeInput) =>
    api<Outcome>(`${base(place)}/indicators/${indicatorId}/outcome`, {
      method: 'PUT',
      body: input,
    }),
  );

/** Last year's outcome as this report prints it, where the unit has no stored one. */
export const useSavePreviousOutcome = (place: Place, indicatorId: string) =>
  useReportWrite(place, (input: EnteredPreviousOutcomeInput) =>
    api<EnteredPreviousOutcome>(`${base(place)}/indicators/${indicatorId}/previous-outcome`, {
      method: 'PUT',
      body: input,
    }),
  );

export const useSaveActivityReport = (place: Place, activityId: string) =>
  useReportWrite(place, (input: ActivityReportInput) =>
    api<ActivityReport>(`${base(place)}/activities/${activityId}/report`, {
      method: 'PUT',
      body: input,
    }),
  );

export const useReportTransition = (place: Place) =>
  useReportWrite(place, (input: ReportTransitionInput) =>
    api<ReportState>(`${base(place)}/transition`, { method: 'POST', body: input }),
  );

export const useReportPublication = (place: Place) =>
  useReportWrite(place, (input: PublicationInput) =>
    api<ReportState>(`${base(place)}/publication`, { method: 'PUT', body: input }),
  );

/** Figures the report's texts state that are not its stored figures; refreshed with the report. */
export const textChecksQuery = (place: Place) =>
  queryOptions({
    queryKey: [...followupKeys.report(place), 'text-checks'] as const,
    queryFn: ({ signal }) => api<TextFindings>(`${base(place)}/text-checks`, { signal }),
    select: (data) => data.findings,
  });

/** The report's comments (send-back comments at items, goal threads), refreshed with the report. */
export const reportCommentsQuery = (place: Place) =>
  queryOptions({
    queryKey: [...followupKeys.report(place), 'comments'] as const,
    queryFn: ({ signal }) =>
      api<{ comments: ReportComment[] }>(`${base(place)}/comments`, { signal }),
    select: (data) => data.comments,
  });

/** The people who may read the unit's report: who a comment can mention. */
export const unitPeopleQuery = (place: Place) =>
  queryOptions({
    queryKey: [...followupKeys.report(place), 'people'] as const,
    queryFn: ({ signal }) => api<{ people: Person[] }>(`${base(place)}/people`, { signal }),
    select: (data) => data.people,
    staleTime: 5 * 60_000,
  });

export const usePostGoalComment = (place: Place, goalId: string) =>
  useReportWrite(place, (input: GoalCommentInput) =>
    api<ReportComment>(`${base(place)}/goals/${goalId}/comments`, { method: 'POST', body: input }),
  );
