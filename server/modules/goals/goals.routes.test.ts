import { beforeAll, describe, expect, test } from 'vitest';
import type { Goal } from '#contracts/goals.ts';
import { as, testAppPerFile } from '#server/testing.ts';
import { client, type Municipality } from '../org/org.routes.testing.ts';

const ctx = testAppPerFile();
const api = client(() => ctx);
let town: Municipality;

beforeAll(async () => {
  town = await api.municipality();
  expect((await api.post(town.admin, '/api/years', { year: 2024 })).statusCode).toBe(201);
});

const patch = (id: string, payload: object) =>
  ctx.app.inject({ method: 'PATCH', url: `/api/goals/${id}`, headers: as(town.admin), payload });

describe('changing a goal', () => {
  test('writes only the keys sent: a new title keeps the number, heading, description, parents and predecessor', async () => {
    const goal = async (body: object) =>
      (
        await api.post(town.admin, '/api/goals', { year: 2024, ownerUnitId: town.kf, ...body })
      ).json<Goal>();
    const direction = await goal({ level: 'direction', number: '1', title: 'Ett hållbart Testby' });
    const earlier = await goal({
      level: 'council',
      number: '1.1',
      title: 'Luften',
      parentIds: [direction.id],
    });
    const council = await goal({
      level: 'council',
      number: '1.2',
      title: 'Luften är ren',
      description: 'Mätt vid Stortorget.',
      heading: 'KF:s mål:',
      parentIds: [direction.id],
      previousGoalId: earlier.id,
    });
    const changed = await patch(council.id, {
      title: 'Luften är renare',
      version: council.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Goal>()).toMatchObject({
      title: 'Luften är renare',
      number: '1.2',
      description: 'Mätt vid Stortorget.',
      heading: 'KF:s mål:',
      parentIds: [direction.id],
      previousGoalId: earlier.id,
      version: council.version + 1,
    });
  });

  test('a key sent as null is cleared, and only that key', async () => {
    const made = (
      await api.post(town.admin, '/api/goals', {
        year: 2024,
        level: 'direction',
        number: '2',
        title: 'Trygghet',
        heading: 'Inriktningsmål:',
        ownerUnitId: town.kf,
      })
    ).json<Goal>();
    const changed = await patch(made.id, { heading: null, version: made.version });
    expect(changed.json<Goal>()).toMatchObject({ heading: null, number: '2', title: 'Trygghet' });
  });
});
