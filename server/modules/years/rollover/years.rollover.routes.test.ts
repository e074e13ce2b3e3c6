import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Goal } from '#contracts/goals.ts';
import type { BudgetYear } from '#contracts/years.ts';
import type { GoalHistory, RolloverPreview, RolloverResult } from '#contracts/years.rollover.ts';
import { repositories } from '#server/repositories.ts';
import { as, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { valueTarget } from '../../indicators/indicators.testing.ts';
import { client, type Municipality } from '../../org/org.routes.testing.ts';

/**
 * A year rolled over through the API. In 2024, KF > Stadsledningskontoret > {Ekonomi, IT} has
 * direction 1 with KF goals 1.1, 1.2 and 1.3; the office's nämndmål sit under 1.1 and 1.2, an
 * indicator with a target measures 1.1 and another the nämndmål under 1.2; one activity runs
 * into 2025 and one ends in 2024. The rollover to 2025 drops 1.2 and its nämndmål, renumbers
 * 1.3 to 1.2 and retitles the nämndmål under 1.1.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);

type Year2024 = Awaited<ReturnType<typeof build2024>>;

async function build2024(town: Municipality) {
  const admin = town.admin;
  expect((await api.post(admin, '/api/years', { year: 2024 })).statusCode).toBe(201);
  const goal = async (body: object) => {
    const made = await api.post(admin, '/api/goals', { year: 2024, ...body });
    expect(made.statusCode).toBe(201);
    return made.json<Goal>().id;
  };
  const kf = { ownerUnitId: town.kf };
  const d1 = await goal({ level: 'direction', number: '1', title: 'Ett hållbart Testby', ...kf });
  const c11 = await goal({
    level: 'council',
    number: '1.1',
    title: 'Luften är ren',
    parentIds: [d1],
    ...kf,
  });
  const c12 = await goal({
    level: 'council',
    number: '1.2',
    title: 'Vattnet är rent',
    parentIds: [d1],
    ...kf,
  });
  const c13 = await goal({
    level: 'council',
    number: '1.3',
    title: 'Staden är grön',
    parentIds: [d1],
    ...kf,
  });
  const committee = { level: 'committee', ownerUnitId: town.slk, heading: 'Nämndmål:' };
  const n1 = await goal({ ...committee, title: 'Kontoret minskar sina utsläpp', parentIds: [c11] });
  const n2 = await goal({ ...committee, title: 'Kontoret sparar vatten', parentIds: [c12] });
  const indicator = async (name: string, goalId: string, value: string) => {
    const made = await api.post(admin, '/api/indicators', {
      name,
      unit: 'st',
      decimals: 0,
      direction: 'lower_is_better',
      level: 'council',
      goalIds: [goalId],
    });
    expect(made.statusCode).toBe(201);
    const id = made.json<{ id: string }>().id;
    const set = await ctx.app.inject({
      method: 'PUT',
      url: `/api/indicators/${id}/target`,
      headers: as(admin),
      payload: valueTarget(town.slk, 2024, value),
    });
    expect(set.statusCode).toBe(204);
    return id;
  };
  const air = await indicator('Antal dygn över normvärdet', c11, '7');
  const water = await indicator('Vattenförbrukning per anställd', n2, '12');
  const activity = async (title: string, endsOn: string) => {
    const made = await api.post(admin, '/api/activities', {
      year: 2024,
      kind: 'committee_activity',
      title,
      goalId: n1,
      responsibleUnitId: town.slk,
      coResponsibleUnitIds: [town.it],
      startsOn: '2024-01-01',
      endsOn,
    });
    expect(made.statusCode).toBe(201);
    return made.json<{ id: string }>().id;
  };
  const cars = await activity('Byt till elbilar', '2025-12-31');
  const bikes = await activity('Köp cyklar', '2024-12-31');
  return { town, d1, c11, c12, c13, n1, n2, air, water, cars, bikes };
}

/** Drop 1.2 and its nämndmål, renumber 1.3 to 1.2, retitle the nämndmål under 1.1. */
const mapping = (y: Year2024, carryTargets = true) => ({
  fromYear: 2024,
  toYear: 2025,
  goals: {
    [y.c12]: { drop: true },
    [y.n2]: { drop: true },
    [y.c13]: { number: '1.2' },
    [y.n1]: { title: 'Kontoret har fossilfria transporter' },
  },
  carryTargets,
});

const goalsOf = async (session: Session, year: number) =>
  (await api.get(session, `/api/goals?year=${year}`)).json<{ goals: Goal[] }>().goals;
const rollovers = async (session: Session) =>
  (await api.get(session, '/api/audit?entity=rollover')).json<{ entries: unknown[] }>().entries;

/** One database for the file; every test has a town of its own with its 2024 model. */
let first: Year2024;

/** The town's 2024 rolled over to 2025 under the usual mapping. */
async function rolledOver(y: Year2024 = first) {
  const response = await api.post(y.town.admin, '/api/years/rollover', mapping(y));
  expect(response.statusCode).toBe(201);
  return response.json<RolloverResult>();
}

beforeAll(async () => {
  ctx = await createTestApp();
});
beforeEach(async () => {
  first = await build2024(await api.municipality());
});
afterAll(() => ctx.close());

describe('previewing a rollover', () => {
  test('shows each goal old and new, what is copied and what is not, and writes nothing', async () => {
    const admin = first.town.admin;
    const response = await api.post(admin, '/api/years/rollover/preview', mapping(first, false));
    expect(response.statusCode).toBe(200);
    const preview = response.json<RolloverPreview>();
    expect(preview.problems).toEqual([]);
    expect(preview.periods).toMatchObject({ created: true });
    expect(preview.periods.periods.map((p) => p.key)).toEqual(['T1', 'T2', 'VB']);
    expect(
      preview.goals.map((g) => [g.from.number, g.to ? g.to.number : 'dropped', g.changes]),
    ).toEqual([
      ['1', '1', []],
      ['1.1', '1.1', []],
      ['1.2', 'dropped', []],
      ['1.3', '1.2', ['number']],
      [null, null, ['title']],
      [null, 'dropped', []],
    ]);
    expect(preview.links.filter((l) => !l.copied).map((l) => l.goalId)).toEqual([
      first.c12,
      first.n2,
    ]);
    expect(preview.indicatorLinks.map((l) => [l.indicatorName, l.copied])).toEqual([
      ['Antal dygn över normvärdet', true],
      ['Vattenförbrukning per anställd', false],
    ]);
    expect(preview.targets.map((t) => t.skipped)).toEqual(['not_asked', 'not_asked']);
    expect(preview.activities.map((a) => [a.title, a.copied, a.reason])).toEqual([
      ['Byt till elbilar', true, 'runs_on'],
      ['Köp cyklar', false, 'ended'],
    ]);
    expect(preview.unitNames[first.town.slk]).toBe('Stadsledningskontoret');

    const years = (await api.get(admin, '/api/years')).json<{ years: BudgetYear[] }>().years;
    expect(years.map((y) => y.year)).toEqual([2024]);
    expect(await rollovers(admin)).toEqual([]);
  });

  test('lists the problems of a mapping, which the rollover then refuses with 422', async () => {
    const admin = first.town.admin;
    const body = { ...mapping(first), goals: { [first.c12]: { drop: true } } };
    const preview = (
      await api.post(admin, '/api/years/rollover/preview', body)
    ).json<RolloverPreview>();
    const dropped = { path: `goals.${first.n2}`, code: 'rollover.parents_dropped' };
    expect(preview.problems).toEqual([expect.objectContaining(dropped)]);
    expect(preview.problems[0]!.params).toEqual({ goals: expect.stringContaining('1.2') });
    const refused = await api.post(admin, '/api/years/rollover', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'validation_failed', details: [dropped] });
    expect(await goalsOf(admin, 2025)).toEqual([]);
  });

  test('refuses a year that is not the next one, a dropped goal given a number, and an unknown year', async () => {
    const admin = first.town.admin;
    const skip = await api.post(admin, '/api/years/rollover/preview', {
      ...mapping(first),
      toYear: 2026,
    });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().error.details).toMatchObject([{ path: 'toYear' }]);
    const both = await api.post(admin, '/api/years/rollover/preview', {
      ...mapping(first),
      goals: { [first.c12]: { drop: true, number: '1.9' } },
    });
    expect(both.statusCode).toBe(422);
    const none = await api.post(admin, '/api/years/rollover/preview', {
      ...mapping(first),
      fromYear: 2030,
      toYear: 2031,
    });
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('periods.year_not_found');
  });
});

describe('rolling a year over', () => {
  test('copies the model with renumbered, retitled and dropped goals, each pointing to its source', async () => {
    const admin = first.town.admin;
    const response = await api.post(admin, '/api/years/rollover', mapping(first));
    expect(response.statusCode).toBe(201);
    const made = response.json<RolloverResult>();
    expect(made.created).toEqual({
      periods: 3,
      goals: 4,
      links: 3,
      indicatorLinks: 1,
      targets: 1,
      activities: 1,
    });
    const goals = await goalsOf(admin, 2025);
    expect(goals.map((g) => [g.number, g.title])).toEqual([
      ['1', 'Ett hållbart Testby'],
      ['1.1', 'Luften är ren'],
      ['1.2', 'Staden är grön'],
      [null, 'Kontoret har fossilfria transporter'],
    ]);
    expect(goals.map((g) => g.previousGoalId)).toEqual([first.d1, first.c11, first.c13, first.n1]);
    const [d1, c11, c13, n1] = goals;
    expect([c11!.parentIds, c13!.parentIds, n1!.parentIds]).toEqual([
      [d1!.id],
      [d1!.id],
      [c11!.id],
    ]);
    expect(n1).toMatchObject({ heading: 'Nämndmål:', ownerUnitId: first.town.slk, version: 1 });
    expect(await rollovers(admin)).toHaveLength(1);
  });

  test('links the indicators to the new goals and copies the targets when asked', async () => {
    const made = await rolledOver();
    const repos = repositories(ctx.database.db);
    const tenantId = first.town.tenant.id;
    const newC11 = made.goals.find((g) => g.fromGoalId === first.c11)!.toGoalId;
    const measured = await repos.indicators.ofGoals(
      tenantId,
      made.goals.map((g) => g.toGoalId),
    );
    expect(measured.map((i) => [i.id, i.goalIds])).toEqual([[first.air, [newC11]]]);
    const targets = await repos.indicators.targets(tenantId, [first.town.slk], 2025);
    expect(targets).toEqual([
      expect.objectContaining({
        indicatorId: first.air,
        year: 2025,
        targetKind: 'value',
        target: '7',
      }),
    ]);
  });

  test('copies the activity that runs on, under the new goal, pointing to its source', async () => {
    const made = await rolledOver();
    const repos = repositories(ctx.database.db);
    const copied = await repos.activities.ofUnits(first.town.tenant.id, 2025, [first.town.slk]);
    const newN1 = made.goals.find((g) => g.fromGoalId === first.n1)!.toGoalId;
    expect(copied).toEqual([
      expect.objectContaining({
        title: 'Byt till elbilar',
        goalId: newN1,
        previousActivityId: first.cars,
        coResponsibleUnitIds: [first.town.it],
        endsOn: '2025-12-31',
      }),
    ]);
  });

  test('a second rollover into the same year is refused with 409 and changes nothing', async () => {
    await rolledOver();
    const admin = first.town.admin;
    const again = await api.post(admin, '/api/years/rollover', mapping(first));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('rollover.target_year_not_empty');
    const preview = (
      await api.post(admin, '/api/years/rollover/preview', mapping(first))
    ).json<RolloverPreview>();
    expect(preview.problems[0]).toMatchObject({
      path: 'toYear',
      code: 'rollover.year_not_empty',
      params: { year: '2025' },
    });
    expect(await goalsOf(admin, 2025)).toHaveLength(4);
    expect(await rollovers(admin)).toHaveLength(1);
  });

  test('into a year that exists without a model, keeps its periods and copies no targets unless asked', async () => {
    const admin = first.town.admin;
    const periods = [
      {
        key: 'VB',
        name: 'Årsredovisning 2025',
        kind: 'annual',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
      },
    ];
    expect((await api.post(admin, '/api/years', { year: 2025, periods })).statusCode).toBe(201);
    const preview = (
      await api.post(admin, '/api/years/rollover/preview', mapping(first, false))
    ).json<RolloverPreview>();
    expect(preview.periods).toMatchObject({ created: false, periods: [{ key: 'VB' }] });
    const response = await api.post(admin, '/api/years/rollover', {
      ...mapping(first, false),
      revision: preview.revision,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json<RolloverResult>().created).toMatchObject({
      periods: 0,
      targets: 0,
      goals: 4,
    });
    const repos = repositories(ctx.database.db);
    expect(await repos.indicators.targets(first.town.tenant.id, [first.town.slk], 2025)).toEqual(
      [],
    );
  });

  test('is refused with 409 when the model changed after the preview', async () => {
    await rolledOver();
    const admin = first.town.admin;
    const preview = (
      await api.post(admin, '/api/years/rollover/preview', {
        fromYear: 2025,
        toYear: 2026,
        carryTargets: false,
      })
    ).json<RolloverPreview>();
    expect(preview.problems).toEqual([]);
    const [goal] = await goalsOf(admin, 2025);
    const edit = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/goals/${goal!.id}`,
      headers: as(admin),
      payload: { title: 'Ett hållbart och tryggt Testby', version: goal!.version },
    });
    expect(edit.statusCode).toBe(200);
    const stale = await api.post(admin, '/api/years/rollover', {
      fromYear: 2025,
      toYear: 2026,
      carryTargets: false,
      revision: preview.revision,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('rollover.changed');
    expect(await goalsOf(admin, 2026)).toEqual([]);
  });

  test('is refused with 403 for anyone but an administrator', async () => {
    const town = first.town;
    const controller = await login(
      ctx.app,
      (await buildUser(ctx.database, town.tenant.id, [{ role: 'controller', unitId: town.kf }]))
        .email,
    );
    const reader = await login(
      ctx.app,
      (await buildUser(ctx.database, town.tenant.id, [{ role: 'reader' }])).email,
    );
    const body = { fromYear: 2025, toYear: 2026, carryTargets: true };
    for (const session of [controller, reader]) {
      expect((await api.post(session, '/api/years/rollover/preview', body)).statusCode).toBe(403);
      expect((await api.post(session, '/api/years/rollover', body)).statusCode).toBe(403);
    }
    expect(await goalsOf(town.admin, 2026)).toEqual([]);
  });
});

describe('a goal’s history', () => {
  test('follows the goal through its renumbering, from any of its versions', async () => {
    const made = await rolledOver();
    const admin = first.town.admin;
    const rolled = await api.post(admin, '/api/years/rollover', {
      fromYear: 2025,
      toYear: 2026,
      goals: {
        [made.goals.find((g) => g.fromGoalId === first.c13)!.toGoalId]: {
          title: 'Staden är grön och sval',
        },
      },
      carryTargets: false,
    });
    expect(rolled.statusCode).toBe(201);
    const reader = await login(
      ctx.app,
      (await buildUser(ctx.database, first.town.tenant.id, [{ role: 'reader' }])).email,
    );
    const history = async (goalId: string) => {
      const response = await api.get(reader, `/api/goals/${goalId}/history`);
      expect(response.statusCode).toBe(200);
      return response.json<GoalHistory>();
    };
    const fromFirst = await history(first.c13);
    expect(fromFirst.versions.map((v) => [v.year, v.number, v.title])).toEqual([
      [2024, '1.3', 'Staden är grön'],
      [2025, '1.2', 'Staden är grön'],
      [2026, '1.2', 'Staden är grön och sval'],
    ]);
    const latest = fromFirst.versions[2]!.goalId;
    expect((await history(latest)).versions).toEqual(fromFirst.versions);
    const dropped = await history(first.c12);
    expect(dropped.versions.map((v) => v.year)).toEqual([2024]);
  });

  test('of an unknown goal, or another tenant’s, is 404', async () => {
    await rolledOver();
    const second = await build2024(await api.municipality());
    const stranger = second.town.admin;
    expect((await api.get(stranger, `/api/goals/${first.c13}/history`)).statusCode).toBe(404);
  });
});
