/**
 * Benchmark (not a test) of the council roll-up on a synthetic tenant (npm run synth):
 *
 *   npm run bench:rollup [-- --database-url postgres://…|--data-dir dir] [--tenant-scb 9999]
 *     [--year 2024] [--period VB] [--runs 15] [--warmup 3] [--spec]
 *
 * Times the roll-up through its use case, as the route calls it, against the best hand-written
 * SQL statement for the same counts (bench/rollup.sql.ts) on the same database in the same run,
 * checks that both give the same answer, and prints both times, their ratio and the targets.
 * --spec also checks the whole roll-up against computeRollUp over every row (slow: seconds).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { RollUp } from '#contracts/followup.ts';
import type { Principal } from '#server/principal.ts';
import { rollUpBySpecification } from '#server/modules/followup/rollup/followup.rollup.testing.ts';
import { rollUp } from '#server/modules/followup/rollup/followup.rollup.usecases.ts';
import { repositories } from '#server/repositories.ts';
import {
  describeTarget,
  machine,
  ms,
  n,
  openTarget,
  parseFlags,
  query,
  queryWithoutJit,
} from './bench.db.ts';
import {
  HAND_WRITTEN_ROLLUP,
  HAND_WRITTEN_ROLLUP_ROWS,
  type HandWrittenRow,
  type HandWrittenUnitRow,
} from './rollup.sql.ts';

const TARGET_RATIO = 1.5;
const TARGET_MS_POSTGRESQL = 500;

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/** The use case's counts in the hand-written statement's shape, to compare the two answers. */
const countsOf = (result: RollUp): HandWrittenRow[] =>
  result.goals.map(({ goal, counts }) => ({
    goal_id: goal.id,
    total: counts.total,
    helt: counts.helt,
    delvis: counts.delvis,
    inte: counts.inte,
    not_reported: counts.notReported,
    disagreements: counts.disagreements,
    unjustified_disagreements: counts.unjustifiedDisagreements,
  }));

/** Every (goal, unit) row of an answer as one line of text, sorted, to compare two answers. */
const rowsOf = (result: RollUp): string[] =>
  result.goals
    .flatMap(({ goal, units }) =>
      units.map((u) =>
        [
          goal.id,
          u.unitId,
          u.unitName,
          u.written,
          u.suggestion,
          u.justified,
          u.indicators.met,
          u.indicators.notMet,
          u.indicators.missing,
          u.status,
        ].join('|'),
      ),
    )
    .sort();
const sqlRowsOf = (rows: HandWrittenUnitRow[]): string[] =>
  rows
    .map((r) =>
      [
        r.goal_id,
        r.unit_id,
        r.unit_name,
        r.written,
        r.suggestion,
        r.justified,
        r.met,
        r.not_met,
        r.missing,
        r.status ?? 'draft',
      ].join('|'),
    )
    .sort();

async function main() {
  const { target, values } = parseFlags(process.argv.slice(2), {
    'tenant-scb': { type: 'string' },
    year: { type: 'string' },
    period: { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    spec: { type: 'boolean' },
  });
  const scbCode = (values['tenant-scb'] as string | undefined) ?? '9999';
  const runs = Number(values.runs ?? 15);
  const warmup = Number(values.warmup ?? 3);
  const database = await openTarget(target);
  try {
    const repos = repositories(database.db);
    const tenant = await repos.tenants.findByScbCode(scbCode);
    if (!tenant)
      throw new Error(
        `no tenant ${scbCode} here; make one with npm run synth -- --tenant-scb ${scbCode}`,
      );
    const years = await repos.years.years(tenant.id);
    const year = values.year ? years.find((y) => y.year === Number(values.year)) : years.at(-1);
    const period = year?.periods.find((p) => p.key === ((values.period as string) ?? 'VB'));
    if (!period) throw new Error('no such year or period in the tenant');
    const [outcomes] = await query<{ count: number }>(
      database,
      'select count(*)::int as count from indicator_outcomes where tenant_id = $1',
      [tenant.id],
    );

    const principal: Principal = {
      tenantId: tenant.id,
      userId: '00000000-0000-4000-8000-000000000000',
      userName: 'bench',
      email: 'bench@example.se',
      csrfToken: '',
      grants: [{ id: 'bench', role: 'reader', unitId: null, unitName: null }],
    };
    const useCase = () => rollUp(repos, principal, period.id, 'council');
    const handWritten = () =>
      queryWithoutJit<HandWrittenRow>(database, HAND_WRITTEN_ROLLUP, [tenant.id, period.id]);
    const handWrittenRows = () =>
      queryWithoutJit<HandWrittenUnitRow>(database, HAND_WRITTEN_ROLLUP_ROWS, [
        tenant.id,
        period.id,
      ]);

    console.log(`Council roll-up of ${tenant.name} (${scbCode}), ${period.name}`);
    console.log(`  database: ${describeTarget(target)}`);
    console.log(`  machine:  ${machine()}`);
    console.log(`  tenant:   ${n(outcomes?.count ?? 0)} outcomes over ${n(years.length)} years`);

    // Both answers first: a fast wrong answer is worth nothing.
    const [answer, reference] = [await useCase(), await handWritten()];
    const ours = JSON.stringify(countsOf(answer));
    if (ours !== JSON.stringify(reference)) {
      console.error('The use case and the hand-written SQL disagree:');
      console.error(`  use case: ${ours.slice(0, 2000)}`);
      console.error(`  SQL:      ${JSON.stringify(reference).slice(0, 2000)}`);
      process.exitCode = 1;
      return;
    }
    const ourRows = rowsOf(answer);
    const theirRows = sqlRowsOf(await handWrittenRows());
    const firstDifference = ourRows.findIndex((row, k) => row !== theirRows[k]);
    if (ourRows.length !== theirRows.length || firstDifference >= 0) {
      console.error('The use case and the hand-written SQL disagree on the unit rows:');
      console.error(`  use case: ${ourRows.length} rows, e.g. ${ourRows[firstDifference]}`);
      console.error(`  SQL:      ${theirRows.length} rows, e.g. ${theirRows[firstDifference]}`);
      process.exitCode = 1;
      return;
    }
    if (values.spec) {
      // The whole answer, every unit row included, against the specification: computeRollUp
      // over every row loaded into memory (the use case before the evidence moved into SQL).
      const [specMs, spec] = await time(() =>
        rollUpBySpecification(repos, principal, period.id, 'council'),
      );
      const same = JSON.stringify(spec) === JSON.stringify(answer);
      console.log(
        `  spec:     computeRollUp over every row gives ${same ? 'exactly the same roll-up' : 'ANOTHER roll-up'} (it took ${ms(specMs)})`,
      );
      if (!same) {
        process.exitCode = 1;
        return;
      }
    }
    const units = answer.goals.reduce((sum, g) => sum + g.units.length, 0);
    const totals = countsOf(answer).reduce(
      (sum, g) => ({
        helt: sum.helt + g.helt,
        delvis: sum.delvis + g.delvis,
        inte: sum.inte + g.inte,
        notReported: sum.notReported + g.not_reported,
        disagreements: sum.disagreements + g.disagreements,
      }),
      { helt: 0, delvis: 0, inte: 0, notReported: 0, disagreements: 0 },
    );
    console.log(
      `  answer:   ${answer.goals.length} KF goals, ${n(units)} (goal, unit) rows; helt ${n(totals.helt)}, delvis ${n(totals.delvis)}, inte ${n(totals.inte)}, not reported ${n(totals.notReported)}, disagreements ${n(totals.disagreements)} — the same from both`,
    );

    for (let k = 0; k < warmup; k++) {
      await useCase();
      await handWritten();
      await handWrittenRows();
    }
    // Interleaved, so that a slow moment of the machine falls on both.
    // The use case's own evidence query alone: what is left is loading the tree and the goals
    // (concurrently with it) and applying the rules in TypeScript.
    const evidence = () =>
      repos.rollUps.evidence(
        tenant.id,
        period,
        { level: 'council', childLevel: 'committee' },
        null,
      );
    const timings = {
      useCase: [] as number[],
      sql: [] as number[],
      sqlRows: [] as number[],
      evidence: [] as number[],
    };
    for (let k = 0; k < runs; k++) {
      timings.useCase.push((await time(useCase))[0]);
      timings.sql.push((await time(handWritten))[0]);
      timings.sqlRows.push((await time(handWrittenRows))[0]);
      timings.evidence.push((await time(evidence))[0]);
    }
    const useCaseMs = median(timings.useCase);
    const sqlMs = median(timings.sql);
    const sqlRowsMs = median(timings.sqlRows);
    // The target compares the same answer: every (goal, unit) row, as the use case returns.
    const ratio = useCaseMs / sqlRowsMs;
    console.log(`  runs:     ${warmup} warm-up, then the median of ${runs} interleaved runs`);
    console.log(
      `  use case (GET /api/periods/:id/rollup?level=council): ${ms(useCaseMs)}  (min ${ms(Math.min(...timings.useCase))}, max ${ms(Math.max(...timings.useCase))})`,
    );
    console.log(
      `  hand-written SQL, the same answer (every unit row):   ${ms(sqlRowsMs)}  (min ${ms(Math.min(...timings.sqlRows))}, max ${ms(Math.max(...timings.sqlRows))})`,
    );
    console.log(
      `  hand-written SQL, counts per goal only:               ${ms(sqlMs)}  (min ${ms(Math.min(...timings.sql))}, max ${ms(Math.max(...timings.sql))})`,
    );
    console.log(
      `  of the use case, its evidence query alone:            ${ms(median(timings.evidence))}`,
    );
    console.log(
      `  load average during the runs: ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}`,
    );
    const ratioOk = ratio <= TARGET_RATIO;
    console.log(
      `  ratio use case / SQL with the same answer: ${ratio.toFixed(2)}   target ≤ ${TARGET_RATIO}: ${ratioOk ? 'met' : 'MISSED'}`,
    );
    console.log(
      `  ratio use case / SQL counting only:        ${(useCaseMs / sqlMs).toFixed(2)}   (for reference: an answer without the unit rows)`,
    );
    if (database.kind === 'postgresql')
      console.log(
        `  use case on PostgreSQL: ${ms(useCaseMs)}   target < ${TARGET_MS_POSTGRESQL} ms: ${useCaseMs < TARGET_MS_POSTGRESQL ? 'met' : 'MISSED'}`,
      );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
