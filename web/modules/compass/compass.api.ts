import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CompassImportResult,
  EvaluationSummary,
  EvaluationView,
  MakeActivityInput,
} from '#contracts/compass.ts';
import { api, apiUpload } from '#web/lib/api-client.ts';
import { uploadType } from '#web/modules/economy/economy.api.ts';

export const compassKeys = {
  all: ['compass'] as const,
  list: ['compass', 'list'] as const,
  view: (id: string) => ['compass', 'view', id] as const,
};

export const evaluationsQuery = queryOptions({
  queryKey: compassKeys.list,
  queryFn: ({ signal }) => api<EvaluationSummary[]>('/api/compass/evaluations', { signal }),
});

export const evaluationQuery = (id: string) =>
  queryOptions({
    queryKey: compassKeys.view(id),
    queryFn: ({ signal }) => api<EvaluationView>(`/api/compass/evaluations/${id}`, { signal }),
  });

export const exportUrl = (id: string, format: 'xlsx' | 'csv') =>
  `/api/compass/evaluations/${id}/export?format=${format}`;

/** Turns an improvement point into an assignment; the evaluation is read again. */
export function useMakeActivity(pointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MakeActivityInput) =>
      api<{ activityId: string }>(`/api/compass/points/${pointId}/activity`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: compassKeys.all }),
  });
}

/** Imports a whole evaluation from an Excel or CSV file; the list is read again. */
export function useCompassImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<CompassImportResult>(
        '/api/compass/evaluations/import',
        file,
        uploadType(file.name),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: compassKeys.all }),
  });
}
