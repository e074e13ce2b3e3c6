import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import type { ImportSlots } from './import-slots.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { PdfPrinter } from './modules/documents/documents.pdf.ts';

// Kept apart from app.ts so that routes depend on what they get, not on the composition root
// that imports them (app.ts → modules.ts → routes).

export const VERSION: string = (
  JSON.parse(
    fs.readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

export type AppConfig = Pick<
  Config,
  | 'cookieSecure'
  | 'loginAttemptsPerMinute'
  | 'trustedProxies'
  | 'logLevel'
  | 'requestLogLevel'
  | 'importsAtOnce'
  | 'importTimeoutSeconds'
  | 'chromiumPath'
>;

/** What every module's routes get. */
export type AppContext = {
  db: Db;
  databaseKind: Database['kind'];
  config: AppConfig;
  now: () => Date;
  /** shared by every route that imports a file */
  importSlots: ImportSlots;
  /** the background job queue (server/jobs); null where no jobs run (most route tests) */
  queue: JobQueue | null;
  /** the process's one Chromium (main.ts), shared with the jobs; null: the app makes its own */
  printer: PdfPrinter | null;
};
