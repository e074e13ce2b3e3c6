import { sql, type SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/**
 * A statement whose text depends only on its shape, built by Drizzle once and then run with new
 * values each time. Drizzle otherwise rebuilds a `sql` template's text chunk by chunk on every
 * call: for the report read (one statement of some sixty nested chunks, sent by every reporter
 * on deadline day) that was a twelfth of the server's time. `build` receives a placeholder for
 * each name (typed `never`, so it fits wherever a value would) and interpolates it as it would
 * the value; the values are sent
 * as parameters as before, so nothing is spliced into the text. Works on a database and on a
 * transaction alike (each has its own session), on PGlite and on PostgreSQL.
 */
export function cachedStatement<K extends string>(
  names: readonly K[],
  build: (values: Record<K, never>) => SQL,
) {
  let built: { sql: string; params: unknown[] } | undefined;
  return (db: Db, values: Record<K, unknown>): Promise<unknown> => {
    const { dialect, session } = db as unknown as { dialect: PgDialect; session: PgSession };
    // a placeholder stands where a value would: Drizzle writes it as a parameter ($n) and
    // fills it from `values` when the statement runs
    built ??= dialect.sqlToQuery(
      build(
        Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as Record<K, never>,
      ),
    );
    return session.prepareQuery(built, undefined, undefined, false).execute(values);
  };
}
