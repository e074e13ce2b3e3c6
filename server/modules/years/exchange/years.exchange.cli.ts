import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { FieldIssue } from '#contracts/common.ts';
import type { YearImportResult } from '#contracts/years.exchange.ts';
import type { Tenant } from '#contracts/tenants.ts';
import { exportCommand, importCommand, say } from '#server/command-line.ts';
import type { Config } from '#server/config.ts';
import { inBoundedTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/errors.ts';
import { repositories } from '#server/repositories.ts';
import { asImportError } from './years.exchange.errors.ts';
import { resolveUnit } from './years.exchange.rules.ts';
import { exportYear, importYear } from './years.exchange.usecases.ts';

/**
 * `year:export` and `year:import` on the command line, in the name of the tenant's account
 * "Kommandoraden" (#server/command-line.ts). Output goes to stdout, everything else to stderr, so
 * that an export can be piped.
 */

/** Each problem on a line of its own, path first, as a person reads a list. */
export function describeProblems(problems: readonly FieldIssue[]): string[] {
  const n = problems.length;
  return [
    `The file cannot be imported: ${n} problem${n === 1 ? '' : 's'}. Nothing was written.`,
    ...problems.map((p) => `  ${p.path || '(the file)'}: ${p.message}`),
  ];
}

/**
 * What a year file does not move, said wherever one goes out or in: the economy travels in its
 * own workbook, and attachments are uploaded by hand (docs/exchange-format.md).
 */
export function economyNote(unit: string, year: number, tenant: Pick<Tenant, 'scbCode'>): string {
  const args = `--tenant ${tenant.scbCode} --unit "${unit}" --year ${year}`;
  return `The economy is not in the year file: move it with economy:export ${args} --out economy.xlsx and economy:import --file economy.xlsx (docs/economy-import.md).`;
}

/** The attachments a file lists that the unit's report lacks, one a line. */
const missingLines = (result: YearImportResult) =>
  result.missingAttachments.length === 0
    ? []
    : [
        `  ${result.missingAttachments.length} attachments listed in the file are not on the unit's reports here; upload them by hand:`,
        ...result.missingAttachments.map((a) => `    ${a.period}: ${a.name} (SHA-256 ${a.sha256})`),
      ];

export function describeImport(result: YearImportResult, tenant: Tenant): string {
  const where = `${result.unit.name} ${result.year} in ${tenant.name} (${tenant.scbCode})`;
  if (result.unchanged)
    return [
      `${where} already holds exactly this file; nothing to do.`,
      ...missingLines(result),
    ].join('\n');
  const made = (t: { created: number; existing: number }, what: string) =>
    `${t.created} ${what} created, ${t.existing} already there`;
  return [
    result.dryRun ? `Dry run: the file can be imported into ${where}.` : `Imported ${where}.`,
    result.yearCreated
      ? `  the budget year ${result.year} ${result.dryRun ? 'would be' : 'was'} added`
      : null,
    `  ${made(result.goals, 'goals')}`,
    `  ${made(result.indicators, 'indicators')}`,
    `  ${made(result.activities, 'activities')}`,
    `  ${result.targets} targets, ${result.outcomes} outcomes, ${result.previousOutcomes} previous-year outcomes, ${result.assessments} assessments, ${result.activityReports} activity reports`,
    `  ${result.chapterTexts} chapter texts, ${result.assignedGoals} goals assigned to the unit`,
    `  internal control: ${accountsLine(result)}`,
    ...missingLines(result),
  ]
    .filter((line) => line !== null)
    .join('\n');
}

/** Version 4: the internal control, staff figures and feedback written. */
function accountsLine({ internalControl: ic, staffFigures, feedback }: YearImportResult) {
  const adoption = ic.adoption ? ', the adoption' : '';
  return `${ic.risks} risks, ${ic.controls} controls, ${ic.followUps} follow-ups${adoption}; staff figures of ${staffFigures} years, feedback of ${feedback} years`;
}

const failed = (lines: string[]) => {
  for (const line of lines) say(line);
  process.exitCode = 1;
};

export function registerExchangeCommands(program: Command, config: () => Config): void {
  exportCommand<{ out?: string }>(
    program,
    config,
    {
      name: 'year:export',
      description: "write a unit's year as a Rödtråd year file (docs/exchange-format.md)",
      options: (command) =>
        command.option('--out <file>', 'write to this file instead of standard output'),
    },
    async ({ database, tenant, unit: named, year: typed, reader, opts }) => {
      const year = Number(typed);
      if (!Number.isInteger(year)) return failed([`--year: "${typed}" is not a year`]);
      const repos = repositories(database.db);
      const date = `${year}-12-31`;
      const unit = resolveUnit(await repos.org.treeAt(tenant.id, date), named, date);
      if ('problem' in unit) return failed([`--unit: ${unit.problem.message}`]);
      const file = await exportYear(repos, reader, unit.id, year);
      const text = `${JSON.stringify(file, null, 2)}\n`;
      if (opts.out) {
        await writeFile(opts.out, text, 'utf8');
        say(`Wrote ${file.unit.name} ${year} to ${opts.out}.`);
      } else process.stdout.write(text);
      say(economyNote(file.unit.name, year, tenant));
    },
  );

  importCommand(
    program,
    config,
    {
      name: 'year:import',
      description:
        "read a unit's year from a Rödtråd year file; a file with any problem imports nothing",
      file: 'the year file (JSON)',
      dryRun: 'check the file and say what would be imported, but write nothing',
    },
    async ({ database, tenant, file, dryRun, writer }) => {
      let content: unknown;
      try {
        content = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        return failed([`--file: cannot read ${file} as JSON: ${(error as Error).message}`]);
      }
      try {
        const { importTimeoutSeconds: timeoutSeconds } = config();
        const result = await inBoundedTransaction(
          database.db,
          { timeoutSeconds },
          async (tx, signal) => {
            const repos = repositories(tx);
            return importYear(repos, await writer(repos), content, { dryRun, signal });
          },
        ).catch((error: unknown) => {
          throw asImportError(error, timeoutSeconds);
        });
        process.stdout.write(`${describeImport(result, tenant)}\n`);
        say(economyNote(result.unit.name, result.year, tenant));
      } catch (error) {
        if (error instanceof AppError && error.code === 'validation_failed')
          return failed(describeProblems(error.details as FieldIssue[]));
        throw error;
      }
    },
  );
}
