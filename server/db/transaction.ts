import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/**
 * Run one use case in one transaction: it all happens or none of it does. Drizzle rolls back
 * when the callback throws, so a failed request changes nothing.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}

/** Raw `db.execute` results differ by driver: PGlite gives `{ rows }`, postgres-js an array. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Why a bounded transaction stopped: its time was up, or its caller let go (a client left). */
export class TransactionStopped extends Error {
  constructor(readonly reason: 'timeout' | 'aborted') {
    super(reason === 'timeout' ? 'the transaction ran out of time' : 'the transaction was stopped');
    this.name = 'TransactionStopped';
  }
}

const embedded = (db: Db) => 'waitReady' in ((db as unknown as { $client: object }).$client ?? {});

/** PostgreSQL's codes for a statement cancelled by statement_timeout or a lock not had in time. */
const TIMEOUT_CODES = new Set(['57014', '55P03', '25P03']);

const codeOf = (error: unknown): string | undefined => {
  for (let e = error; e instanceof Error || (e && typeof e === 'object');) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
    if (!e) break;
  }
  return undefined;
};

/**
 * A transaction that holds its locks for at most `timeoutSeconds`: the server ends a statement
 * or a lock wait that runs past it (so a second writer waits no longer either),
 * and `work` gets a signal, aborted at the deadline or when `signal` is (the client left), that
 * it checks between its steps. Either way the transaction rolls back and the caller gets a
 * TransactionStopped saying why.
 */
export async function inBoundedTransaction<T>(
  db: Db,
  { timeoutSeconds, signal }: { timeoutSeconds: number; signal?: AbortSignal },
  work: (tx: Db, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const ms = Math.max(1, Math.round(timeoutSeconds * 1000));
  const deadline = AbortSignal.timeout(ms);
  const bound = signal ? AbortSignal.any([signal, deadline]) : deadline;
  try {
    return await db.transaction(async (tx) => {
      // PGlite is one session in this process: no one else waits on its locks, and its own
      // timeouts would end the whole embedded server, so the signal alone bounds it there.
      // Not idle_in_transaction_session_timeout: it ends the session, not the statement, and a
      // connection killed under the driver while it writes crashes the process; between
      // statements the signal ends the work, and the rollback frees the locks
      if (!embedded(db))
        for (const setting of ['statement_timeout', 'lock_timeout'])
          await tx.execute(sql.raw(`set local ${setting} = ${ms}`));
      bound.throwIfAborted();
      return work(tx as unknown as Db, bound);
    });
  } catch (error) {
    if (deadline.aborted || TIMEOUT_CODES.has(codeOf(error) ?? ''))
      throw new TransactionStopped('timeout');
    if (bound.aborted) throw new TransactionStopped('aborted');
    throw error;
  }
}
