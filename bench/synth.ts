/**
 * A Stockholm-scale synthetic tenant for the benchmarks (not the demo, not a test):
 *
 *   npm run synth -- --units 1500 --indicators 100 --years 10 \
 *     [--database-url postgres://…|--data-dir dir] [--tenant-scb 9999] [--seed 1] \
 *     [--first-year 2015] [--replace] [--skip-key-checks]
 *
 * Per year: the default periods (T1, T2, VB); a vision, 4 inriktningsmål and 20 KF goals; a
 * nämndmål of every reporting unit under 4 of the KF goals; the indicators linked to KF goals;
 * a target per unit and indicator; an outcome per unit, indicator and period; written
 * assessments of the nämndmål and of the KF goals; KF activities shared by units and one
 * activity per unit, with reports; and each unit's report state. About units × indicators × 3 ×
 * years outcomes (4.5 million at 1500 × 100 × 10). Deterministic: the same flags, the same rows.
 * --skip-key-checks copies without the foreign-key triggers (a superuser's
 * session_replication_role = replica): about twice as fast.
 */
import { performance } from 'node:perf_hooks';
import { defaultPeriods } from '#server/modules/years/years.rules.ts';
import { repositories } from '#server/repositories.ts';
import {
  CopySink,
  describeTarget,
  machine,
  n,
  openTarget,
  parseFlags,
  query,
  random,
  seconds,
} from './bench.db.ts';
import { writeYear, yearSinks, type YearContext } from './synth.year.ts';
import {
  COUNCIL_GOALS_PER_DIRECTION,
  DIRECTIONS,
  GOALS_PER_UNIT,
  indicatorShapes,
  organisation,
  type SynthOptions,
} from './synth.model.ts';

const whole = (name: string, value: string | undefined, fallback: number, min = 1) => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return parsed;
};

/** Every table a synthetic tenant fills, children first: what --replace empties. */
const TENANT_TABLES = [
  'unit_reports',
  'goal_assessments',
  'activity_reports',
  'activity_units',
  'activities',
  'indicator_outcomes',
  'indicator_targets',
  'indicator_goals',
  'indicators',
  'goal_links',
  'goals',
  'periods',
  'budget_years',
  'org_unit_versions',
  'org_units',
];

async function main() {
  const { target, values } = parseFlags(process.argv.slice(2), {
    units: { type: 'string' },
    indicators: { type: 'string' },
    years: { type: 'string' },
    'tenant-scb': { type: 'string' },
    seed: { type: 'string' },
    'first-year': { type: 'string' },
    replace: { type: 'boolean' },
    'skip-key-checks': { type: 'boolean' },
  });
  const skipKeyChecks = values['skip-key-checks'] === true;
  const options: SynthOptions = {
    units: whole('units', values.units as string | undefined, 1500),
    indicators: whole('indicators', values.indicators as string | undefined, 100),
    years: whole('years', values.years as string | undefined, 10),
    firstYear: whole('first-year', values['first-year'] as string | undefined, 2015, 1900),
    seed: whole('seed', values.seed as string | undefined, 1, 0),
    scbCode: (values['tenant-scb'] as string | undefined) ?? '9999',
  };
  if (!/^\d{2}(\d{2})?$/.test(options.scbCode))
    throw new Error('--tenant-scb must be an SCB code: 4 digits (kommun) or 2 (region)');

  console.log(`Synthetic tenant ${options.scbCode} into ${describeTarget(target)}`);
  console.log(
    `  ${n(options.units)} units × ${n(options.indicators)} indicators × ${n(options.years)} years from ${options.firstYear}, seed ${options.seed}`,
  );
  console.log(`  machine: ${machine()}`);
  if (skipKeyChecks)
    console.log(
      '  foreign keys not checked while copying (--skip-key-checks: parents are written first)',
    );
  const started = performance.now();
  const database = await openTarget(target);
  try {
    const repos = repositories(database.db);
    const existing = await repos.tenants.findByScbCode(options.scbCode);
    if (existing && !values.replace)
      throw new Error(
        `a tenant with SCB code ${options.scbCode} exists; use --replace, another --tenant-scb or a fresh database`,
      );
    if (existing) {
      console.log(`  removing the existing tenant ${options.scbCode}…`);
      for (const table of TENANT_TABLES)
        await query(database, `delete from "${table}" where tenant_id = $1`, [existing.id]);
      await query(database, `delete from tenants where id = $1`, [existing.id]);
    }
    const tenant = await repos.tenants.insert({
      name: `Syntetstad ${options.scbCode}`,
      scbCode: options.scbCode,
      kind: 'kommun',
    });

    // the SCB code joins the seed: two tenants in one database must not share ids
    const rng = random(options.seed * 10_007 + Number(options.scbCode));
    const sink = (table: string, columns: string[]) =>
      new CopySink(database, table, columns, skipKeyChecks);
    const sinks = {
      units: sink('org_units', ['id', 'tenant_id']),
      versions: sink('org_unit_versions', [
        'id',
        'tenant_id',
        'unit_id',
        'name',
        'kind',
        'parent_id',
        'is_result_unit',
        'valid_from',
      ]),
      indicators: sink('indicators', [
        'id',
        'tenant_id',
        'name',
        'unit',
        'decimals',
        'direction',
        'level',
        'gender_split',
      ]),
    };
    const units = organisation(rng, options.units);
    for (const unit of units) {
      sinks.units.add(unit.id, tenant.id);
      sinks.versions.add(
        rng.uuid(),
        tenant.id,
        unit.id,
        unit.name,
        unit.kind,
        unit.parentId,
        unit.kind === 'unit',
        `${options.firstYear}-01-01`,
      );
    }
    const councilGoalCount = DIRECTIONS.length * COUNCIL_GOALS_PER_DIRECTION;
    const indicators = indicatorShapes(rng, options.indicators, councilGoalCount);
    for (const i of indicators)
      sinks.indicators.add(
        i.id,
        tenant.id,
        i.name,
        i.unit,
        i.decimals,
        i.direction,
        'council',
        i.genderSplit,
      );
    await sinks.units.close();
    await sinks.versions.close();
    await sinks.indicators.close();
    console.log(
      `  organisation: ${n(units.length)} units (${n(units.filter((u) => u.reports).length)} reporting), ${n(indicators.length)} indicators`,
    );

    const reporting = units.filter((u) => u.reports);
    const context: YearContext = {
      rng,
      tenantId: tenant.id,
      council: units[0]!.id,
      reporting,
      indicators,
      // which KF goals each unit writes nämndmål under: the same slots every year
      goalsOf: reporting.map(() => rng.sample(councilGoalCount, GOALS_PER_UNIT)),
      sinks: yearSinks(database, skipKeyChecks),
      previous: null,
      progress: (step) => process.stdout.write(` ${step} ·`),
    };
    const written = () => Object.values(context.sinks).reduce((sum, s) => sum + s.rows, 0);
    for (let k = 0; k < options.years; k++) {
      const year = options.firstYear + k;
      const before = written();
      const yearStarted = performance.now();
      process.stdout.write(`  ${year}:`);
      await writeYear(context, year, defaultPeriods(year));
      const after = written();
      const elapsed = performance.now() - started;
      console.log(
        ` ${n(after - before)} rows in ${seconds(performance.now() - yearStarted)} (total ${n(after)}, ${seconds(elapsed)}, ${n(Math.round(after / (elapsed / 1000)))} rows/s)`,
      );
    }

    console.log('  vacuum analyze…');
    const analyzeStarted = performance.now();
    await query(database, 'vacuum analyze', []);
    console.log(`  vacuum analyze: ${seconds(performance.now() - analyzeStarted)}`);

    const all = [...Object.values(sinks), ...Object.values(context.sinks)];
    console.log(`Rows written: ${n(all.reduce((sum, s) => sum + s.rows, 0))}`);
    for (const s of all) console.log(`  ${s.table.padEnd(20)} ${n(s.rows).padStart(12)}`);
    console.log(`Done in ${seconds(performance.now() - started)}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
