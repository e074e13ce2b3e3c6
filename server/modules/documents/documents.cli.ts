import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { commandLineWriter, exportCommand, say, withDatabase } from '#server/command-line.ts';
import type { Db } from '#server/db/client.ts';
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

/**
 * `report:verify --file <path>`: the file's SHA-256 and the frozen document versions it is, in
 * any tenant (tenant, unit, year and period, kind, format, version, adoption). The lines to print
 * and whether any matched (the command exits with 1 when none did).
 */
export async function verifyFile(
  db: Db,
  path: string,
): Promise<{ matched: boolean; lines: string[] }> {
  const sha256 = createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
  const matches = await repositories(db).documents.bySha256(sha256);
  const lines = [`${path}: SHA-256 ${sha256}`];
  if (matches.length === 0)
    lines.push(
      'Matches no frozen document version: not an adopted version stored by Rödtråd, or changed since.',
    );
  for (const m of matches)
    lines.push(
      `Matches ${m.tenant} (${m.tenantCode}), ${m.unit ?? m.unitId}, ${m.year} ${m.period}: ${m.kind} version ${m.version} (${m.format}), adopted ${m.adoptedOn ?? '–'}${m.decisionRef ? `, ${m.decisionRef}` : ''}, frozen ${m.createdAt.toISOString()}.`,
    );
  return { matched: matches.length > 0, lines };
}

export function registerDocumentCommands(program: Command, config: () => Config): void {
  program
    .command('report:verify')
    .description(
      'check a downloaded document against the frozen versions: its SHA-256 and which tenant, unit, period and version it is (exit code 1: none)',
    )
    .requiredOption('--file <path>', 'the file to check')
    .action((opts: { file: string }) =>
      withDatabase(config, async (database) => {
        const { matched, lines } = await verifyFile(database.db, opts.file);
        for (const line of lines) process.stdout.write(`${line}\n`);
        if (!matched) process.exitCode = 1;
      }),
    );

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
