import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { lockDataDir } from './lock.ts';
import * as schema from './schema.ts';

/** The one database type the repositories see, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | {
      kind: 'pglite';
      /** null: in memory; a directory is locked for this process until close() or exit */
      dataDir: string | null;
      /** where taking over a stale lock is told */
      log?: (line: string) => void;
    }
  | {
      kind: 'postgresql';
      url: string;
      max?: number;
      /** prepare parameterised statements (decision 010); false behind PgBouncer < 1.21 */
      prepare?: boolean;
    };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgresql') {
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      // dates stay 'YYYY-MM-DD' strings: a calendar date has no time zone to drift in
      types: {
        date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x },
      },
    });
    const driver = options.prepare === false ? client : preparing(client);
    const db = drizzlePostgres({ client: driver, schema }) as unknown as Db;
    return { db, kind: 'postgresql', close: () => client.end({ timeout: 5 }) };
  }
  if (!options.dataDir) return openPglite(new PGlite(), () => {});
  const release = lockDataDir(options.dataDir, options.log ?? console.warn);
  try {
    return await openPglite(new PGlite(options.dataDir), release);
  } catch (error) {
    release();
    throw error;
  }
}

async function openPglite(client: PGlite, release: () => void): Promise<Database> {
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const close = async () => {
    try {
      await client.close();
    } finally {
      release();
    }
  };
  return { db, kind: 'pglite', close };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any client's custom types
type Sql = postgres.Sql<any>;

/**
 * The client with every parameterised statement prepared once per connection (decision 010).
 * Drizzle sends each query as `unsafe(text, params, { prepare: false })`, so PostgreSQL parsed and
 * planned the report's statement on every read, and its text crossed the socket each time:
 * prepared, a report read costs PostgreSQL half the CPU. postgres-js keeps a connection's
 * statements with the connection and drops them when it is recycled (every 30–60 minutes), so
 * the variants of an `in (…)` list do not pile up. Transactions and savepoints get their own
 * client from postgres-js; those are wrapped the same way.
 */
export function preparing<S extends Sql>(sql: S): S {
  const wrapInner = (args: unknown[]) => {
    const fn = args.at(-1);
    if (typeof fn !== 'function') return args;
    return [...args.slice(0, -1), (inner: S) => (fn as (s: S) => unknown)(preparing(inner))];
  };
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === 'unsafe')
        return (text: string, params?: unknown, options?: object) => {
          const list = Array.isArray(params) ? (params as postgres.ParameterOrJSON<never>[]) : [];
          const given = Array.isArray(params) ? options : (params as object | undefined);
          return target.unsafe(text, list, { ...given, prepare: list.length > 0 });
        };
      if (key === 'begin' || key === 'savepoint') {
        const method = Reflect.get(target, key, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => method.apply(target, wrapInner(args));
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
