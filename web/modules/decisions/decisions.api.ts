import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DecisionCase,
  DecisionCaseInput,
  DecisionInput,
  PublicDecisionCase,
  StatementInput,
} from '#contracts/decisions.ts';
import { api } from '#web/lib/api-client.ts';
import type { DocumentFormat } from '#web/ui/document-downloads.tsx';

export type Place = { unitId: string; periodId: string };

export const decisionsKeys = {
  case: ({ unitId, periodId }: Place) => ['decisions', 'case', unitId, periodId] as const,
};

const caseUrl = ({ unitId, periodId }: Place) =>
  `/api/units/${unitId}/periods/${periodId}/decision-case`;

/** The case as a document (Word, PDF, HTML): the officials' report, then the minutes extract. */
export const caseDocumentHref = (place: Place, format: DocumentFormat) =>
  `${caseUrl(place)}/document?format=${format}`;

export const caseQuery = (place: Place) =>
  queryOptions({
    queryKey: decisionsKeys.case(place),
    queryFn: ({ signal }) => api<DecisionCase>(caseUrl(place), { signal }),
  });

/** Every write answers with the whole case, which replaces the cached one. */
function useCaseWrite<Input>(place: Place, request: (input: Input) => Promise<DecisionCase>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => queryClient.setQueryData(decisionsKeys.case(place), saved),
  });
}

export const useSaveCase = (place: Place) =>
  useCaseWrite(place, (input: DecisionCaseInput) =>
    api<DecisionCase>(caseUrl(place), { method: 'PUT', body: input }),
  );

export const useRecordDecision = (place: Place) =>
  useCaseWrite(place, (input: DecisionInput) =>
    api<DecisionCase>(`${caseUrl(place)}/decision`, { method: 'PUT', body: input }),
  );

export const useSaveStatement = (place: Place) =>
  useCaseWrite(place, ({ id, input }: { id: string | null; input: StatementInput }) =>
    id === null
      ? api<DecisionCase>(`${caseUrl(place)}/statements`, { method: 'POST', body: input })
      : api<DecisionCase>(`${caseUrl(place)}/statements/${id}`, { method: 'PUT', body: input }),
  );

export const useRemoveStatement = (place: Place) =>
  useCaseWrite(place, ({ id, version }: { id: string; version: number }) =>
    api<DecisionCase>(`${caseUrl(place)}/statements/${id}?version=${version}`, {
      method: 'DELETE',
    }),
  );

/** The public's read of a published report's case (no session). */
export const publicCaseQuery = (place: { scbCode: string; periodId: string; unitId: string }) =>
  queryOptions({
    queryKey: ['public', place.scbCode, 'decision', place.periodId, place.unitId] as const,
    queryFn: ({ signal }) =>
      api<PublicDecisionCase>(
        `/api/public/${encodeURIComponent(place.scbCode)}/reports/${encodeURIComponent(place.periodId)}/${encodeURIComponent(place.unitId)}/decision`,
        { signal },
      ),
  });
