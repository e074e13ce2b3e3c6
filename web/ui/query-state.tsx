import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';
import { Loading } from './loading.tsx';

/** What QueryState reads of a query (a plain or an infinite one). */
type QueryLike<T> = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => Promise<unknown>;
};

/**
 * A query's three states in one place: loading, its error (with a retry unless `retry` is
 * false, in the module's words when it passes `describe`), and its data, handed to `children`.
 */
export function QueryState<T>({
  query,
  describe,
  retry = true,
  children,
}: {
  query: QueryLike<T>;
  describe?: (error: unknown) => string;
  retry?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isError)
    return (
      <ErrorAlert
        error={query.error}
        describe={describe}
        onRetry={retry ? () => void query.refetch() : undefined}
      />
    );
  if (query.isPending || query.data === undefined) return <Loading />;
  return children(query.data);
}
