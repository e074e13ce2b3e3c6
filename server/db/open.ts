import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from './client.ts';
import { migrateDatabase } from './migrate.ts';

/** The database the configuration names, migrated: a server via DATABASE_URL, else embedded PGlite. */
export async function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'databasePrepare'>>,
  log: (line: string) => void,
): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({
        kind: 'postgresql',
        url: config.databaseUrl,
        prepare: config.databasePrepare ?? true,
      })
    : await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite'), log });
  log(
    config.databaseUrl
      ? 'Database: PostgreSQL server (DATABASE_URL)'
      : `Database: embedded PGlite in ${path.join(config.dataDir, 'pglite')}`,
  );
  log('Applying migrations…');
  await migrateDatabase(database);
  return database;
}
