import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  InternalControlImportResult,
  InternalControlView,
  Overview,
  OverviewQuery,
} from '#contracts/internal-control.ts';
import { api, apiUpload, withQuery } from '#web/lib/api-client.ts';
import { uploadType } from '#web/modules/economy/economy.api.ts';

export type InternalControlPlace = { unitId: string; year: number };

export const internalControlKeys = {
  all: ['internal-control'] as const,
  view: ({ unitId, year }: InternalControlPlace) =>
    ['internal-control', 'view', unitId, year] as const,
  overview: (query: OverviewQuery) => ['internal-control', 'overview', query] as const,
};

export const internalControlBase = ({ unitId, year }: InternalControlPlace) =>
  `/api/units/${unitId}/years/${year}/internal-control`;

export const internalControlQuery = (place: InternalControlPlace) =>
  queryOptions({
    queryKey: internalControlKeys.view(place),
    queryFn: ({ signal }) => api<InternalControlView>(internalControlBase(place), { signal }),
    placeholderData: keepPreviousData,
  });

export const overviewQuery = (query: OverviewQuery) =>
  queryOptions({
    queryKey: internalControlKeys.overview(query),
    queryFn: ({ signal }) =>
      api<Overview>(
        withQuery('/api/internal-control/overview', {
          year: String(query.year),
          unitId: query.unitId,
          minValue: query.minValue === undefined ? undefined : String(query.minValue),
          inPlan: query.inPlan === undefined ? undefined : String(query.inPlan),
          withDeviations:
            query.withDeviations === undefined ? undefined : String(query.withDeviations),
        }),
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

export type Write = { method: 'POST' | 'PUT' | 'DELETE'; path: string; body?: object };

/** Every write answers with the whole view; the page redraws from it. */
export function useInternalControlWrite(place: InternalControlPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Write) =>
      api<InternalControlView>(`${internalControlBase(place)}${path}`, {
        method,
        ...(body ? { body } : {}),
      }),
    onSuccess: (view) => {
      queryClient.setQueryData(internalControlKeys.view(place), view);
      void queryClient.invalidateQueries({ queryKey: ['internal-control', 'overview'] });
    },
  });
}

/** The file import of a year (docs/internal-control.md); a real import refreshes every view. */
export function useInternalControlImport(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      apiUpload<InternalControlImportResult>(
        withQuery('/api/internal-control/import', { year, dryRun: dryRun ? 'true' : undefined }),
        file,
        uploadType(file.name),
      ),
    onSuccess: (result) =>
      result.dryRun
        ? undefined
        : queryClient.invalidateQueries({ queryKey: internalControlKeys.all }),
  });
}
