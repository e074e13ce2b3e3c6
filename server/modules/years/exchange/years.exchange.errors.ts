import { TransactionStopped } from '#server/db/transaction.ts';
import { createError } from '#server/errors.ts';

export const importTimedOut = createError(
  'exchange.timed_out',
  503,
  'The import took longer than it may (RODTRAD_IMPORT_TIMEOUT_SECONDS); nothing was written',
);
/** Nobody reads it (the client has gone), but the log does. */
export const importAbandoned = createError(
  'exchange.abandoned',
  499,
  'The client went away before the import was done; nothing was written',
);

/** A bounded import's stop as the error the caller shows; anything else as it was. */
export const asImportError = (error: unknown, timeoutSeconds: number): unknown =>
  error instanceof TransactionStopped
    ? error.reason === 'timeout'
      ? importTimedOut({ timeoutSeconds })
      : importAbandoned()
    : error;
