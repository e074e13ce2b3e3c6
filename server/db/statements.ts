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

/** What Drizzle keeps of a built query builder: its text, its parameters and how rows map. */
type Template = {
  query: { sql: string; params: unknown[] };
  fields: unknown;
  arrayMode: boolean;
  mapper: unknown;
  joinsNotNullableMap: unknown;
};
type Prepared = {
  getQuery(): { sql: string; params: unknown[] };
  fields?: unknown;
  customResultMapper?: unknown;
  isResponseInArrayMode(): boolean;
  joinsNotNullableMap?: unknown;
  execute(values: Record<string, unknown>): Promise<unknown>;
};
type Session = {
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: unknown,
    name: string | undefined,
    arrayMode: boolean,
    mapper: unknown,
  ): Prepared;
};

/**
 * A query builder's statement (`db.select(…)…`, with its joins and the mapping of its rows to
 * typed objects) built by Drizzle once, like `cachedStatement`: `build` receives the database and
 * a placeholder for each name, and returns the builder as it would be awaited. Each call then
 * only fills in the values and maps the rows. A request resolves its session, its period and its
 * unit's ancestry this way; built per call, Drizzle's query building was a tenth of the server's
 * time in the deadline rush. Only for statements whose shape never depends on the values (a list
 * of ids goes as one array: `uuids`). A placeholder's value reaches the driver as it is, not
 * through its column's encoder: a timestamp is given as its ISO text, not as a Date.
 */
export function cachedQuery<K extends string, T>(
  names: readonly K[],
  build: (db: Db, values: Record<K, never>) => PromiseLike<T>,
) {
  let template: Template | undefined;
  return (db: Db, values: Record<K, unknown>): Promise<T> => {
    const { session } = db as unknown as { session: Session };
    if (!template) {
      const placeholders = Object.fromEntries(names.map((name) => [name, sql.placeholder(name)]));
      const builder = build(db, placeholders as Record<K, never>) as unknown as {
        _prepare(): Prepared;
      };
      const first = builder._prepare();
      template = {
        query: first.getQuery(),
        fields: first.fields,
        arrayMode: first.isResponseInArrayMode(),
        mapper: first.customResultMapper,
        joinsNotNullableMap: first.joinsNotNullableMap,
      };
    }
    const { query, fields, arrayMode, mapper, joinsNotNullableMap } = template;
    const prepared = session.prepareQuery(query, fields, undefined, arrayMode, mapper);
    prepared.joinsNotNullableMap = joinsNotNullableMap;
    return prepared.execute(values) as Promise<T>;
  };
}

/**
 * Ids as one array value (`{a,b}`, cast `::uuid[]` in the statement), so that a statement built
 * once takes any number of them: `inArray` writes one parameter per id, a new text per count.
 * For ids the database gave; PostgreSQL refuses anything that is not a uuid.
 */
export const uuids = (ids: readonly string[]): string => `{${ids.join(',')}}`;
