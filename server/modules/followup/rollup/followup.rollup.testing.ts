import type { RollUp } from '#contracts/followup.ts';
import { childLevelIn } from '#contracts/goals.levels.ts';
import type { Db } from '#server/db/client.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { defaultPeriods } from '../../years/years.rules.ts';
import { settingsOfYear } from '../../goals/levels/goals.levels.usecases.ts';
import { ancestry } from '../../org/org.rules.ts';
import { orgUnitsTable, orgUnitVersionsTable } from '../../org/org.table.ts';
import { can, tenantWideRoles } from '../../people/people.rules.ts';
import { computeRollUp } from './followup.rollup.rules.ts';
import type { RandomTenant } from './followup.rollup.tenants.testing.ts';

/**
 * The roll-up as the specification computes it: every row loaded into memory and handed to
 * `computeRollUp`. This was the use case before the evidence moved into SQL; the property test
 * holds the use case to it.
 */
export async function rollUpBySpecification(
  deps: Repositories,
  principal: Principal,
  periodId: string,
  level: 'council' | 'committee',
): Promise<RollUp> {
  const { tenantId } = principal;
  const period = (await deps.years.period(tenantId, periodId))!;
  const [tree, goals, settings, assignments] = await Promise.all([
    deps.org.treeAt(tenantId, period.endsOn),
    deps.goals.ofYear(tenantId, period.year),
    settingsOfYear(deps, tenantId, period.year),
    deps.goalLevels.assignments(tenantId, period.year),
  ]);
  const readable = new Map(
    tree
      .filter((u) => can(principal.grants, 'followup.read', ancestry(tree, u.id)))
      .map((u) => [u.id, u.name]),
  );
  const unitIds = [...readable.keys()];
  const levelGoalIds = goals.filter((g) => g.level === level).map((g) => g.id);
  const [indicators, targets, outcomes, activities, activityReports, assessments, states] =
    await Promise.all([
      deps.indicators.ofGoals(tenantId, levelGoalIds),
      deps.indicators.targets(tenantId, unitIds, period.year),
      deps.indicators.outcomes(tenantId, unitIds, [periodId]),
      deps.activities.ofUnits(tenantId, period.year, unitIds),
      deps.activities.reports(tenantId, unitIds, [periodId]),
      deps.goals.assessments(tenantId, unitIds, [periodId]),
      deps.followup.states(tenantId, periodId),
    ]);
  const rows = computeRollUp({
    level,
    childLevel: childLevelIn(settings, level),
    assignments,
    goals,
    units: readable,
    indicators,
    targets,
    outcomes,
    activities: activities.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      unitIds: [a.responsibleUnitId, ...a.coResponsibleUnitIds],
    })),
    activityReports,
    assessments,
    states,
  });
  const byId = new Map(goals.map((g) => [g.id, g]));
  const names = await deps.goals.unitNames(
    tenantId,
    [...new Set(goals.map((g) => g.ownerUnitId))],
    period.endsOn,
  );
  return {
    period,
    level,
    goals: rows.map(({ goalId, ...row }) => {
      const goal = byId.get(goalId)!;
      return { goal: { ...goal, ownerUnitName: names.get(goal.ownerUnitId) ?? null }, ...row };
    }),
  };
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const YEAR = 2024;
/** The tenant's figures are the system's, written by nobody (as the demo's seed writes them). */
const nobody = { userId: null, userName: null };

/**
 * Writes a random tenant through the repositories (the organisation straight into its tables:
 * a reorganisation is beside the point here) and returns the principal the grants make and the
 * periods to roll up.
 */
export async function insertRandomTenant(
  db: Db,
  repos: Repositories,
  scbCode: string,
  t: RandomTenant,
) {
  const tenant = await repos.tenants.insert({
    name: `Slumpby ${scbCode}`,
    scbCode,
    kind: 'kommun',
  });
  const tenantId = tenant.id;

  const [kf] = await db.insert(orgUnitsTable).values({ tenantId }).returning();
  const unitIds = [kf!.id];
  const version = (unitId: string, name: string, parentId: string | null, closes = false) => ({
    tenantId,
    unitId,
    name,
    kind: parentId === null ? ('council' as const) : ('unit' as const),
    parentId,
    validFrom: '2020-01-01',
    validTo: closes ? `${YEAR}-06-30` : null,
  });
  await db.insert(orgUnitVersionsTable).values(version(kf!.id, 'Kommunfullmäktige', null));
  for (const u of t.units) {
    const [made] = await db.insert(orgUnitsTable).values({ tenantId }).returning();
    await db
      .insert(orgUnitVersionsTable)
      .values(version(made!.id, u.name, pick(unitIds, u.parent), u.closes));
    unitIds.push(made!.id);
  }
  const unit = (i: number) => pick(unitIds, i);

  const yearIds = {
    last: await repos.years.createYear(tenantId, YEAR - 1, defaultPeriods(YEAR - 1)),
    this: await repos.years.createYear(tenantId, YEAR, defaultPeriods(YEAR)),
  };
  const periods = await repos.years.years(tenantId);
  const periodId = (key: string) =>
    key === 'VB-1'
      ? periods[0]!.periods.find((p) => p.key === 'VB')!.id
      : periods[1]!.periods.find((p) => p.key === key)!.id;

  let position = 0;
  const goal = async (
    level: 'direction' | 'council' | 'committee' | 'unit',
    ownerUnitId: string,
    parentIds: string[],
    yearId = yearIds.this,
  ) =>
    repos.goals.insert(
      tenantId,
      yearId,
      {
        year: YEAR,
        level,
        number: null,
        title: `${level} ${position}`,
        description: '',
        ownerUnitId,
        heading: null,
        parentIds: [...new Set(parentIds)],
        previousGoalId: null,
      },
      position++,
    );
  const direction = await goal('direction', kf!.id, []);
  const byLevel = { council: [] as string[], committee: [] as string[], unit: [] as string[] };
  const owners = new Map<string, string>();
  const children = new Map<string, string[]>();
  const addGoal = async (
    level: 'council' | 'committee' | 'unit',
    owner: string,
    parents: string[],
  ) => {
    const id = await goal(level, owner, parents);
    byLevel[level].push(id);
    owners.set(id, owner);
    for (const p of parents) children.set(p, [...(children.get(p) ?? []), id]);
  };
  for (let k = 0; k < t.councilGoals; k++) await addGoal('council', kf!.id, [direction]);
  for (const g of t.committeeGoals)
    await addGoal(
      'committee',
      unit(g.owner),
      g.parents.map((p) => pick(byLevel.council, p)),
    );
  if (byLevel.committee.length > 0)
    for (const g of t.unitGoals)
      await addGoal(
        'unit',
        unit(g.owner),
        g.parents.map((p) => pick(byLevel.committee, p)),
      );
  if (t.strayChild)
    await goal(
      'committee',
      unit(t.strayChild.owner),
      [pick(byLevel.council, t.strayChild.parent)],
      yearIds.last,
    );
  const assigned = new Map<string, string[]>();
  for (const a of t.assignments) {
    const [goalId, unitId] = [pick(byLevel.council, a.goal), unit(a.unit)];
    if (await repos.goalLevels.assign(tenantId, goalId, unitId))
      assigned.set(goalId, [...(assigned.get(goalId) ?? []), unitId]);
  }
  const goalOf = (ref: { level: keyof typeof byLevel; i: number }) =>
    pick(byLevel[ref.level].length > 0 ? byLevel[ref.level] : byLevel.council, ref.i);
  // the units a roll-up shows under a goal: the owners of its child goals and those assigned it
  const whose = (goalId: string | null, w: { via: 'child' | 'owner' | 'unit'; i: number }) => {
    const below =
      goalId === null
        ? []
        : [
            ...(children.get(goalId) ?? []).map((c) => owners.get(c)!),
            ...(assigned.get(goalId) ?? []),
          ];
    if (w.via === 'child' && below.length > 0) return pick(below, w.i);
    if (w.via === 'owner' && goalId !== null) return owners.get(goalId)!;
    return unit(w.i);
  };

  const indicators: { id: string; goalId: string }[] = [];
  for (const [k, i] of t.indicators.entries()) {
    const id = await repos.indicators.insert(tenantId, {
      name: `Indikator ${k}`,
      definition: '',
      unit: 'st',
      decimals: 2,
      direction: i.direction,
      level: 'council',
      genderSplit: false,
    });
    const goalIds = [...new Set(i.goals.map(goalOf))];
    for (const g of goalIds) await repos.indicators.linkGoal(tenantId, id, g, k);
    indicators.push({ id, goalId: goalIds[0]! });
  }
  if (indicators.length > 0)
    for (const m of t.measurements) {
      const indicator = pick(indicators, m.indicator);
      const unitId = whose(indicator.goalId, m.who);
      if (m.target)
        await repos.indicators.setTarget(
          tenantId,
          indicator.id,
          m.target.lastYear ? yearIds.last : yearIds.this,
          {
            unitId,
            year: m.target.lastYear ? YEAR - 1 : YEAR,
            targetKind: m.target.kind,
            target: m.target.target,
            councilTargetKind: 'none',
            councilTarget: null,
            tolerance: m.target.tolerance,
          },
        );
      for (const o of m.outcomes)
        await repos.indicators.saveOutcome(
          tenantId,
          {
            indicatorId: indicator.id,
            unitId,
            periodId: periodId(o.period),
            value: o.value,
            valueWomen: null,
            valueMen: null,
            periodLabel: null,
            comment: '',
          },
          0,
          nobody,
        );
    }

  const activities: { id: string; unitIds: string[] }[] = [];
  for (const [k, a] of t.activities.entries()) {
    const goalId = a.goal === null ? null : goalOf(a.goal);
    const responsibleUnitId = whose(goalId, a.responsible);
    const coResponsibleUnitIds = [...new Set(a.coResponsible.map((w) => whose(goalId, w)))].filter(
      (u) => u !== responsibleUnitId,
    );
    const year = a.lastYear ? YEAR - 1 : YEAR;
    const id = await repos.activities.insert(
      tenantId,
      a.lastYear ? yearIds.last : yearIds.this,
      {
        year,
        kind: 'council_activity',
        title: `Aktivitet ${k}`,
        description: '',
        goalId,
        responsibleUnitId,
        coResponsibleUnitIds,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      },
      k,
    );
    activities.push({ id, unitIds: [responsibleUnitId, ...coResponsibleUnitIds] });
  }
  if (activities.length > 0)
    for (const r of t.activityReports) {
      const activity = pick(activities, r.activity);
      await repos.activities.saveReport(
        tenantId,
        {
          activityId: activity.id,
          unitId: r.unit.own ? pick(activity.unitIds, r.unit.i) : unit(r.unit.i),
          periodId: periodId(r.period),
          status: r.status,
          deviation: '',
          analysis: '',
        },
        0,
        nobody,
      );
    }

  for (const a of t.assessments) {
    const goalId = goalOf(a.goal);
    await repos.goals.saveAssessment(
      tenantId,
      {
        goalId,
        unitId: whose(goalId, a.who),
        periodId: periodId(a.period),
        value: a.value,
        analysis: '',
        justification: a.justification,
      },
      0,
      nobody,
    );
  }
  for (const s of t.states)
    await repos.followup.saveState(
      tenantId,
      unit(s.unit),
      periodId(s.period),
      { status: s.status, adoptedOn: null, decisionRef: null, returnComment: '' },
      0,
      null,
    );

  const principal: Principal = {
    tenantId,
    userId: '00000000-0000-4000-8000-000000000001',
    userName: 'Testare',
    email: 'testare@example.se',
    csrfToken: '',
    grants: t.grants.map((g, k) => ({
      id: `${k}`,
      role: g.role,
      unitId: tenantWideRoles.includes(g.role) ? null : unit(g.unit),
      unitName: null,
    })),
  };
  return { principal, periodIds: { VB: periodId('VB'), T1: periodId('T1') } };
}
