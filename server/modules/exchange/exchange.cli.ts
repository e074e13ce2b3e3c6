import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { FieldIssue } from '#contracts/common.ts';
import type { YearImportResult } from '#contracts/exchange.ts';
import type { Tenant } from '#contracts/tenants.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { openConfiguredDatabase } from '#server/db/open.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/http/errors.ts';
import { repositories, type Repositories } from '#server/repositories.ts';
import { createUser, updateUser, type Principal } from '../people/people.usecases.ts';
import { resolveUnit } from './exchange.rules.ts';
import { exportYear, importYear } from './exchange.usecases.ts';

/**
 * `year:export` and `year:import` on the command line. The command line acts for the system
 * with a tenant administrator's rights, in the name of a disabled account "Kommandoraden" of the
 * tenant (made on first use), so that the audit log and "last changed by" say where the data
 * came from. Output goes to stdout, everything else to stderr, so that an export can be piped.
 */
const say = (line: string) => process.stderr.write(`${line}\n`);

const COMMAND_LINE = 'Kommandoraden';
const accountEmail = (tenant: Tenant) => `kommandoraden-${tenant.scbCode}@rodtrad.invalid`;
const asAdministrator = (tenant: Tenant, user: { id: string; name: string; email: string }) =>
  ({
    tenantId: tenant.id,
    userId: user.id,
    userName: user.name,
    email: user.email,
    csrfToken: '',
    grants: [{ id: 'command-line', role: 'admin', unitId: null, unitName: null }],
  }) satisfies Principal;

/** The tenant's command-line account, made (disabled: no one can log in with it) on first use. */
async function commandLineAccount(repos: Repositories, tenant: Tenant) {
  const email = accountEmail(tenant);
  const found = await repos.people.findCredentials(email);
  if (found) return found;
  const system = { tenantId: tenant.id, userId: null, userName: COMMAND_LINE };
  const user = await createUser(repos, system, {
    email,
    name: COMMAND_LINE,
    password: randomBytes(32).toString('base64url'),
  });
  return updateUser(repos, system, user.id, { disabled: true, version: user.version });
}

async function tenantOf(database: Database, scbCode: string): Promise<Tenant> {
  const tenant = await repositories(database.db).tenants.findByScbCode(scbCode);
  if (!tenant)
    throw new AppError('tenants.not_found', 404, `--tenant: no tenant with SCB code ${scbCode}`);
  return tenant;
}

/** Each problem on a line of its own, path first, as a person reads a list. */
export function describeProblems(problems: readonly FieldIssue[]): string[] {
  const n = problems.length;
  return [
    `The file cannot be imported: ${n} problem${n === 1 ? '' : 's'}. Nothing was written.`,
    ...problems.map((p) => `  ${p.path || '(the file)'}: ${p.message}`),
  ];
}

export function describeImport(result: YearImportResult, tenant: Tenant): string {
  const where = `${result.unit.name} ${result.year} in ${tenant.name} (${tenant.scbCode})`;
  if (result.unchanged) return `${where} already holds exactly this file; nothing to do.`;
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
    `  ${result.targets} targets, ${result.outcomes} outcomes, ${result.assessments} assessments, ${result.activityReports} activity reports`,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

const failed = (lines: string[]) => {
  for (const line of lines) say(line);
  process.exitCode = 1;
};

export function registerExchangeCommands(program: Command, config: () => Config): void {
  async function withDatabase(work: (database: Database) => Promise<void>) {
    const database = await openConfiguredDatabase(config(), say);
    try {
      await work(database);
    } finally {
      await database.close();
    }
  }

  program
    .command('year:export')
    .description("write a unit's year as a Rödtråd year file (docs/exchange-format.md)")
    .requiredOption('--tenant <scb-code>', 'the SCB code of the tenant, e.g. 0180')
    .requiredOption('--unit <unit>', "the unit's id, or its exact name at the end of the year")
    .requiredOption('--year <year>', 'the budget year, e.g. 2015')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((opts: { tenant: string; unit: string; year: string; out?: string }) =>
      withDatabase(async (database) => {
        const tenant = await tenantOf(database, opts.tenant);
        const year = Number(opts.year);
        if (!Number.isInteger(year)) return failed([`--year: "${opts.year}" is not a year`]);
        const repos = repositories(database.db);
        const date = `${year}-12-31`;
        const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
          opts.unit,
        );
        const unit = resolveUnit(
          await repos.org.treeAt(tenant.id, date),
          { id: isId ? opts.unit : null, name: opts.unit },
          date,
        );
        if ('problem' in unit) return failed([`--unit: ${unit.problem.message}`]);
        const principal = asAdministrator(tenant, { id: '', name: COMMAND_LINE, email: '' });
        const file = await exportYear(repos, principal, unit.id, year);
        const text = `${JSON.stringify(file, null, 2)}\n`;
        if (opts.out) {
          await writeFile(opts.out, text, 'utf8');
          say(`Wrote ${file.unit.name} ${year} to ${opts.out}.`);
        } else process.stdout.write(text);
      }),
    );

  program
    .command('year:import')
    .description(
      "read a unit's year from a Rödtråd year file; a file with any problem imports nothing",
    )
    .requiredOption('--tenant <scb-code>', 'the SCB code of the tenant to import into')
    .requiredOption('--file <file>', 'the year file (JSON)')
    .option('--dry-run', 'check the file and say what would be imported, but write nothing')
    .action((opts: { tenant: string; file: string; dryRun?: boolean }) =>
      withDatabase(async (database) => {
        const tenant = await tenantOf(database, opts.tenant);
        let content: unknown;
        try {
          content = JSON.parse(await readFile(opts.file, 'utf8'));
        } catch (error) {
          return failed([`--file: cannot read ${opts.file} as JSON: ${(error as Error).message}`]);
        }
        const dryRun = opts.dryRun === true;
        try {
          const result = await inTransaction(database.db, async (tx) => {
            const repos = repositories(tx);
            // A dry run writes nothing, not even the account.
            const account = dryRun
              ? { id: '', name: COMMAND_LINE, email: accountEmail(tenant) }
              : await commandLineAccount(repos, tenant);
            return importYear(repos, asAdministrator(tenant, account), content, { dryRun });
          });
          process.stdout.write(`${describeImport(result, tenant)}\n`);
        } catch (error) {
          if (error instanceof AppError && error.code === 'validation_failed')
            return failed(describeProblems(error.details as FieldIssue[]));
          throw error;
        }
      }),
    );
}
