import { createError } from './errors.ts';

/**
 * At most `limit` imports at once. Each holds a file and every cell of it while it runs (up to
 * the economy import's FILE_LIMITS, or a year file's body), so the count bounds the server's
 * memory; one more is answered at once with 503 rather than queued behind the others.
 */

export const importsBusy = createError(
  'imports.busy',
  503,
  'Other imports are running; try again in a minute',
  { retryAfterSeconds: 60 },
);

export type ImportSlots = {
  readonly limit: number;
  /** imports running now */
  running(): number;
  /** runs `work` in a free slot, or throws imports.busy when none is free */
  run<T>(work: () => Promise<T>): Promise<T>;
};

export function createImportSlots(limit: number): ImportSlots {
  let running = 0;
  return {
    limit,
    running: () => running,
    async run(work) {
      if (running >= limit)
        throw importsBusy(
          { running, limit },
          `Servern läser redan in så många filer som den får samtidigt (${limit}); försök igen om en stund.`,
        );
      running += 1;
      try {
        return await work();
      } finally {
        running -= 1;
      }
    },
  };
}
