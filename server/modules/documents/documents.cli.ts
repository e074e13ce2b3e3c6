import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { commandLineWriter, exportCommand, say } from '#server/command-line.ts';
import type { Config } from '#server/config.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/errors.ts';
import { repositories } from '#server/repositories.ts';
import { swedishToday } from '../org/org.routes.ts';
import { unitOf } from '../economy/import/economy.import.usecases.ts';
import { createPdfPrinter } from './documents.pdf.ts';
import { documentFormats, type DocumentFormat } from './documents.render.ts';
import { reportFile } from './documents.usecases.ts';
import { compileFromCommandLine } from './compilation/documents.compilation.cli.ts';

/**
 * `report`: a unit's report for a period as a document file, the same the API gives
 * (GET …/document), in the name of the tenant's account "Kommandoraden" so that the download is
 * in the audit log. On the embedded database the command refuses to run while a server holds it.
 */

const formats = Object.keys(documentFormats) as DocumentFormat[];

/** The format asked for, or the one the file's name ends with. */
export function formatOf(asked: string | undefined, out: string): DocumentFormat {
  const ending = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  const format = asked ?? ending;
  if (format && (formats as string[]).includes(format)) return format as DocumentFormat;
  throw new AppError(
    'validation_failed',
    422,
    `--format: give one of ${formats.join(', ')} (or an --out file ending in one of them)`,
  );
}

export function registerDocumentCommands(program: Command, config: () => Config): void {
  exportCommand<{ period: string; format?: string; out: string; all?: boolean }>(
    program,
    config,
    {
      name: 'report',
      description:
        "write a unit's report for a period as a document: Word (docx), tagged PDF (needs Chromium) or HTML; with --all, the city's compilation of every committee",
      unitOptional: true,
      options: (command) =>
        command
          .requiredOption('--period <key>', 'the period, e.g. T1, T2 or VB')
          .addOption(
            new Option(
              '--format <format>',
              'the format (default: the --out file’s ending)',
            ).choices(formats),
          )
          .requiredOption('--out <file>', 'the file to write')
          .option('--all', "every committee's report in one document (the city's compilation)"),
    },
    async ({ database, tenant, unit: named, year: typed, opts }) => {
      if (!/^\d{4}$/.test(typed))
        throw new AppError('validation_failed', 422, `--year: "${typed}" is not a year`);
      const year = Number(typed);
      const format = formatOf(opts.format, opts.out);
      const started = performance.now();
      const printer = createPdfPrinter(config().chromiumPath);
      try {
        if (opts.all) {
          const periodKey = opts.period;
          const now = () => new Date();
          await compileFromCommandLine({
            database,
            tenant,
            year,
            periodKey,
            format,
            out: opts.out,
            printer,
            now,
          });
          return;
        }
        if (!named.name)
          throw new AppError(
            'validation_failed',
            422,
            '--unit: give a unit, or --all for every committee',
          );
        const file = await inTransaction(database.db, async (tx) => {
          const repos = repositories(tx);
          const unit = await unitOf(repos, tenant.id, named, year);
          if ('code' in unit)
            throw new AppError('reports.unit_not_found', 404, `--unit: ${unit.message}`);
          const period = await repos.years.periodByKey(tenant.id, year, opts.period);
          if (!period)
            throw new AppError(
              'periods.period_not_found',
              404,
              `--period: ${year} has no period "${opts.period}"`,
            );
          say(`Writing ${unit.name}, ${period.name}, as ${format}…`);
          const writer = await commandLineWriter(repos, tenant, false);
          return reportFile(
            repos,
            writer,
            { unitId: unit.id, periodId: period.id },
            format,
            printer,
            swedishToday(new Date()),
          );
        });
        await writeFile(opts.out, file.bytes);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        say(
          `Wrote ${opts.out} (${file.bytes.length} bytes, ${seconds} s), SHA-256 ${file.sha256}.`,
        );
      } finally {
        await printer.close();
      }
    },
  );
}
