/**
 * `npm run bench:economy`: how fast an economy file imports, against a raw PostgreSQL COPY of the
 * same rows. An Excel workbook of 100 000 rows (33 334 areas × Kostnader, Intäkter, Netto, with
 * budget, adjusted budget, outcome, T1 and T2 forecasts and last year's outcome on the cost and
 * revenue rows; Netto is Rödtråd's formula) is imported through the use case, as the route and
 * the command line do; then the same areas, lines and forecasts are loaded into another unit with
 * COPY. Both rates count the file's rows. Runs on PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/rodtrad_bench_economy, made afresh) and on PGlite in memory.
 *
 * Options: --rows <n> (default 100000), --repeat <n> (default 3: the best of n runs, taken
 * interleaved, is kept), --only postgresql|pglite. Results: bench/economy.md.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Money } from '#contracts/economy.ts';
import type { Database } from '#server/db/client.ts';
import { inTransaction, rowsOf } from '#server/db/transaction.ts';
import {
  readXlsx,
  writeCsv,
  writeXlsx,
} from '#server/modules/economy/sheet/economy.sheet.files.ts';
import {
  importEconomy,
  type ImportPhase,
} from '#server/modules/economy/import/economy.import.usecases.ts';
import { toMoney } from '#server/modules/economy/economy.money.ts';
import {
  economySheets,
  type EconomySheet,
} from '#server/modules/economy/sheet/economy.sheet.rules.ts';
import { treeAt } from '#server/modules/org/org.usecases.ts';
import { actorOf } from '#server/principal.ts';
import { createYear } from '#server/modules/years/years.usecases.ts';
import { repositories } from '#server/repositories.ts';
import { benchTenant, freshDatabase } from './bench.db.ts';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const ROWS = Number(argument('rows') ?? 100_000);
const AREAS = Math.ceil(ROWS / 3);
const REPEAT = Number(argument('repeat') ?? 3);
const URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/rodtrad_bench_economy';
const say = (line: string) => process.stderr.write(`${line}\n`);

/** A deterministic money amount: kronor with öre, up to a few hundred million. */
const amount = (seed: number): Money =>
  toMoney(BigInt(((seed * 2_654_435_761) % 40_000_000_000) - 5_000_000_000));

function generate(unitName: string): EconomySheet {
  const figures = (i: number, k: number) => ({
    originalBudget: amount(i * 7 + k),
    adjustedBudget: amount(i * 11 + k),
    outcome: amount(i * 13 + k),
    previousYearOutcome: amount(i * 17 + k),
    deviation: null,
    forecasts: new Map([
      ['T1', amount(i * 19 + k)],
      ['T2', amount(i * 23 + k)],
    ]),
  });
  return {
    unit: { id: null, name: unitName },
    year: 2015,
    settings: { title: unitName, signConvention: 'revenue_negative', unit: 'kr', decimals: 2 },
    periods: ['T1', 'T2'],
    areas: Array.from({ length: AREAS }, (_, i) => ({
      name: `Verksamhetsområde ${String(i + 1).padStart(6, '0')}`,
      kind: 'operating' as const,
      partOf: null,
      description: '',
      lines: { costs: figures(i, 1), revenues: figures(i, 2) },
    })),
    totals: {},
    carryOvers: null,
    funds: null,
  };
}

/** A tenant with two committees, the year 2015 and an administrator to act as. */
async function setUp(database: Database) {
  const repos = repositories(database.db);
  const principal = await benchTenant(database, '9999', [
    { key: 'kf', name: 'Kommunfullmäktige', kind: 'council', parent: null },
    { key: 'i', name: 'Nämnd Import', kind: 'committee', parent: 'kf' },
    { key: 'c', name: 'Nämnd COPY', kind: 'committee', parent: 'kf' },
    { key: 'v', name: 'Nämnd CSV', kind: 'committee', parent: 'kf' },
  ]);
  const year = await createYear(repos, actorOf(principal), { year: 2015 });
  const tree = await treeAt(repos, principal.tenantId, '2015-12-31');
  const copyUnit = tree.units.find((u) => u.name === 'Nämnd COPY')!.id;
  return { principal, year, copyUnit };
}

const csvLine = (values: (string | number | null)[]) =>
  values
    .map((v) =>
      v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replaceAll('"', '""')}"`,
    )
    .join(',');

/** The COPY payloads of the sheet's areas, lines and forecasts, for a unit's table. */
function copyPayloads(
  sheet: EconomySheet,
  ids: { tenantId: string; economyYearId: string; userId: string; periods: Map<string, string> },
) {
  const areas: string[] = [];
  const lines: string[] = [];
  const forecasts: string[] = [];
  sheet.areas.forEach((area, position) => {
    const areaId = randomUUID();
    areas.push(
      csvLine([
        areaId,
        ids.tenantId,
        ids.economyYearId,
        area.name,
        position,
        area.kind,
        area.description,
      ]),
    );
    for (const [kind, figures] of Object.entries(area.lines)) {
      const lineId = randomUUID();
      lines.push(
        csvLine([
          lineId,
          ids.tenantId,
          areaId,
          kind,
          figures.originalBudget,
          figures.adjustedBudget,
          figures.outcome,
          figures.previousYearOutcome,
          figures.deviation,
          1,
          ids.userId,
        ]),
      );
      for (const [period, value] of figures.forecasts)
        forecasts.push(csvLine([ids.tenantId, lineId, ids.periods.get(period)!, value]));
    }
  });
  const join = (rows: string[]) => `${rows.join('\n')}\n`;
  return {
    areas: join(areas),
    lines: join(lines),
    forecasts: join(forecasts),
    counts: { areas: areas.length, lines: lines.length, forecasts: forecasts.length },
  };
}

const COPY = {
  areas:
    'copy economy_areas (id, tenant_id, economy_year_id, name, position, kind, description) from stdin with (format csv)',
  lines:
    'copy economy_lines (id, tenant_id, area_id, kind, original_budget, adjusted_budget, outcome, previous_year_outcome, printed_deviation, version, updated_by) from stdin with (format csv)',
  forecasts:
    'copy economy_forecasts (tenant_id, line_id, period_id, amount) from stdin with (format csv)',
};

/** COPY through the engine's own client: postgres-js's COPY FROM STDIN, PGlite's /dev/blob. */
async function copy(database: Database, payloads: ReturnType<typeof copyPayloads>) {
  if (database.kind === 'postgresql') {
    const sql = (database.db as unknown as { $client: postgres.Sql }).$client;
    await sql.begin(async (tx) => {
      for (const table of ['areas', 'lines', 'forecasts'] as const)
        await pipeline(Readable.from([payloads[table]]), await tx.unsafe(COPY[table]).writable());
    });
    return;
  }
  const pg = (database.db as unknown as { $client: PGlite }).$client;
  await pg.transaction(async (tx) => {
    for (const table of ['areas', 'lines', 'forecasts'] as const)
      await tx.query(COPY[table].replace('from stdin', "from '/dev/blob'"), [], {
        blob: new Blob([payloads[table]]),
      });
  });
}

/** Lines stored per unit, to see that both ways loaded the same. */
async function linesPerUnit(database: Database) {
  const result = await database.db.execute(sql`
    select count(*)::int as n from economy_lines l join economy_areas a on a.id = l.area_id
    group by a.economy_year_id order by 1`);
  return rowsOf<{ n: number }>(result).map((row) => row.n);
}

type Result = Record<string, string | number>;

async function run(kind: 'postgresql' | 'pglite'): Promise<Result> {
  const database = await freshDatabase(kind, URL_DEFAULT);
  try {
    say(`[${kind}] setting up…`);
    const { principal, year, copyUnit } = await setUp(database);
    const sheet = generate('Nämnd Import');
    say(`[${kind}] writing a workbook of ${AREAS * 3} rows…`);
    let started = performance.now();
    const xlsx = await writeXlsx(economySheets(sheet, null), { decimals: 2, headerRows: {} });
    const writeSeconds = (performance.now() - started) / 1000;
    const csvSheet = { ...sheet, unit: { id: null, name: 'Nämnd CSV' } };
    const csv = Buffer.from(writeCsv(economySheets(csvSheet, null)[0]!, 'kr', 2));
    const repos = repositories(database.db);
    const periods = new Map(year.periods.map((p) => [p.key, p.id]));

    // The machine is shared: each measurement is taken REPEAT times, interleaved, into tables
    // emptied in between, and the best is kept.
    const best: Record<string, number> = {};
    const keep = (name: string, seconds: number) =>
      (best[name] = Math.min(best[name] ?? Infinity, seconds));
    const phases: Partial<Record<ImportPhase, number>> = {};
    let rows = 0;
    let counts = { areas: 0, lines: 0, forecasts: 0 };
    for (let round = 1; round <= REPEAT; round++) {
      await database.db.execute(
        sql`delete from economy_years where tenant_id = ${principal.tenantId}`,
      );
      say(`[${kind}] round ${round}/${REPEAT}: reading the workbook alone…`);
      started = performance.now();
      await readXlsx(xlsx);
      keep('read', (performance.now() - started) / 1000);

      say(`[${kind}] round ${round}/${REPEAT}: importing the workbook through the use case…`);
      const seen: Partial<Record<ImportPhase, number>> = {};
      const cpu = process.cpuUsage();
      started = performance.now();
      const imported = await inTransaction(database.db, (tx) =>
        importEconomy(repositories(tx), principal, xlsx, {
          dryRun: false,
          progress: (phase) => (seen[phase] = (performance.now() - started) / 1000),
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      if (seconds < (best.import ?? Infinity)) {
        Object.assign(phases, seen);
        best.importCpu = (used.user + used.system) / 1e6;
      }
      keep('import', seconds);
      rows = imported.rows;

      say(`[${kind}] round ${round}/${REPEAT}: loading the same rows with COPY…`);
      const economyYear = await repos.economy.ensureYear(
        principal.tenantId,
        copyUnit,
        year.id,
        principal.userId,
      );
      started = performance.now();
      const payloads = copyPayloads(sheet, {
        tenantId: principal.tenantId,
        economyYearId: economyYear.id,
        userId: principal.userId,
        periods,
      });
      await copy(database, payloads);
      keep('copy', (performance.now() - started) / 1000);
      counts = payloads.counts;

      say(`[${kind}] round ${round}/${REPEAT}: importing the same rows as CSV…`);
      started = performance.now();
      await inTransaction(database.db, (tx) =>
        importEconomy(repositories(tx), principal, csv, { dryRun: false }),
      );
      keep('csv', (performance.now() - started) / 1000);

      say(`[${kind}] round ${round}/${REPEAT}: importing the workbook again (nothing changes)…`);
      started = performance.now();
      const again = await inTransaction(database.db, (tx) =>
        importEconomy(repositories(tx), principal, xlsx, { dryRun: false }),
      );
      if (!again.unchanged) throw new Error('the same file changed something');
      keep('again', (performance.now() - started) / 1000);

      const stored = await linesPerUnit(database);
      if (new Set(stored).size !== 1 || stored.length !== 3)
        throw new Error(`the three ways stored different numbers of lines: ${stored.join(', ')}`);
    }
    const phase = (name: ImportPhase) => phases[name] ?? 0;
    const rate = (seconds: number) => Math.round(rows / seconds);
    const importSeconds = best.import!;
    return {
      engine: kind,
      'file rows': rows,
      'stored areas / lines / forecasts': `${counts.areas} / ${counts.lines} / ${counts.forecasts}`,
      'xlsx size (MB)': (xlsx.length / 1e6).toFixed(1),
      'write xlsx, once (s)': writeSeconds.toFixed(1),
      'read xlsx alone (s)': best.read!.toFixed(1),
      'import xlsx (s)': importSeconds.toFixed(1),
      '… reading the file (s)': phase('file_read').toFixed(1),
      '… checking every cell, planning (s)': (phase('cells_checked') - phase('file_read')).toFixed(
        1,
      ),
      '… writing and auditing (s)': (importSeconds - phase('cells_checked')).toFixed(1),
      '… CPU of this process (s)': best.importCpu!.toFixed(1),
      'COPY (s)': best.copy!.toFixed(2),
      'import xlsx (rows/s)': rate(importSeconds),
      'import CSV (rows/s)': rate(best.csv!),
      'COPY (rows/s)': rate(best.copy!),
      'import xlsx / COPY': (best.copy! / importSeconds).toFixed(2),
      'import CSV / COPY': (best.copy! / best.csv!).toFixed(2),
      'import xlsx less its reading / COPY': (
        best.copy! /
        (importSeconds - phase('file_read'))
      ).toFixed(2),
      're-import, unchanged (rows/s)': rate(best.again!),
    };
  } finally {
    await database.close();
  }
}

const only = argument('only');
const results: Result[] = [];
for (const kind of ['postgresql', 'pglite'] as const)
  if (!only || only === kind) results.push(await run(kind));
const keys = Object.keys(results[0]!);
console.log(`| | ${results.map((r) => r.engine).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
for (const key of keys.filter((k) => k !== 'engine'))
  console.log(`| ${key} | ${results.map((r) => r[key]).join(' | ')} |`);
console.log(
  `\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}. Target: import ≥ 1/3 of COPY's rate.`,
);
