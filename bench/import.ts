/**
 * `npm run bench:import`: how fast a Stockholm-sized year file imports, against a raw COPY of the
 * same rows. The file is Kommunstyrelsen's year 2015: the vision, 4 inriktningsmål and 20 KF
 * goals, `--goals` in all (the rest nämndmål of Kommunstyrelsen), 100 indicators with a target
 * and outcomes for T1, T2 and VB, `--activities` activities shared with 0–3 other committees,
 * each with a report per period, and an assessment per goal and period: 1 546 goals and 4 582
 * activities by default, the size of the file in issue 9 (3.3 MB). It is imported through the use
 * case in one bounded transaction, as the route and the command line do; then the same rows and
 * audit entries (exchange.write.rules.ts builds both) are loaded into a second tenant with COPY.
 * Runs on PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/rodtrad_bench_import, made afresh) and on PGlite in memory.
 *
 * Options: --goals <n>, --activities <n>, --repeat <n> (default 3: the best of n runs, taken
 * interleaved, is kept), --only postgresql|pglite. Results: bench/README.md.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { YearFile } from '#contracts/years.exchange.ts';
import { yearFileInput } from '#contracts/years.exchange.ts';
import type { Database } from '#server/db/client.ts';
import { inBoundedTransaction } from '#server/db/transaction.ts';
import {
  activitiesTable,
  activityReportsTable,
  activityUnitsTable,
} from '#server/modules/activities/activities.table.ts';
import { auditRowOf } from '#server/modules/audit/audit.repository.ts';
import { auditLogTable } from '#server/modules/audit/audit.table.ts';
import { planImport } from '#server/modules/years/exchange/years.exchange.plan.rules.ts';
import { resolveUnits } from '#server/modules/years/exchange/years.exchange.rules.ts';
import { importYear } from '#server/modules/years/exchange/years.exchange.usecases.ts';
import { yearFileOfSize } from '#server/modules/years/exchange/years.exchange.synth.testing.ts';
import {
  buildRows,
  type YearRows,
} from '#server/modules/years/exchange/years.exchange.write.rules.ts';
import {
  goalAssessmentsTable,
  goalLinksTable,
  goalsTable,
} from '#server/modules/goals/goals.table.ts';
import {
  indicatorGoalsTable,
  indicatorOutcomesTable,
  indicatorTargetsTable,
  indicatorsTable,
} from '#server/modules/indicators/indicators.table.ts';
import { treeAt } from '#server/modules/org/org.usecases.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { createYear } from '#server/modules/years/years.usecases.ts';
import { repositories } from '#server/repositories.ts';
import { benchTenant, CopySink, freshDatabase, type Cell } from './bench.db.ts';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const GOALS = Number(argument('goals') ?? 1_546);
const ACTIVITIES = Number(argument('activities') ?? 4_582);
const REPEAT = Number(argument('repeat') ?? 3);
const URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/rodtrad_bench_import';
const say = (line: string) => process.stderr.write(`${line}\n`);

const COMMITTEES = 30;
const units = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'council', parent: null },
  { key: 'ks', name: 'Kommunstyrelsen', kind: 'committee', parent: 'kf' },
  ...Array.from({ length: COMMITTEES }, (_, i) => ({
    key: `n${i}`,
    name: `Nämnd ${i + 1}`,
    kind: 'committee',
    parent: 'kf',
  })),
];

/** The rows an import of the file makes, built for another tenant: what COPY loads. */
async function rowsFor(database: Database, principal: Principal, file: YearFile) {
  const repos = repositories(database.db);
  const year = await createYear(repos, actorOf(principal), {
    year: file.year,
    periods: file.periods,
  });
  const tree = await treeAt(repos, principal.tenantId, `${file.year}-12-31`);
  const { unitOf } = resolveUnits(file, tree.units);
  const { plan } = planImport(file, unitOf, { goals: [], indicators: [], activities: [] });
  const periods = new Map(year.periods.map((p) => [p.key, p.id]));
  return buildRows(file, {
    tenantId: principal.tenantId,
    userId: principal.userId,
    unitId: unitOf(file.unit)!,
    year: file.year,
    yearId: year.id,
    periodId: (key) => periods.get(key)!,
    unitOf,
    plan,
    assignedHere: new Set(),
    nextGoalPosition: 0,
    activitiesOfUnit: new Map(),
    newId: () => crypto.randomUUID(),
    now: new Date(),
  }).rows;
}

const cell = (value: unknown): Cell =>
  value === undefined || value === null
    ? null
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : (value as Cell);

/** COPY of one table's rows: the columns any row gives, the rest left to their defaults. */
async function copyRows(database: Database, table: PgTable, rows: readonly object[]) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const names = keys.map((key) => columns[key]!.name);
  const sink = new CopySink(database, getTableName(table), names, false, 1_000_000);
  for (const row of rows)
    sink.add(...keys.map((key) => cell((row as Record<string, unknown>)[key])));
  await sink.close();
}

async function copyYear(database: Database, principal: Principal, rows: YearRows) {
  const audit = rows.audit.map((entry) => auditRowOf(actorOf(principal), entry));
  const tables: [PgTable, readonly object[]][] = [
    [goalsTable, rows.goals],
    [goalLinksTable, rows.goalLinks],
    [indicatorsTable, rows.indicators],
    [indicatorGoalsTable, rows.indicatorGoals],
    [indicatorTargetsTable, rows.targets],
    [activitiesTable, rows.activities],
    [activityUnitsTable, rows.activityUnits],
    [goalAssessmentsTable, rows.assessments],
    [indicatorOutcomesTable, rows.outcomes],
    [activityReportsTable, rows.activityReports],
    [auditLogTable, audit],
  ];
  for (const [table, list] of tables) await copyRows(database, table, list);
  return tables.reduce((sum, [, list]) => sum + list.length, 0);
}

type Result = { engine: string; importSeconds: number; copySeconds: number; rows: number };

async function run(kind: 'postgresql' | 'pglite', text: string): Promise<Result> {
  const database = await freshDatabase(kind, URL_DEFAULT);
  const best = { import: Infinity, copy: Infinity };
  let rows = 0;
  try {
    for (let round = 1; round <= REPEAT; round++) {
      const into = await benchTenant(database, String(9000 + round * 2), units);
      const copied = await benchTenant(database, String(9001 + round * 2), units);
      say(`[${kind}] round ${round}/${REPEAT}: importing the file through the use case…`);
      let started = performance.now();
      const result = await inBoundedTransaction(
        database.db,
        { timeoutSeconds: 3600 },
        (tx, signal) =>
          importYear(repositories(tx), into, JSON.parse(text), {
            dryRun: false,
            signal,
            progress: (step) =>
              say(`  ${step} at ${((performance.now() - started) / 1000).toFixed(1)} s`),
          }),
      );
      best.import = Math.min(best.import, (performance.now() - started) / 1000);
      if (result.goals.created !== GOALS) throw new Error('the import made other goals');

      say(`[${kind}] round ${round}/${REPEAT}: loading the same rows with COPY…`);
      started = performance.now();
      rows = await copyYear(
        database,
        copied,
        await rowsFor(database, copied, yearFileInput.parse(JSON.parse(text))),
      );
      best.copy = Math.min(best.copy, (performance.now() - started) / 1000);
    }
  } finally {
    await database.close();
  }
  return { engine: kind, importSeconds: best.import, copySeconds: best.copy, rows };
}

const file = yearFileOfSize({ goals: GOALS, activities: ACTIVITIES });
const text = JSON.stringify(file);
say(
  `A year file of ${(text.length / 1e6).toFixed(1)} MB: ${GOALS} goals, ${ACTIVITIES} activities`,
);
const only = argument('only');
const results: Result[] = [];
for (const kind of ['postgresql', 'pglite'] as const)
  if (!only || only === kind) results.push(await run(kind, text));

console.log(`| | ${results.map((r) => r.engine).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---:').join(' | ')} |`);
const line = (label: string, value: (r: Result) => string) =>
  console.log(`| ${label} | ${results.map(value).join(' | ')} |`);
line('rows written (with audit)', (r) => String(r.rows));
line('import (s)', (r) => r.importSeconds.toFixed(2));
line('COPY (s)', (r) => r.copySeconds.toFixed(2));
line("import / COPY's rate", (r) => (r.copySeconds / r.importSeconds).toFixed(2));
console.log(`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}.`);
for (const r of results)
  console.log(
    `import: ${GOALS} goals, ${ACTIVITIES} activities in ${r.importSeconds.toFixed(1)} s, ${(r.copySeconds / r.importSeconds).toFixed(2)} of COPY (${r.engine})`,
  );
