import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { GoalStatus, GoalStatuses, PublicGoalTree } from '#contracts/goals.status.ts';
import { as, createTestApp, type Session } from '#server/testing.ts';
import { client } from '../../org/org.routes.testing.ts';
import { aWorkflowReport } from '../workflow/followup.workflow.testing.ts';

/**
 * The goal tree's statuses: signed in, the written assessments of the units the caller may read;
 * in public, only those of adopted and published reports. One database for the file; each test
 * has a town of its own.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;
let reader: Session;

beforeAll(async () => {
  ctx = await createTestApp();
});
beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
  reader = await r.user([{ role: 'reader', unitId: null }]);
});
afterAll(() => ctx.close());

const statusesOf = (session: Session, periodId = r.vb) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/periods/${periodId}/goal-statuses`,
    headers: as(session),
  });
const byGoal = (statuses: readonly GoalStatus[]) =>
  Object.fromEntries(statuses.map(({ goalId, ...status }) => [goalId, status]));
const publicTree = (scbCode = r.town.tenant.scbCode, periodId = r.vb) =>
  ctx.app.inject({ method: 'GET', url: `/api/public/${scbCode}/periods/${periodId}/goals` });

describe('the goal tree’s statuses, signed in', () => {
  test('give each goal its owner’s written assessment, and a KF goal the committees’ judgements counted as the roll-up counts them', async () => {
    await r.bringTo('draft');
    const response = await statusesOf(reader);
    expect(response.statusCode, response.body).toBe(200);
    const { period, statuses } = response.json<GoalStatuses>();
    expect(period.id).toBe(r.vb);
    expect(byGoal(statuses)).toEqual({
      [r.ids.direction]: { ownerRead: true, value: null, others: null },
      // KF owns 1.1 and writes nothing; the office assesses it "delvis"
      [r.ids.council]: {
        ownerRead: true,
        value: null,
        others: { helt: 0, delvis: 1, inte: 0, total: 1 },
      },
      [r.ids.committee]: { ownerRead: true, value: 'delvis', others: null },
    });
  });

  test('tell nothing of a unit the caller may not read', async () => {
    await r.bringTo('draft');
    const itApprover = await r.user([{ role: 'approver', unitId: r.town.it }]);
    const response = await statusesOf(itApprover);
    expect(response.statusCode).toBe(200);
    const statuses = byGoal(response.json<GoalStatuses>().statuses);
    expect(statuses[r.ids.committee]).toEqual({ ownerRead: false, value: null, others: null });
    expect(statuses[r.ids.council]).toEqual({ ownerRead: false, value: null, others: null });
  });

  test('another municipality’s period is not found', async () => {
    const other = await client(() => ctx).municipality();
    const response = await statusesOf(other.admin);
    expect(response.statusCode).toBe(404);
  });
});

describe('the public goal tree of a period', () => {
  test('is not found until a report of the period is adopted and published', async () => {
    await r.bringTo('adopted');
    const hidden = await publicTree();
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('public.not_found');
    expect((await publicTree('9999')).statusCode).toBe(404);
  });

  test('shows the published report’s goals with their statuses, without a session and without internal fields', async () => {
    // nothing missing, so publishing needs no reason
    await r.put(r.reporter, `${r.base()}/indicators/${r.ids.indicator}/outcome`, {
      value: '45',
      version: 0,
    });
    await r.put(r.reporter, `${r.base()}/activities/${r.ids.activity}/report`, {
      status: 'ongoing',
      analysis: 'Hälften av bilarna är bytta.',
      version: 0,
    });
    await r.bringTo('adopted');
    const published = await r.put(r.approver, `${r.base()}/publication`, { published: true });
    expect(published.statusCode).toBe(200);
    const response = await publicTree();
    expect(response.statusCode, response.body).toBe(200);
    const tree = response.json<PublicGoalTree>();
    expect(tree.tenant.scbCode).toBe(r.town.tenant.scbCode);
    expect(tree.goals.map((goal) => goal.id)).toEqual([
      r.ids.direction,
      r.ids.council,
      r.ids.committee,
    ]);
    expect(tree.goals[2]!.ownerUnitName).toBe('Stadsledningskontoret');
    expect(byGoal(tree.statuses)).toEqual({
      // KF has published nothing: its own judgement is unknown, the office's is told
      [r.ids.direction]: { ownerRead: false, value: null, others: null },
      [r.ids.council]: {
        ownerRead: false,
        value: null,
        others: { helt: 0, delvis: 1, inte: 0, total: 1 },
      },
      [r.ids.committee]: { ownerRead: true, value: 'delvis', others: null },
    });
    expect(response.body).not.toContain('"version"');
  });
});
