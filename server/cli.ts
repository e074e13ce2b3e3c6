import { createInterface } from 'node:readline/promises';
import { Command, Option } from 'commander';
import type { z } from 'zod';
import { createTenantInput } from '#contracts/tenants.ts';
import { createUserInput, role as roleSchema, roles } from '#contracts/people.ts';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { inTransaction } from './db/transaction.ts';
import { repositories } from './repositories.ts';
import { AppError } from './errors.ts';
import { serve } from './main.ts';
import { registerEconomyCommands } from './modules/economy/economy.cli.ts';
import { registerExchangeCommands } from './modules/years/exchange/years.exchange.cli.ts';
import { registerOrgCommands } from './modules/org/org.cli.ts';
import { registerDocumentCommands } from './modules/documents/documents.cli.ts';
import { addGrant, createUser, hashedUser } from './modules/people/people.usecases.ts';
import { createTenant } from './modules/tenants/tenants.usecases.ts';
import { seedDemo } from '../demo/seed.ts';

const log = (line: string) => console.log(line);

function config(): Config {
  return loadConfig();
}

/** Run a command against the configured database and close it afterwards. */
async function withDatabase<T>(
  work: (database: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
) {
  const database = await openConfiguredDatabase(config(), log);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError(
      'validation_failed',
      422,
      result.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'),
    );
  }
  return result.data;
}

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

const program = new Command()
  .name('rodtrad')
  .description(
    'Rödtråd: governance and follow-up for Swedish municipalities and regions.\nConfiguration comes from the environment: PORT, HOST, RODTRAD_DATA_DIR, DATABASE_URL (see README).',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web server (migrates the database; seeds the demo into an empty one)')
  .action(async () => {
    await serve(config(), log);
  });

program
  .command('db:migrate')
  .description('apply every pending database migration')
  .action(() => withDatabase(async () => log('Migrations applied.')));

program
  .command('demo:seed')
  .description('add the demo municipality Stockholms stad (0180) unless it is there already')
  .action(() =>
    withDatabase(async (database) => {
      if (await repositories(database.db).tenants.findByScbCode('0180')) {
        log('The demo municipality (0180) is already there; nothing to do.');
        return;
      }
      await seedDemo(database, log);
      log('Demo seeded.');
    }),
  );

program
  .command('tenants:add')
  .description('add a municipality or region')
  .requiredOption('--name <name>', 'e.g. "Region Skåne"')
  .requiredOption(
    '--scb-code <code>',
    'SCB code: 4 digits for a kommun (0180), 2 for a region (12)',
  )
  .addOption(
    new Option('--kind <kind>', 'kommun or region').choices(['kommun', 'region']).default('kommun'),
  )
  .action((opts: { name: string; scbCode: string; kind: string }) =>
    withDatabase(async (database) => {
      const input = parse(createTenantInput, {
        name: opts.name,
        scbCode: opts.scbCode,
        kind: opts.kind,
      });
      const tenant = await inTransaction(database.db, (tx) =>
        createTenant(repositories(tx), input),
      );
      log(`Added ${tenant.name} (${tenant.scbCode}), id ${tenant.id}.`);
    }),
  );

program
  .command('tenants:list')
  .description('list the municipalities and regions')
  .action(() =>
    withDatabase(async (database) => {
      for (const t of await repositories(database.db).tenants.list())
        log(`${t.scbCode}\t${t.kind}\t${t.name}`);
    }),
  );

program
  .command('users:add')
  .description('add a user; the password is read from standard input, never from the command line')
  .requiredOption('--tenant <scb-code>', "the SCB code of the user's tenant")
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .addOption(new Option('--role <role>', 'grant a role').choices(roles))
  .option('--unit <unit-id>', 'the unit the role is granted on (not for admin and reader)')
  .action((opts: { tenant: string; email: string; name: string; role?: string; unit?: string }) =>
    withDatabase(async (database) => {
      const password = await readPassword();
      const input = parse(createUserInput, { email: opts.email, name: opts.name, password });
      const role = opts.role === undefined ? undefined : parse(roleSchema, opts.role);
      const tenant = await repositories(database.db).tenants.findByScbCode(opts.tenant);
      if (!tenant)
        throw new AppError(
          'tenants.not_found',
          404,
          `--tenant: no tenant with SCB code ${opts.tenant}`,
        );
      const actor = { tenantId: tenant.id, userId: null, userName: 'rodtrad cli' };
      const hashed = await hashedUser(input);
      const user = await inTransaction(database.db, async (tx) => {
        const created = await createUser(repositories(tx), actor, hashed);
        if (!role) return created;
        return addGrant(repositories(tx), actor, created.id, { role, unitId: opts.unit ?? null });
      });
      log(`Added ${user.name} <${user.email}> to ${tenant.name}${role ? ` as ${role}` : ''}.`);
    }),
  );

registerExchangeCommands(program, config);
registerEconomyCommands(program, config);
registerOrgCommands(program, config);
registerDocumentCommands(program, config);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error(`Error (${error.code}): ${error.message}`);
  else console.error(error);
  process.exit(1);
});
