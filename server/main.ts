import path from 'node:path';
import { fileURLToPath } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { startJobs } from './jobs/jobs.ts';
import { createPdfPrinter } from './modules/documents/documents.pdf.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');

/** config → database (migrated, demo seeded when empty) → app → listen; close gracefully. */
export async function serve(config: Config, log: (line: string) => void = console.log) {
  const database = await openConfiguredDatabase(config, log);
  if (config.seedDemo) await seedDemoIfEmpty(database, log);
  // one Chromium for the process (launched at the first PDF): the routes and the compilation's job
  const printer = createPdfPrinter(config.chromiumPath);
  const jobs = await startJobs({ db: database.db, config, log, printer });
  const app = await buildApp({ database, config, webRoot, queue: jobs.queue, printer });
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    await app.close();
    await jobs.stop();
    await printer.close();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  log(`Rödtråd is running on http://${config.host}:${config.port} (${database.kind})`);
  return app;
}
