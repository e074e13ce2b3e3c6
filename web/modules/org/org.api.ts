import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ReorganisationDetail,
  ReorganisationInputRaw,
  ReorganisationPreview,
  ReorganisationSummary,
  TreeResponse,
  UnitHistory,
} from '#contracts/org.ts';
import { api, withQuery } from '#web/lib/api-client.ts';

export const orgKeys = {
  all: ['org'] as const,
  tree: (date: string) => ['org', 'tree', date] as const,
  unit: (id: string) => ['org', 'unit', id] as const,
  reorganisations: ['org', 'reorganisations'] as const,
  reorganisation: (id: string) => ['org', 'reorganisation', id] as const,
};

/** The units valid on a date, and the organisation's revision (sent back with a change). */
export const treeQuery = (date: string) =>
  queryOptions({
    queryKey: orgKeys.tree(date),
    queryFn: ({ signal }) => api<TreeResponse>(withQuery('/api/org/units', { date }), { signal }),
    placeholderData: keepPreviousData,
  });

export const unitQuery = (id: string) =>
  queryOptions({
    queryKey: orgKeys.unit(id),
    queryFn: ({ signal }) => api<UnitHistory>(`/api/org/units/${id}`, { signal }),
  });

export const reorganisationsQuery = queryOptions({
  queryKey: orgKeys.reorganisations,
  queryFn: ({ signal }) =>
    api<{ reorganisations: ReorganisationSummary[] }>('/api/org/reorganisations', { signal }),
  select: (data) => data.reorganisations,
});

export const reorganisationQuery = (id: string) =>
  queryOptions({
    queryKey: orgKeys.reorganisation(id),
    queryFn: ({ signal }) =>
      api<ReorganisationDetail>(`/api/org/reorganisations/${id}`, { signal }),
  });

export function usePreviewReorganisation() {
  return useMutation({
    mutationFn: (input: ReorganisationInputRaw) =>
      api<ReorganisationPreview>('/api/org/reorganisations/preview', {
        method: 'POST',
        body: input,
      }),
  });
}

export function useCommitReorganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReorganisationInputRaw) =>
      api<{ id: string; preview: ReorganisationPreview }>('/api/org/reorganisations', {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
