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
  | { kind: 'postgresql'; url: string; max?: number };

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
    const db = drizzlePostgres({ client, schema }) as unknown as Db;
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
