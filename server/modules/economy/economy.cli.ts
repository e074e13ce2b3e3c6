import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { FieldIssue } from '#contracts/common.ts';
import type { EconomyImportResult } from '#contracts/economy.ts';
import { exportCommand, importCommand, say } from '#server/command-line.ts';
import type { Config } from '#server/config.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/errors.ts';
import { repositories } from '#server/repositories.ts';
import { exportEconomy } from './import/economy.export.usecases.ts';
import { importEconomy, unitOf } from './import/economy.import.usecases.ts';

/**
 * `economy:export` and `economy:import` on the command line, in the name of the tenant's
 * account "Kommandoraden" (#server/command-line.ts), like `year:import`.
 */

export function describeEconomyImport(result: EconomyImportResult, seconds: number): string {
  const where = `${result.unit.name} ${result.year}`;
  const warnings = result.warnings.map((warning) => `  warning: ${warning.message}`);
  if (result.unchanged)
    return [`${where} already holds exactly this file; nothing to do.`, ...warnings].join('\n');
  const tally = (t: EconomyImportResult['lines']) =>
    `${t.created} new, ${t.updated} changed, ${t.deleted} removed, ${t.unchanged} unchanged`;
  const rate = seconds > 0 ? ` (${Math.round(result.rows / seconds)} rows/s)` : '';
  return [
    `${result.dryRun ? 'Dry run: the file can be imported into' : 'Imported'} ${where}: ${result.rows} rows in ${seconds.toFixed(1)} s${rate}.`,
    `  areas: ${tally(result.areas)}`,
    `  lines: ${tally(result.lines)}`,
    `  printed totals changed: ${result.printedTotals}`,
    result.carryOvers === null ? null : `  carry-over requests written: ${result.carryOvers}`,
    result.resultFunds === null ? null : `  result funds written: ${result.resultFunds}`,
    result.statements.investmentAccount === null
      ? null
      : `  investment account rows: ${result.statements.investmentAccount}`,
    result.statements.balanceSheet === null
      ? null
      : `  balance sheet rows: ${result.statements.balanceSheet}`,
    `  columns read: ${result.columns
      .map((c) => `${c.header} → ${c.field}${c.period ? ` ${c.period}` : ''}`)
      .join('; ')}`,
    ...warnings,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

export function registerEconomyCommands(program: Command, config: () => Config): void {
  exportCommand<{ out: string; blank?: boolean }>(
    program,
    config,
    {
      name: 'economy:export',
      description: "write a unit's economy for a year as an Excel workbook or CSV file",
      options: (command) =>
        command
          .requiredOption('--out <file>', 'the file to write (.xlsx, or .csv for CSV)')
          .option('--blank', 'the areas without figures: a template to fill in'),
    },
    async ({ database, tenant, unit: named, year: typed, reader, opts }) => {
      const year = Number(typed);
      if (!/^\d{4}$/.test(typed))
        throw new AppError('validation_failed', 422, `--year: "${typed}" is not a year`);
      const repos = repositories(database.db);
      const unit = await unitOf(repos, tenant.id, named, year);
      if ('code' in unit)
        throw new AppError('economy.unit_not_found', 404, `--unit: ${unit.message}`);
      say(`Exporting ${unit.name} ${year}…`);
      const format = opts.out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
      const file = await exportEconomy(repos, reader, unit.id, year, {
        format,
        blank: opts.blank === true,
      });
      await writeFile(opts.out, file.body);
      say(`Wrote ${opts.out} (${format}, ${Buffer.byteLength(file.body)} bytes).`);
    },
  );

  importCommand(
    program,
    config,
    {
      name: 'economy:import',
      description:
        "read a unit's economy from an Excel workbook or CSV file (the file names the unit and year); a file with any problem imports nothing",
      file: 'the workbook (.xlsx) or CSV file',
      dryRun: 'check the file and say what would change, but write nothing',
    },
    async ({ database, file, dryRun, writer }) => {
      say(`Reading ${file}…`);
      const bytes = await readFile(file);
      say(`Checking every cell${dryRun ? '' : ' and importing'} (${bytes.length} bytes)…`);
      const started = performance.now();
      try {
        const result = await inTransaction(database.db, async (tx) => {
          const repos = repositories(tx);
          return importEconomy(repos, await writer(repos), bytes, {
            dryRun,
            progress: (_phase, detail) =>
              say(`  ${((performance.now() - started) / 1000).toFixed(1)} s: ${detail}`),
          });
        });
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`${describeEconomyImport(result, seconds)}\n`);
      } catch (error) {
        if (error instanceof AppError && error.code === 'economy.invalid_file') {
          say(error.message);
          for (const problem of error.details as FieldIssue[]) say(`  ${problem.message}`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    },
  );
}
