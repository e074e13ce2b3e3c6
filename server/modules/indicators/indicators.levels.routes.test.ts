import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultGoalLevelSettings, type GoalLevelSettings } from '#contracts/goals.levels.ts';
import { countRows } from '#server/db/counts.testing.ts';
import { as, createTestApp } from '#server/testing.ts';
import { followUpTown } from '../followup/followup.routes.testing.ts';
import type { Municipality } from '../org/org.routes.testing.ts';
import { indicatorGoalsTable, indicatorsTable } from './indicators.table.ts';

/**
 * Only goals of a level that carries indicators can be measured by one (decision 007): the
 * follow-up town's 2024 has Stockholm's default levels, 2023 a tenant's own.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: Municipality;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
let api: Awaited<ReturnType<typeof followUpTown>>['api'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ town, ids, api } = await followUpTown(() => ctx));
});
afterAll(() => ctx.close());

const indicatorOn = (...goalIds: string[]) =>
  api.post(town.admin, '/api/indicators', {
    name: 'Andel nöjda invånare',
    unit: '%',
    decimals: 0,
    direction: 'higher_is_better',
    level: 'committee',
    goalIds,
  });
const rows = () =>
  countRows(
    ctx.database.db,
    { indicators: indicatorsTable, links: indicatorGoalsTable },
    town.tenant.id,
  );
const putLevels = (year: number, levels: GoalLevelSettings) =>
  ctx.app.inject({
    method: 'PUT',
    url: '/api/goal-levels',
    headers: as(town.admin),
    payload: { year, levels },
  });

describe('an indicator on a goal of a level that carries no indicators', () => {
  test("under Stockholm's default levels, KF goals and nämndmål carry indicators as before", async () => {
    expect((await indicatorOn(ids.council)).statusCode).toBe(201);
    expect((await indicatorOn(ids.committee)).statusCode).toBe(201);
  });

  test('is refused on an inriktningsmål, naming the goal in goalIds and the level, and nothing is stored', async () => {
    const before = await rows();
    const refused = await indicatorOn(ids.council, ids.direction);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: {
        details: [
          {
            path: 'goalIds.1',
            code: 'goals.level_carries_no_indicators',
            params: { name: 'Inriktningsmål', year: '2024' },
          },
        ],
      },
    });
    expect(await rows()).toEqual(before);
  });

  test("follows the tenant's own levels: refused while its Verksamhetsmål carry none, accepted once they do, and then the setting cannot be turned off", async () => {
    // one level only: the committees' goals, with no goal above them
    const levels = structuredClone(defaultGoalLevelSettings);
    for (const level of ['vision', 'direction', 'council', 'unit'] as const)
      levels[level].inUse = false;
    levels.committee = { ...levels.committee, name: 'Verksamhetsmål', carriesIndicators: false };
    expect((await putLevels(2023, levels)).statusCode).toBe(200);
    const goal = await api.post(town.admin, '/api/goals', {
      year: 2023,
      level: 'committee',
      title: 'Kontoret är hållbart',
      ownerUnitId: town.slk,
    });
    expect(goal.statusCode).toBe(201);
    const goalId = goal.json<{ id: string }>().id;

    const refused = await indicatorOn(goalId);
    expect(refused.json()).toMatchObject({
      error: {
        details: [
          {
            path: 'goalIds.0',
            code: 'goals.level_carries_no_indicators',
            params: { name: 'Verksamhetsmål', year: '2023' },
          },
        ],
      },
    });

    levels.committee.carriesIndicators = true;
    expect((await putLevels(2023, levels)).statusCode).toBe(200);
    expect((await indicatorOn(goalId)).statusCode).toBe(201);

    levels.committee.carriesIndicators = false;
    const off = await putLevels(2023, levels);
    expect(off.statusCode).toBe(422);
    expect(off.json()).toMatchObject({
      error: {
        details: [
          {
            path: 'levels.committee.carriesIndicators',
            code: 'goals.level_has_indicators',
            params: { level: 'committee', count: 1, example: 'Kontoret är hållbart' },
          },
        ],
      },
    });
  });
});
