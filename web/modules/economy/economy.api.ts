import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  CarryOversInput,
  EconomyFileFormat,
  EconomyImportResult,
  EconomyLinesInput,
  EconomyRollUp,
  EconomyView,
  PrintedTotalWrite,
  ResultFundView,
  ResultFundWrite,
} from '#contracts/economy.ts';
import type {
  BalanceSheetInput,
  InvestmentAccountInput,
  StatementsView,
} from '#contracts/economy.statements.ts';
import { api, apiUpload, isApiError, withQuery } from '#web/lib/api-client.ts';

export type EconomyPlace = { unitId: string; year: number };

export const economyKeys = {
  all: ['economy'] as const,
  view: ({ unitId, year }: EconomyPlace) => ['economy', 'view', unitId, year] as const,
  statements: ({ unitId, year }: EconomyPlace) => ['economy', 'statements', unitId, year] as const,
  rollUp: (year: number, period: string | null) => ['economy', 'rollup', year, period] as const,
};

const base = ({ unitId, year }: EconomyPlace) => `/api/units/${unitId}/years/${year}/economy`;

/** A unit's economy for a year: the table, totals, funds, carry-overs and every finding. */
export const economyQuery = (place: EconomyPlace) =>
  queryOptions({
    queryKey: economyKeys.view(place),
    queryFn: ({ signal }) => api<EconomyView>(base(place), { signal }),
  });

/** The unit's investment account and balance sheet as printed, with their findings. */
export const statementsQuery = (place: EconomyPlace) =>
  queryOptions({
    queryKey: economyKeys.statements(place),
    queryFn: ({ signal }) => api<StatementsView>(`${base(place)}/statements`, { signal }),
  });

/** Every unit's deviations for the year (the executive office's view), on the outcome or a forecast. */
export const economyRollUpQuery = (year: number, period: string | null) =>
  queryOptions({
    queryKey: economyKeys.rollUp(year, period),
    queryFn: ({ signal }) =>
      api<EconomyRollUp>(withQuery(`/api/years/${year}/economy/rollup`, { period }), { signal }),
    placeholderData: keepPreviousData,
  });

/** The address of the file to download: the economy as Excel or CSV, or a blank template. */
export const exportHref = (place: EconomyPlace, format: EconomyFileFormat, blank = false) =>
  withQuery(`${base(place)}/export`, { format, blank: blank ? 'true' : undefined });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The content type to send a chosen file with. Browsers disagree on a CSV file's type (Windows
 * says application/vnd.ms-excel), so it goes by the name; the server looks at the bytes anyway.
 */
export function uploadType(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'text/csv';
  return 'application/octet-stream';
}

export type ImportRequest = { file: File; dryRun: boolean };

/**
 * Checks (dry run) or imports a file on a unit's page: the server refuses a file for another unit
 * or year. After a real import the unit's economy and the roll-up are loaded again.
 */
export function useEconomyImport(place: EconomyPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: ImportRequest) =>
      apiUpload<EconomyImportResult>(
        withQuery('/api/economy/import', {
          dryRun: dryRun ? 'true' : undefined,
          unitId: place.unitId,
          year: place.year,
        }),
        file,
        uploadType(file.name),
      ),
    onSuccess: (result) =>
      result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: economyKeys.all }),
  });
}

/** Whether a save was refused because someone else saved first (409 `economy.conflict`). */
export const isEconomyConflict = (error: unknown): boolean =>
  isApiError(error) && error.code === 'economy.conflict';

/**
 * The unit's economy read again from the server, e.g. after a conflict: the carry-overs'
 * conflict does not carry their version, the view does.
 */
export const freshEconomy = (queryClient: QueryClient, place: EconomyPlace) =>
  queryClient.fetchQuery({ ...economyQuery(place), staleTime: 0 });

/** Saves the carry-over requests as a whole; the answer is the unit's economy, checks and all. */
export function useSaveCarryOvers(place: EconomyPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CarryOversInput) =>
      api<EconomyView>(`${base(place)}/carry-overs`, { method: 'PUT', body: input }),
    onSuccess: (view) => {
      queryClient.setQueryData(economyKeys.view(place), view);
      return queryClient.invalidateQueries({ queryKey: ['economy', 'rollup'] });
    },
  });
}

/**
 * Saves a result unit's fund (the unit may be below the page's unit); the page's economy is
 * read again, since its funds, checks and indicators follow.
 */
export function useSaveResultFund(place: EconomyPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, input }: { unitId: string; input: ResultFundWrite }) =>
      api<ResultFundView>(`${base({ unitId, year: place.year })}/result-fund`, {
        method: 'PUT',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: economyKeys.all }),
  });
}

/**
 * Saves lines of the unit's table (an area's outcome and forecasts typed in the table), each
 * with its version; the answer is the unit's economy, checks and all.
 */
export function useSaveLines(place: EconomyPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Pick<EconomyLinesInput, 'lines'>) =>
      api<EconomyView>(`${base(place)}/lines`, { method: 'PUT', body: input }),
    onSuccess: (view) => {
      queryClient.setQueryData(economyKeys.view(place), view);
      return queryClient.invalidateQueries({ queryKey: ['economy', 'rollup'] });
    },
  });
}

/** The statements read again, e.g. after a conflict. */
export const freshStatements = (queryClient: QueryClient, place: EconomyPlace) =>
  queryClient.fetchQuery({ ...statementsQuery(place), staleTime: 0 });

/** Saves the investment account or the balance sheet as a whole; the answer is both, checked. */
export function useSaveStatement(
  place: EconomyPlace,
  which: 'investment-account' | 'balance-sheet',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvestmentAccountInput | BalanceSheetInput) =>
      api<StatementsView>(`${base(place)}/${which}`, { method: 'PUT', body: input }),
    onSuccess: (view) => {
      queryClient.setQueryData(economyKeys.statements(place), view);
      return queryClient.invalidateQueries({ queryKey: economyKeys.view(place) });
    },
  });
}

/** Saves the printed disposition rows (Resultat före … efter bokslutsdisposition). */
export function useSavePrintedTotals(place: EconomyPlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (printedTotals: PrintedTotalWrite[]) =>
      api<EconomyView>(`${base(place)}/lines`, { method: 'PUT', body: { printedTotals } }),
    onSuccess: (view) => {
      queryClient.setQueryData(economyKeys.view(place), view);
      return queryClient.invalidateQueries({ queryKey: ['economy', 'rollup'] });
    },
  });
}
