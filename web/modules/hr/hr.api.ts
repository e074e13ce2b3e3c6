import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackView } from '#contracts/feedback.ts';
import type {
  StaffFiguresInput,
  StaffImportResult,
  StaffRollUp,
  StaffView,
} from '#contracts/hr.ts';
import { api, apiUpload, withQuery } from '#web/lib/api-client.ts';
import { uploadType } from '#web/modules/economy/economy.api.ts';

export type StaffPlace = { unitId: string; year: number };

export const staffKeys = {
  all: ['staff'] as const,
  view: ({ unitId, year }: StaffPlace) => ['staff', 'view', unitId, year] as const,
  rollUp: ({ unitId, year }: StaffPlace) => ['staff', 'rollup', unitId, year] as const,
  feedback: ({ unitId, year }: StaffPlace) => ['staff', 'feedback', unitId, year] as const,
};

const base = ({ unitId, year }: StaffPlace) => `/api/units/${unitId}/years/${year}/staff-figures`;

/** A unit's own figures of a year, computed, with last year's beside them. */
export const staffQuery = (place: StaffPlace) =>
  queryOptions({
    queryKey: staffKeys.view(place),
    queryFn: ({ signal }) => api<StaffView>(base(place), { signal }),
  });

/** The unit and every unit below it with figures, and their total by the right weights. */
export const staffRollUpQuery = (place: StaffPlace) =>
  queryOptions({
    queryKey: staffKeys.rollUp(place),
    queryFn: ({ signal }) => api<StaffRollUp>(`${base(place)}/rollup`, { signal }),
  });

/** A unit's complaints, suggestions and surveys of a year. */
export const feedbackQuery = (place: StaffPlace) =>
  queryOptions({
    queryKey: staffKeys.feedback(place),
    queryFn: ({ signal }) =>
      api<FeedbackView>(`/api/units/${place.unitId}/years/${place.year}/feedback`, { signal }),
  });

export const staffExportHref = (year: number, format: 'xlsx' | 'csv', blank = false) =>
  withQuery(`/api/years/${year}/staff-figures/export`, {
    format,
    blank: blank ? 'true' : undefined,
  });

/** Checks (dry run) or imports a year's file; after an import every staff figure is read again. */
export function useStaffImport(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      apiUpload<StaffImportResult>(
        withQuery('/api/staff-figures/import', { year, dryRun: dryRun ? 'true' : undefined }),
        file,
        uploadType(file.name),
      ),
    onSuccess: (result) =>
      result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

export function useSaveStaff(place: StaffPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffFiguresInput) =>
      api<StaffView>(base(place), { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
