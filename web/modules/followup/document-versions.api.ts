import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentVersions, FrozenSummary, NewVersionInput } from '#contracts/documents.ts';
import { api } from '#web/lib/api-client.ts';
import { followupKeys } from './followup.api.ts';

type Place = { unitId: string; periodId: string };

const base = ({ unitId, periodId }: Place) =>
  `/api/units/${encodeURIComponent(unitId)}/periods/${encodeURIComponent(periodId)}/document-versions`;

/** A frozen file's download address: its bytes exactly as stored. */
export const versionHref = (place: Place, versionId: string) =>
  `${base(place)}/${encodeURIComponent(versionId)}`;

/** Under the report's key: a workflow step (the adoption) loads the versions again too. */
export const documentVersionsQuery = (place: Place) =>
  queryOptions({
    queryKey: [...followupKeys.report(place), 'document-versions'] as const,
    queryFn: ({ signal }) => api<DocumentVersions>(base(place), { signal }),
  });

export function useNewDocumentVersion(place: Place) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewVersionInput) =>
      api<FrozenSummary>(base(place), { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries(documentVersionsQuery(place)),
  });
}
