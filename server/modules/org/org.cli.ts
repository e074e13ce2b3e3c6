import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import {
  reorganisationInput,
  unitKinds,
  type ReorganisationPreview,
  type ReorganisationInput,
} from '#contracts/org.ts';
import type { Tenant } from '#contracts/tenants.ts';
import {
  commandLineWriter,
  looksLikeId,
  say,
  tenantOf,
  withDatabase,
} from '#server/command-line.ts';
import type { Config } from '#server/config.ts';
import type { Database } from '#server/db/client.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { actorOf } from '#server/principal.ts';
import { repositories } from '#server/repositories.ts';
import { resolveUnit } from '../years/exchange/years.exchange.rules.ts';
import { previewReorganisation, reorganise } from './org.usecases.ts';

/**
 * `org:open` and `org:reorganise` on the command line: the same reorganisation the API makes
 * (POST /api/org/reorganisations), in the name of the tenant's account "Kommandoraden"
 * (#server/command-line.ts), so that opening a committee and importing its past years
 * (`year:import`) is one script. On the embedded database the command refuses to run while a
 * server holds it (server/db/lock.ts): PGlite is single-process.
 */

const failed = (lines: string[]) => {
  for (const line of lines) say(line);
  process.exitCode = 1;
};

/** What a reorganisation did (or, in a dry run, would do), a line per change. */
export function describeReorganisation(
  preview: ReorganisationPreview,
  tenant: Tenant,
  made: { id: string } | null,
): string {
  const before = new Set(preview.before.map((u) => u.id));
  const nameOf = new Map(preview.after.map((u) => [u.id, u.name]));
  const opened = preview.after.filter((u) => !before.has(u.id));
  return [
    made
      ? `Reorganised ${tenant.name} (${tenant.scbCode}) from ${preview.effectiveDate}; reorganisation ${made.id}.`
      : `Dry run: ${tenant.name} (${tenant.scbCode}) can be reorganised from ${preview.effectiveDate}; nothing was written.`,
    ...opened.map(
      (u) =>
        `  opened ${u.name}${u.parentId ? ` under ${nameOf.get(u.parentId) ?? u.parentId}` : ''}${made ? `, id ${u.id}` : ''}`,
    ),
    ...preview.closed.map((u) => `  closed ${u.name}`),
    ...preview.renamed.map((u) => `  renamed ${u.from} to ${u.to}`),
    ...preview.moved.map((u) => `  moved ${u.name} to ${u.toParent}`),
  ].join('\n');
}

/** Makes (or previews) the reorganisation against the organisation's current revision. */
async function run(
  database: Database,
  tenant: Tenant,
  input: Omit<ReorganisationInput, 'revision'> & { revision?: number },
  dryRun: boolean,
): Promise<void> {
  const text = await inTransaction(database.db, async (tx) => {
    const repos = repositories(tx);
    const revision = input.revision ?? (await repos.tenants.orgRevision(tenant.id));
    const full = { ...input, revision };
    if (dryRun)
      return describeReorganisation(
        await previewReorganisation(repos, tenant.id, full),
        tenant,
        null,
      );
    const writer = await commandLineWriter(repos, tenant, false);
    const made = await reorganise(repos, actorOf(writer), full);
    return describeReorganisation(made.preview, tenant, made);
  });
  process.stdout.write(`${text}\n`);
}

/** The input checked as the API checks it; each problem on a line, with where it is. */
function checked(value: unknown, where: (path: string) => string) {
  const result = reorganisationInput
    .extend({ revision: reorganisationInput.shape.revision.optional() })
    .safeParse(value);
  if (result.success) return { input: result.data };
  return {
    problems: result.error.issues.map((i) => `${where(i.path.join('.'))}: ${i.message}`),
  };
}

type OpenOptions = {
  tenant: string;
  name: string;
  kind: string;
  parent: string;
  on: string;
  shortName?: string;
  code?: string;
  resultUnit?: boolean;
  title?: string;
  decisionRef?: string;
  decidedOn?: string;
  dryRun?: boolean;
};

const optionOf: Record<string, string> = {
  title: '--title',
  effectiveDate: '--on',
  decidedOn: '--decided-on',
  decisionRef: '--decision-ref',
  'changes.0.name': '--name',
  'changes.0.shortName': '--short-name',
  'changes.0.code': '--code',
  'changes.0.kind': '--kind',
};

export function registerOrgCommands(program: Command, config: () => Config): void {
  program
    .command('org:open')
    .description(
      'open a unit from a date (a reorganisation of one change, as the API makes it), e.g. a committee whose past years are then imported with year:import',
    )
    .requiredOption('--tenant <scb-code>', 'the SCB code of the tenant, e.g. 0180')
    .requiredOption('--name <name>', "the unit's name, e.g. Kulturnämnden")
    .addOption(
      new Option('--kind <kind>', 'what the unit is').choices(unitKinds).makeOptionMandatory(),
    )
    .requiredOption(
      '--parent <unit>',
      "the parent unit's id or exact name on --on; none for a top unit",
    )
    .requiredOption('--on <date>', 'the first day the unit exists, e.g. 2014-01-01')
    .option('--short-name <name>', 'its short name')
    .option('--code <code>', 'its code, e.g. a cost centre')
    .option('--result-unit', 'it is a result unit (resultatenhet)')
    .option('--title <title>', 'the reorganisation\'s title (default: "Ny enhet: <name>")')
    .option('--decision-ref <ref>', 'diarienummer of the decision')
    .option('--decided-on <date>', 'the date of the decision')
    .option('--dry-run', 'say what would be opened, but write nothing')
    .action((opts: OpenOptions) =>
      withDatabase(config, async (database) => {
        const tenant = await tenantOf(database, opts.tenant);
        let parent: { unitId: string } | null = null;
        if (opts.parent !== 'none') {
          const units = await repositories(database.db).org.treeAt(tenant.id, opts.on);
          const ref = { id: looksLikeId(opts.parent) ? opts.parent : null, name: opts.parent };
          const found = resolveUnit(units, ref, opts.on);
          if ('problem' in found) return failed([`--parent: ${found.problem.message}`]);
          parent = { unitId: found.id };
        }
        const { input, problems } = checked(
          {
            title: opts.title ?? `Ny enhet: ${opts.name}`,
            effectiveDate: opts.on,
            decidedOn: opts.decidedOn ?? null,
            decisionRef: opts.decisionRef ?? null,
            changes: [
              {
                type: 'open',
                key: 'new',
                name: opts.name,
                shortName: opts.shortName ?? null,
                code: opts.code ?? null,
                kind: opts.kind,
                parent,
                isResultUnit: opts.resultUnit === true,
              },
            ],
          },
          (path) => optionOf[path] ?? path,
        );
        if (!input) return failed(problems);
        await run(database, tenant, input, opts.dryRun === true);
      }),
    );

  program
    .command('org:reorganise')
    .description(
      'make a reorganisation from a file: the JSON body of POST /api/org/reorganisations (see README), its revision optional',
    )
    .requiredOption('--tenant <scb-code>', 'the SCB code of the tenant')
    .requiredOption('--file <file>', 'the reorganisation (JSON)')
    .option('--dry-run', 'say what the reorganisation would do, but write nothing')
    .action((opts: { tenant: string; file: string; dryRun?: boolean }) =>
      withDatabase(config, async (database) => {
        const tenant = await tenantOf(database, opts.tenant);
        let content: unknown;
        try {
          content = JSON.parse(await readFile(opts.file, 'utf8'));
        } catch (error) {
          return failed([`--file: cannot read ${opts.file} as JSON: ${(error as Error).message}`]);
        }
        const { input, problems } = checked(
          content,
          (path) => `${opts.file}: ${path || '(the file)'}`,
        );
        if (!input) return failed(problems);
        await run(database, tenant, input, opts.dryRun === true);
      }),
    );
}
