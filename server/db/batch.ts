import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/**
 * Many rows into one table as multi-row INSERTs. PostgreSQL takes at most 65 535 parameters a
 * statement, so rows go in batches that stay under that whatever the table's width; between
 * batches the signal is checked, so that a long import stops soon after its client has gone.
 */
export const MAX_PARAMETERS = 65_535;
/** Drizzle builds a statement's text in time that grows faster than its rows; 500 keeps it short. */
const ROWS_PER_STATEMENT = 500;

/**
 * Gives the event loop a turn before the signal is read: an embedded database answers without
 * one, and then neither a deadline's timer nor a closed socket would ever be heard.
 */
export async function noticed(signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal.throwIfAborted();
}

export async function insertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  signal?: AbortSignal,
): Promise<void> {
  if (rows.length === 0) return;
  const width = Object.keys(getTableColumns(table)).length;
  const size = Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / width));
  for (let start = 0; start < rows.length; start += size) {
    if (signal) await noticed(signal);
    await db.insert(table).values(rows.slice(start, start + size) as T['$inferInsert'][]);
  }
}
