import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import type { Tenant } from '#contracts/tenants.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { openConfiguredDatabase } from '#server/db/open.ts';
import { AppError } from '#server/errors.ts';
import { repositories, type Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { createUser, hashedUser, updateUser } from './modules/people/people.usecases.ts';

/**
 * What the modules' commands (`year:*`, `economy:*`, `org:*`) share. They act for the system with a
 * tenant administrator's rights, in the name of a disabled account "Kommandoraden" of the tenant
 * (made on first use), so that the audit log and "last changed by" say where the data came from.
 * Progress goes to stderr, results to stdout, so that an export can be piped.
 */
export const say = (line: string) => process.stderr.write(`${line}\n`);

export const COMMAND_LINE = 'Kommandoraden';
const accountEmail = (tenant: Tenant) => `kommandoraden-${tenant.scbCode}@rodtrad.invalid`;

export const looksLikeId = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const asAdministrator = (tenant: Tenant, user: { id: string; name: string; email: string }) =>
  ({
    tenantId: tenant.id,
    userId: user.id,
    userName: user.name,
    email: user.email,
    csrfToken: '',
    grants: [{ id: 'command-line', role: 'admin', unitId: null, unitName: null }],
  }) satisfies Principal;

/** The command line as a reader: nothing it does is written, so it needs no account. */
export const commandLineReader = (tenant: Tenant) =>
  asAdministrator(tenant, { id: '', name: COMMAND_LINE, email: accountEmail(tenant) });

/**
 * The command line as a writer, in the name of the tenant's account, made (disabled: no one can
 * log in with it) on first use. A dry run writes nothing, not even the account.
 */
export async function commandLineWriter(
  repos: Repositories,
  tenant: Tenant,
  dryRun: boolean,
): Promise<Principal> {
  if (dryRun) return commandLineReader(tenant);
  const email = accountEmail(tenant);
  const found = (await repos.people.findCredentials(email)).find((a) => a.tenant.id === tenant.id);
  if (found) return asAdministrator(tenant, found.user);
  const system = { tenantId: tenant.id, userId: null, userName: COMMAND_LINE };
  const user = await createUser(
    repos,
    system,
    await hashedUser({
      email,
      name: COMMAND_LINE,
      password: randomBytes(32).toString('base64url'),
    }),
  );
  const account = await updateUser(repos, system, user.id, {
    disabled: true,
    version: user.version,
  });
  return asAdministrator(tenant, account);
}

export async function tenantOf(database: Database, scbCode: string): Promise<Tenant> {
  const tenant = await repositories(database.db).tenants.findByScbCode(scbCode);
  if (!tenant)
    throw new AppError('tenants.not_found', 404, `--tenant: no tenant with SCB code ${scbCode}`);
  return tenant;
}

/** Runs a command's work on the configured database and closes it afterwards. */
export async function withDatabase(
  config: () => Config,
  work: (database: Database) => Promise<void>,
): Promise<void> {
  const database = await openConfiguredDatabase(config(), say);
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

/** What an export command is given: the tenant, the unit as named, the year as typed, its options. */
export interface ExportRun<Options> {
  database: Database;
  tenant: Tenant;
  /** --unit: its id if it looks like one, and always the name */
  unit: { id: string | null; name: string };
  year: string;
  /** the command line as a reader (it writes nothing) */
  reader: Principal;
  opts: Options;
}

/**
 * An export command (`year:export`, `economy:export`): --tenant, --unit and --year, then the
 * command's own options (`options`).
 */
export function exportCommand<Options>(
  program: Command,
  config: () => Config,
  spec: {
    name: string;
    description: string;
    options: (command: Command) => Command;
    /** --unit may be left out (`report --all`); the work then gets an empty name */
    unitOptional?: boolean;
  },
  work: (run: ExportRun<Options>) => Promise<void>,
): Command {
  const unitHelp = "the unit's id, or its exact name at the end of the year";
  const command = program
    .command(spec.name)
    .description(spec.description)
    .requiredOption('--tenant <scb-code>', 'the SCB code of the tenant, e.g. 0180');
  if (spec.unitOptional) command.option('--unit <unit>', unitHelp, '');
  else command.requiredOption('--unit <unit>', unitHelp);
  command.requiredOption('--year <year>', 'the budget year, e.g. 2015');
  return spec
    .options(command)
    .action((opts: { tenant: string; unit: string; year: string } & Options) =>
      withDatabase(config, async (database) => {
        const tenant = await tenantOf(database, opts.tenant);
        return work({
          database,
          tenant,
          unit: { id: looksLikeId(opts.unit) ? opts.unit : null, name: opts.unit },
          year: opts.year,
          reader: commandLineReader(tenant),
          opts,
        });
      }),
    );
}

/** What an import command is given: the tenant, the file's path and whether to write nothing. */
export interface ImportRun {
  database: Database;
  tenant: Tenant;
  file: string;
  dryRun: boolean;
  /** the command line as the writer in a transaction's repositories (`commandLineWriter`) */
  writer: (repos: Repositories) => Promise<Principal>;
}

/** An import command (`year:import`, `economy:import`): --tenant, --file and --dry-run. */
export function importCommand(
  program: Command,
  config: () => Config,
  spec: { name: string; description: string; file: string; dryRun: string },
  work: (run: ImportRun) => Promise<void>,
): Command {
  return program
    .command(spec.name)
    .description(spec.description)
    .requiredOption('--tenant <scb-code>', 'the SCB code of the tenant to import into')
    .requiredOption('--file <file>', spec.file)
    .option('--dry-run', spec.dryRun)
    .action((opts: { tenant: string; file: string; dryRun?: boolean }) =>
      withDatabase(config, async (database) => {
        const tenant = await tenantOf(database, opts.tenant);
        const dryRun = opts.dryRun === true;
        return work({
          database,
          tenant,
          file: opts.file,
          dryRun,
          writer: (repos) => commandLineWriter(repos, tenant, dryRun),
        });
      }),
    );
}
