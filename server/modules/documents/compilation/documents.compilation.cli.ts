import { writeFile } from 'node:fs/promises';
import type { Tenant } from '#contracts/tenants.ts';
import { commandLineWriter, say } from '#server/command-line.ts';
import type { Database } from '#server/db/client.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/errors.ts';
import { repositories } from '#server/repositories.ts';
import type { PdfPrinter } from '../documents.pdf.ts';
import type { DocumentFormat } from '../documents.render.ts';
import { runCompilation } from './documents.compilation.jobs.ts';
import { compilationFile, startCompilation } from './documents.compilation.usecases.ts';

/** A text progress bar: "[██████░░░░] 6 av 10 nämnder · nu: Trafiknämnden". */
export function progressLine(done: number, total: number, unitName: string | null, width = 24) {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
  const now = unitName ? ` · nu: ${unitName}` : ' · sätter ihop dokumentet';
  return `${bar} ${done} av ${total} nämnder${now}`;
}

/**
 * `report --all`: the city's compilation of a period, run in this process with the same job code
 * the server's queue runs (a compilation row, its kept parts, the audit), in the name of the
 * tenant's account "Kommandoraden". The progress bar is redrawn in place on a terminal and
 * written a line per committee otherwise.
 */
export async function compileFromCommandLine(options: {
  database: Database;
  tenant: Tenant;
  year: number;
  periodKey: string;
  format: DocumentFormat;
  out: string;
  printer: PdfPrinter;
  now: () => Date;
}): Promise<void> {
  const { database, tenant, year, periodKey, format, out, printer, now } = options;
  const repos = repositories(database.db);
  const period = await repos.years.periodByKey(tenant.id, year, periodKey);
  if (!period)
    throw new AppError(
      'periods.period_not_found',
      404,
      `--period: ${year} has no period "${periodKey}"`,
    );
  const writer = await inTransaction(database.db, (tx) =>
    commandLineWriter(repositories(tx), tenant, false),
  );
  const made = await inTransaction(database.db, (tx) =>
    startCompilation(repositories(tx), () => Promise.resolve(), writer, {
      periodId: period.id,
      format,
    }),
  );
  say(`Compiling every committee's ${period.name} as ${format}…`);
  const tty = process.stderr.isTTY === true;
  await runCompilation({ db: database.db, printer, now }, made.id, {
    onProgress: ({ done, total, unitName }) => {
      const line = progressLine(done, total, unitName);
      process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
    },
  });
  if (tty) process.stderr.write('\n');
  const ended = await repos.compilations.find(tenant.id, made.id);
  if (ended?.status !== 'done')
    throw new AppError(
      'documents.compilation_failed',
      500,
      `The compilation ${ended?.status ?? 'vanished'}: ${ended?.error ?? ''}`,
    );
  const file = await inTransaction(database.db, (tx) =>
    compilationFile(repositories(tx), writer, made.id, now()),
  );
  await writeFile(out, file.bytes);
  say(
    `Wrote ${out} (${ended.unitsTotal} committees, ${file.bytes.length} bytes), SHA-256 ${ended.sha256}.`,
  );
}
