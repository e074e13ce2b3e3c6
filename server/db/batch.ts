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
    signal?.throwIfAborted();
    await db.insert(table).values(rows.slice(start, start + size) as T['$inferInsert'][]);
  }
}
