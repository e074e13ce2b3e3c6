import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Compilation,
  CompilationList,
  StartCompilationInput,
} from '#contracts/compilations.ts';
import { api } from '#web/lib/api-client.ts';

const key = ['compilations'] as const;

/** Whether the job still works on it (the page asks again while one does). */
export const isOpen = (c: Compilation) => c.status === 'queued' || c.status === 'running';

/** The tenant's compilations, newest first; asked again every second while one is open. */
export const compilationsQuery = queryOptions({
  queryKey: key,
  queryFn: ({ signal }) => api<CompilationList>('/api/compilations', { signal }),
  refetchInterval: (query) => (query.state.data?.compilations.some(isOpen) ? 1000 : false),
});

export const fileHref = (id: string) => `/api/compilations/${encodeURIComponent(id)}/file`;

export function useStartCompilation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartCompilationInput) =>
      api<Compilation>('/api/compilations', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCancelCompilation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<Compilation>(`/api/compilations/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
