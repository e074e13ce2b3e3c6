import type { PeriodInput } from '#contracts/years.ts';
import type { Database } from '#server/db/client.ts';
import { CopySink, type Random } from './bench.db.ts';
import {
  COUNCIL_ACTIVITIES_PER_GOAL,
  COUNCIL_GOALS_PER_DIRECTION,
  DIRECTIONS,
  decimalText,
  type IndicatorShape,
  type Unit,
} from './synth.model.ts';

/** The sinks of the yearly tables, shared by all years so that their counts add up. */
export function yearSinks(database: Database, skipKeyChecks: boolean) {
  const sink = (table: string, columns: string[]) =>
    new CopySink(database, table, columns, skipKeyChecks);
  return {
    years: sink('budget_years', ['id', 'tenant_id', 'year']),
    periods: sink('periods', [
      'id',
      'tenant_id',
      'year_id',
      'key',
      'name',
      'kind',
      'starts_on',
      'ends_on',
      'deadline',
      'position',
    ]),
    goals: sink('goals', [
      'id',
      'tenant_id',
      'year_id',
      'level',
      'number',
      'title',
      'owner_unit_id',
      'heading',
      'previous_goal_id',
      'position',
    ]),
    links: sink('goal_links', ['tenant_id', 'goal_id', 'parent_goal_id']),
    indicatorGoals: sink('indicator_goals', ['tenant_id', 'indicator_id', 'goal_id', 'position']),
    targets: sink('indicator_targets', [
      'id',
      'tenant_id',
      'indicator_id',
      'unit_id',
      'year_id',
      'target_kind',
      'target',
      'council_target_kind',
      'council_target',
      'tolerance',
    ]),
    outcomes: sink('indicator_outcomes', [
      'id',
      'tenant_id',
      'indicator_id',
      'unit_id',
      'period_id',
      'value',
      'value_women',
      'value_men',
    ]),
    activities: sink('activities', [
      'id',
      'tenant_id',
      'year_id',
      'kind',
      'title',
      'goal_id',
      'responsible_unit_id',
      'starts_on',
      'ends_on',
      'position',
    ]),
    activityUnits: sink('activity_units', ['tenant_id', 'activity_id', 'unit_id']),
    activityReports: sink('activity_reports', [
      'id',
      'tenant_id',
      'activity_id',
      'unit_id',
      'period_id',
      'status',
      'analysis',
    ]),
    assessments: sink('goal_assessments', [
      'id',
      'tenant_id',
      'goal_id',
      'unit_id',
      'period_id',
      'value',
      'analysis',
      'justification',
    ]),
    states: sink('unit_reports', [
      'id',
      'tenant_id',
      'unit_id',
      'period_id',
      'status',
      'adopted_on',
      'decision_ref',
    ]),
  };
}
export type YearSinks = ReturnType<typeof yearSinks>;

export type YearContext = {
  rng: Random;
  tenantId: string;
  /** Kommunfullmäktige, which owns the vision, the inriktningsmål and the KF goals */
  council: string;
  reporting: Unit[];
  indicators: IndicatorShape[];
  /** per reporting unit, the KF goals (indexes) it writes a nämndmål under */
  goalsOf: number[][];
  sinks: YearSinks;
  /** last year's goal ids by slot, for previous_goal_id */
  previous: { vision: string; directions: string[]; council: string[]; unit: string[][] } | null;
  /** told what is done, for the progress line */
  progress: (step: string) => void;
};

const ASSESSMENT = [
  ['helt', 45],
  ['delvis', 35],
  ['inte', 10],
  [null, 10],
] as const;
const ACTIVITY_STATUS = [
  ['ongoing', 40],
  ['completed', 25],
  ['delayed', 15],
  ['not_started', 10],
  ['cancelled', 5],
  [null, 5],
] as const;
const REPORT_STATUS = [
  ['adopted', 50],
  ['approved', 20],
  ['ready', 15],
  ['draft', 15],
] as const;
const JUSTIFICATION =
  'Nämnden bedömer att målet uppfylls eftersom verksamheten har genomfört de planerade insatserna.';

/** Writes one budget year of the tenant, parents before children so every foreign key holds. */
export async function writeYear(ctx: YearContext, year: number, periods: PeriodInput[]) {
  const { rng, tenantId, sinks, reporting, indicators } = ctx;
  const yearId = rng.uuid();
  sinks.years.add(yearId, tenantId, year);
  const periodIds = periods.map((p, position) => {
    const id = rng.uuid();
    sinks.periods.add(
      id,
      tenantId,
      yearId,
      p.key,
      p.name,
      p.kind,
      p.startsOn,
      p.endsOn,
      p.deadline,
      position,
    );
    return id;
  });
  await sinks.years.flush();
  await sinks.periods.flush();

  // ── goals: vision → 4 inriktningsmål → 20 KF goals → a nämndmål per unit and chosen KF goal
  let position = 0;
  const goal = (
    level: string,
    number: string | null,
    title: string,
    owner: string,
    parents: string[],
    previous: string | null,
  ) => {
    const id = rng.uuid();
    sinks.goals.add(
      id,
      tenantId,
      yearId,
      level,
      number,
      title,
      owner,
      level === 'committee' ? 'Nämndmål:' : null,
      previous,
      position++,
    );
    for (const parent of parents) sinks.links.add(tenantId, id, parent);
    return id;
  };
  const prev = ctx.previous;
  const vision = goal(
    'vision',
    null,
    'Ett Stockholm för alla',
    ctx.council,
    [],
    prev?.vision ?? null,
  );
  const directions = DIRECTIONS.map((title, d) =>
    goal('direction', `${d + 1}`, title, ctx.council, [vision], prev?.directions[d] ?? null),
  );
  const numbers = directions.flatMap((_, d) =>
    Array.from({ length: COUNCIL_GOALS_PER_DIRECTION }, (_, k) => `${d + 1}.${k + 1}`),
  );
  const council = numbers.map((number, slot) =>
    goal(
      'council',
      number,
      `KF-mål ${number} ${year}`,
      ctx.council,
      [directions[Math.floor(slot / COUNCIL_GOALS_PER_DIRECTION)]!],
      prev?.council[slot] ?? null,
    ),
  );
  /** per KF goal, the reporting units (indexes) that own a nämndmål under it */
  const reportersOf = council.map(() => new Set<number>());
  const unitGoals = reporting.map((unit, u) =>
    ctx.goalsOf[u]!.map((slot, s) => {
      const parents = [slot];
      if (rng.chance(0.1)) parents.push(rng.int(council.length));
      for (const p of parents) reportersOf[p]!.add(u);
      return goal(
        'committee',
        null,
        `${unit.name}: nämndmål under KF-mål ${numbers[slot]}`,
        unit.id,
        [...new Set(parents)].map((p) => council[p]!),
        prev?.unit[u]?.[s] ?? null,
      );
    }),
  );
  ctx.previous = { vision, directions, council, unit: unitGoals };
  await sinks.goals.flush();
  await sinks.links.flush();

  // ── indicators' links, targets and outcomes
  indicators.forEach((i, k) => {
    for (const g of i.goals) sinks.indicatorGoals.add(tenantId, i.id, council[g]!, k);
  });
  await sinks.indicatorGoals.flush();
  const targets = new Float64Array(reporting.length * indicators.length);
  reporting.forEach((unit, u) =>
    indicators.forEach((i, k) => {
      const kind = rng.weighted([
        ['value', 90],
        ['city_accounts', 4],
        ['set_by_committee', 4],
        ['none', 2],
      ] as const);
      const within = i.direction === 'within_interval';
      const value =
        kind !== 'value' ? NaN : within ? i.base : Math.round(i.base * (0.85 + 0.3 * rng.float()));
      targets[u * indicators.length + k] = value;
      const councilKind = rng.chance(0.2) ? 'set_by_committee' : 'value';
      sinks.targets.add(
        rng.uuid(),
        tenantId,
        i.id,
        unit.id,
        yearId,
        kind,
        Number.isNaN(value) ? null : decimalText(value, i.decimals),
        councilKind,
        councilKind === 'value' ? decimalText(i.base, i.decimals) : null,
        within ? decimalText(toleranceOf(i), i.decimals) : null,
      );
    }),
  );
  await sinks.targets.flush();
  ctx.progress('goals, targets');
  for (const [p, periodId] of periodIds.entries()) {
    for (let u = 0; u < reporting.length; u++) {
      for (let k = 0; k < indicators.length; k++) {
        const i = indicators[k]!;
        const target = targets[u * indicators.length + k]!;
        const value = rng.chance(0.03) ? null : outcomeOf(rng, i, target);
        const split = value !== null && i.genderSplit;
        sinks.outcomes.add(
          rng.uuid(),
          tenantId,
          i.id,
          reporting[u]!.id,
          periodId,
          value === null ? null : decimalText(value, i.decimals),
          split ? decimalText(value + rng.int(5), i.decimals) : null,
          split ? decimalText(value - rng.int(5), i.decimals) : null,
        );
      }
      await sinks.outcomes.flushIfFull();
    }
    ctx.progress(`outcomes ${periods[p]!.key}`);
  }
  await sinks.outcomes.flush();

  // ── activities: 3 KF activities per KF goal shared by its units; one of each unit's own
  const activities: { id: string; units: number[] }[] = [];
  const activity = (kind: string, title: string, goalId: string, units: number[]) => {
    const id = rng.uuid();
    sinks.activities.add(
      id,
      tenantId,
      yearId,
      kind,
      title,
      goalId,
      reporting[units[0]!]!.id,
      `${year}-01-01`,
      `${year}-12-31`,
      activities.length,
    );
    for (const u of units.slice(1)) sinks.activityUnits.add(tenantId, id, reporting[u]!.id);
    activities.push({ id, units });
  };
  council.forEach((goalId, g) => {
    const reporters = [...reportersOf[g]!];
    if (reporters.length === 0) return;
    for (let a = 0; a < COUNCIL_ACTIVITIES_PER_GOAL; a++) {
      const chosen = rng.sample(reporters.length, 4 + rng.int(10)).map((x) => reporters[x]!);
      activity('council_activity', `KF-aktivitet ${g + 1}.${a + 1} ${year}`, goalId, chosen);
    }
  });
  unitGoals.forEach((goals, u) =>
    activity(
      'committee_activity',
      `Nämndaktivitet ${u + 1} ${year}`,
      goals[rng.int(goals.length)]!,
      [u],
    ),
  );
  await sinks.activities.flush();
  await sinks.activityUnits.flush();
  ctx.progress('activities');

  // ── per period: activity reports, written assessments, report states
  periodIds.forEach((periodId, p) => {
    for (const a of activities)
      for (const u of a.units)
        sinks.activityReports.add(
          rng.uuid(),
          tenantId,
          a.id,
          reporting[u]!.id,
          periodId,
          rng.weighted(ACTIVITY_STATUS),
          'Arbetet pågår enligt plan.',
        );
    const assess = (goalId: string, unitId: string) => {
      if (rng.chance(0.05)) return;
      const value = rng.weighted(ASSESSMENT);
      const justified = value !== null && rng.chance(0.2);
      sinks.assessments.add(
        rng.uuid(),
        tenantId,
        goalId,
        unitId,
        periodId,
        value,
        'Analys av måluppfyllelsen.',
        justified ? JUSTIFICATION : '',
      );
    };
    unitGoals.forEach((goals, u) => goals.forEach((goalId) => assess(goalId, reporting[u]!.id)));
    reportersOf.forEach((units, g) => units.forEach((u) => assess(council[g]!, reporting[u]!.id)));
    reporting.forEach((unit) => {
      const status = rng.weighted(REPORT_STATUS);
      if (status === 'draft' && rng.chance(0.5)) return;
      const adopted = status === 'adopted';
      sinks.states.add(
        rng.uuid(),
        tenantId,
        unit.id,
        periodId,
        status,
        adopted ? periods[p]!.deadline : null,
        adopted ? `Dnr ${year}/${p + 1}` : null,
      );
    });
  });
  await sinks.activityReports.flush();
  await sinks.assessments.flush();
  await sinks.states.flush();
  ctx.progress('reports');
}

/** ±3 % of the target for an indicator within an interval, at least its last decimal. */
const toleranceOf = (i: IndicatorShape) => Math.max(1, Math.round(i.base * 0.03));

/** An outcome near the target (exactly on it one time in ten), in the indicator's units. */
function outcomeOf(rng: Random, i: IndicatorShape, target: number): number {
  const around = Number.isNaN(target) ? i.base : target;
  if (!Number.isNaN(target) && rng.chance(0.1)) return target;
  if (i.direction === 'within_interval')
    return around + Math.round((rng.float() * 4 - 2) * toleranceOf(i));
  return Math.round(around * (0.8 + 0.4 * rng.float()));
}
