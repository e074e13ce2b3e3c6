import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackImportResult, FeedbackInput, FeedbackView } from '#contracts/feedback.ts';
import { api, apiUpload, withQuery } from '#web/lib/api-client.ts';
import { uploadType } from '#web/modules/economy/economy.api.ts';
import { feedbackQuery, staffKeys, type StaffPlace } from '#web/modules/hr/hr.api.ts';

/**
 * The feedback page's calls. The view is `feedbackQuery` of hr.api.ts, which the report's
 * chapter "Synpunkter och klagomål" reads too, so a save or an import refreshes both.
 */
export { feedbackQuery };
export type FeedbackPlace = StaffPlace;
const feedbackKey = ['staff', 'feedback'] as const;

export const feedbackExportHref = (
  year: number,
  format: 'xlsx' | 'csv',
  part: 'counts' | 'surveys' = 'counts',
) =>
  withQuery(`/api/years/${year}/feedback/export`, {
    format,
    part: format === 'csv' ? part : undefined,
  });

export function useSaveFeedback(place: FeedbackPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackInput) =>
      api<FeedbackView>(`/api/units/${place.unitId}/years/${place.year}/feedback`, {
        method: 'PUT',
        body: input,
      }),
    onSuccess: (view) => queryClient.setQueryData(staffKeys.feedback(place), view),
  });
}

/** Checks (dry run) or imports a year's file; after an import every unit's feedback is read again. */
export function useFeedbackImport(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      apiUpload<FeedbackImportResult>(
        withQuery('/api/feedback/import', { year, dryRun: dryRun ? 'true' : undefined }),
        file,
        uploadType(file.name),
      ),
    onSuccess: (result) =>
      result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: feedbackKey }),
  });
}
