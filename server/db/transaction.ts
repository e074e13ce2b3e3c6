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
