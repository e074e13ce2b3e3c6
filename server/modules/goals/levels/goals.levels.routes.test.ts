import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RollUp } from '#contracts/followup.ts';
import type {
  GoalAssignment,
  GoalLevelSettings,
  GoalLevelsOfYear,
} from '#contracts/goals.levels.ts';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import type { AuditPage } from '#contracts/audit.ts';
import { as, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { valueTarget } from '../../indicators/indicators.testing.ts';
import { followUpTown, reporting } from '../../followup/followup.routes.testing.ts';
import type { Municipality } from '../../org/org.routes.testing.ts';

/**
 * A tenant's own goal levels and the council goals a committee answers for, through the API, on
 * the follow-up town: KF > Stadsledningskontoret (the committee with a nämndmål under KF goal
 * 1.1) > {Ekonomi, IT}; Ekonomi plays a second committee with no nämndmål of its own.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: Municipality;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
let api: Awaited<ReturnType<typeof followUpTown>>['api'];
let years: Awaited<ReturnType<typeof followUpTown>>['years'];
let vb: string;
let controller: Session;
let officeController: Session;
let economyReporter: Session;
const economy = reporting(
  () => ctx,
  () => town.eko,
  () => vb,
);

beforeAll(async () => {
  ctx = await createTestApp();
  ({ town, ids, api, vb, years } = await followUpTown(() => ctx));
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx.app, (await buildUser(ctx.database, town.tenant.id, grants)).email);
  controller = await user([{ role: 'controller', unitId: town.kf }]);
  officeController = await user([{ role: 'controller', unitId: town.slk }]);
  economyReporter = await user([{ role: 'reporter', unitId: town.eko }]);
});
afterAll(() => ctx.close());

const putLevels = (session: Session, year: number, levels: GoalLevelSettings) =>
  ctx.app.inject({
    method: 'PUT',
    url: '/api/goal-levels',
    headers: as(session),
    payload: { year, levels },
  });
const without = (...levels: (keyof GoalLevelSettings)[]): GoalLevelSettings => {
  const settings = structuredClone(defaultGoalLevelSettings);
  for (const level of levels) settings[level].inUse = false;
  return settings;
};
const auditOf = async (entity: string) =>
  (await api.get(town.admin, `/api/audit?entity=${entity}`)).json<AuditPage>().entries;

describe("a year's goal levels", () => {
  test("are Stockholm's model until the tenant stores its own", async () => {
    const response = await api.get(economyReporter, '/api/goal-levels?year=2024');
    expect(response.json<GoalLevelsOfYear>()).toEqual({
      year: 2024,
      stored: false,
      levels: defaultGoalLevelSettings,
    });
  });

  test('are set by a controller of the whole organisation, not by a reporter or a controller of one committee', async () => {
    expect((await putLevels(economyReporter, 2023, without('council'))).statusCode).toBe(403);
    expect((await putLevels(officeController, 2023, without('council'))).statusCode).toBe(403);
    expect(await auditOf('goal_levels')).toEqual([]);
  });

  test('cannot take out of use a level that has goals that year, and say which', async () => {
    const refused = await putLevels(controller, 2024, without('direction'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: {
        details: [
          {
            path: 'levels.direction.inUse',
            code: 'goals.level_has_goals',
            params: { level: 'direction', count: 1, example: 'Ett hållbart Testby' },
          },
        ],
      },
    });
    expect((await api.get(controller, '/api/goal-levels?year=2024')).json()).toMatchObject({
      stored: false,
    });
  });

  test('with no KF goals in use, a nämndmål sits directly under an inriktningsmål, which is assessed; the change is audited', async () => {
    const levels = without('council');
    levels.direction = { ...levels.direction, name: 'Strategiska mål', assessed: true };
    levels.committee.name = 'Verksamhetsmål';
    const saved = await putLevels(controller, 2023, levels);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<GoalLevelsOfYear>()).toEqual({ year: 2023, stored: true, levels });
    const [entry] = await auditOf('goal_levels');
    expect(entry).toMatchObject({ action: 'create', after: { year: 2023, levels } });

    const goal = (body: object) =>
      api.post(controller, '/api/goals', { year: 2023, ownerUnitId: town.kf, ...body });
    const direction = (await goal({ level: 'direction', title: 'En hållbar region' })).json<{
      id: string;
    }>();
    expect(
      (await goal({ level: 'council', title: 'KF-mål', parentIds: [direction.id] })).json(),
    ).toMatchObject({ error: { details: [{ path: 'level', code: 'goals.level_not_in_use' }] } });
    const committee = await goal({
      level: 'committee',
      title: 'Ekonomin är i balans',
      ownerUnitId: town.eko,
      parentIds: [direction.id],
    });
    expect(committee.statusCode).toBe(201);

    const vb2023 = years[0]!.periods.find((p) => p.key === 'VB')!.id;
    const report = await economy.reportOf(economyReporter, vb2023);
    expect(report.goals.map((g) => [g.goal.level, g.assessed])).toEqual([
      ['direction', true],
      ['committee', true],
    ]);
    const assessed = await economy.put(
      economyReporter,
      `${economy.base(vb2023)}/goals/${direction.id}/assessment`,
      { value: 'helt', analysis: 'Regionen är på väg.', version: 0 },
    );
    expect(assessed.statusCode).toBe(200);
  });
});

describe('a council goal assigned to a committee', () => {
  const assignment = (session: Session, method: 'PUT' | 'DELETE', goalId = ids.council) =>
    ctx.app.inject({
      method,
      url: `/api/goals/${goalId}/assignments/${town.eko}`,
      headers: as(session),
    });

  test('is assigned by whoever shapes the council goal, only at the level above the nämndmål', async () => {
    expect((await assignment(officeController, 'PUT')).statusCode).toBe(403);
    const wrongLevel = await assignment(controller, 'PUT', ids.direction);
    expect(wrongLevel.json()).toMatchObject({
      error: { details: [{ path: 'goalId', code: 'goals.assign_council_goal' }] },
    });
    expect(await auditOf('goal_assignment')).toEqual([]);
  });

  test("is in the committee's report with the council's indicator and both targets, is assessed there and counted in the roll-up", async () => {
    const assigned = await assignment(controller, 'PUT');
    expect(assigned.json<GoalAssignment>()).toEqual({
      goalId: ids.council,
      unitId: town.eko,
      unitName: 'Ekonomi',
    });
    expect((await auditOf('goal_assignment')).map((e) => e.action)).toEqual(['create']);
    const listed = await api.get(economyReporter, '/api/goal-assignments?year=2024');
    expect(listed.json()).toEqual({ assignments: [assigned.json()] });
    for (const [unitId, target] of [
      [town.eko, '9'],
      [town.kf, '5'],
    ] as const)
      await ctx.app.inject({
        method: 'PUT',
        url: `/api/indicators/${ids.indicator}/target`,
        headers: as(town.admin),
        payload: valueTarget(unitId, 2024, target),
      });

    const report = await economy.reportOf(economyReporter);
    expect(report.goals.map((g) => [g.goal.id, g.assessed])).toEqual([
      [ids.direction, false],
      [ids.council, true],
    ]);
    expect(report.goals[1]!.indicatorIds).toEqual([ids.indicator]);
    expect(report.indicators[0]).toMatchObject({
      target: { unitId: town.eko, target: '9' },
      ownersTarget: { unitId: town.kf, target: '5' },
    });
    const assessed = await economy.put(
      economyReporter,
      `${economy.base()}/goals/${ids.council}/assessment`,
      { value: 'delvis', analysis: 'Ekonomin bidrar.', version: 0 },
    );
    expect(assessed.statusCode).toBe(200);

    const rollUp = (
      await api.get(controller, `/api/periods/${vb}/rollup?level=council`)
    ).json<RollUp>();
    const row = rollUp.goals.find((g) => g.goal.id === ids.council)!;
    expect(row.units.map((u) => [u.unitName, u.written])).toEqual([
      ['Ekonomi', 'delvis'],
      ['Stadsledningskontoret', null],
    ]);
  });

  test("once taken away, the goal leaves the committee's report; taking it twice is refused", async () => {
    expect((await assignment(controller, 'DELETE')).statusCode).toBe(204);
    expect((await assignment(controller, 'DELETE')).statusCode).toBe(404);
    expect((await economy.reportOf(economyReporter)).goals).toEqual([]);
    expect((await auditOf('goal_assignment')).map((e) => e.action).sort()).toEqual([
      'create',
      'delete',
    ]);
  });
});

describe('a rollover', () => {
  test("copies the year's own levels and the assignments of the goals it copies", async () => {
    const levels = structuredClone(defaultGoalLevelSettings);
    levels.council.name = 'Kommunfullmäktiges mål';
    levels.direction.assessed = true;
    expect((await putLevels(controller, 2024, levels)).statusCode).toBe(200);
    expect(
      (
        await ctx.app.inject({
          method: 'PUT',
          url: `/api/goals/${ids.council}/assignments/${town.eko}`,
          headers: as(controller),
        })
      ).statusCode,
    ).toBe(200);
    const rolled = await api.post(town.admin, '/api/years/rollover', {
      fromYear: 2024,
      toYear: 2025,
      carryTargets: false,
    });
    expect(rolled.statusCode).toBe(201);
    const copied = rolled
      .json<{ goals: { fromGoalId: string; toGoalId: string }[] }>()
      .goals.find((g) => g.fromGoalId === ids.council)!.toGoalId;
    expect((await api.get(controller, '/api/goal-levels?year=2025')).json()).toEqual({
      year: 2025,
      stored: true,
      levels,
    });
    expect((await api.get(controller, '/api/goal-assignments?year=2025')).json()).toEqual({
      assignments: [{ goalId: copied, unitId: town.eko, unitName: 'Ekonomi' }],
    });
  });
});
