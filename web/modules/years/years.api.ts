import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { YearFile, YearImportResult } from '#contracts/years.exchange.ts';
import type { BudgetYear, CreateYearInput } from '#contracts/years.ts';
import type { RolloverInput, RolloverPreview, RolloverResult } from '#contracts/years.rollover.ts';
import { api, withQuery } from '#web/lib/api-client.ts';
import { sortedYears } from './years.periods.ts';

export const yearsKey = ['years'] as const;

/** Every budget year with its periods: newest first, periods in their order. */
export const yearsQuery = queryOptions({
  queryKey: yearsKey,
  queryFn: ({ signal }) => api<{ years: BudgetYear[] }>('/api/years', { signal }),
  select: (data) => sortedYears(data.years),
});

export function useCreateYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateYearInput) =>
      api<BudgetYear>('/api/years', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: yearsKey }),
  });
}

export function usePreviewRollover() {
  return useMutation({
    mutationFn: (input: RolloverInput) =>
      api<RolloverPreview>('/api/years/rollover/preview', { method: 'POST', body: input }),
  });
}

/** A rollover or an import changes years, goals and reports: everything is loaded again. */
export function useRollOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RolloverInput) =>
      api<RolloverResult>('/api/years/rollover', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The file of a unit's year, as the browser downloads it (the server names the file). */
export const exportHref = (unitId: string, year: number) =>
  `/api/units/${unitId}/years/${year}/export`;

export function useImportYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: YearFile; dryRun: boolean }) =>
      api<YearImportResult>(withQuery('/api/years/import', { dryRun: dryRun ? 'true' : 'false' }), {
        method: 'POST',
        body: file,
      }),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries();
    },
  });
}
