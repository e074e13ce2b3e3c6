import { beforeAll, describe, expect, test } from 'vitest';
import type { StartOverview, StartPage } from '#contracts/start.ts';
import { as, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';

/** GET /api/start and /api/start/units: every signed-in person gets their own page, no more. */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;
let other: Awaited<ReturnType<typeof aWorkflowReport>>;

beforeAll(async () => {
  ctx = await createTestApp();
  r = await aWorkflowReport(() => ctx);
  other = await aWorkflowReport(() => ctx);
  return () => ctx.close();
});

const get = (session: Session, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: as(session) });

describe('the start page over HTTP', () => {
  test('a reporter gets the reports of their unit, late ones marked, and no overview', async () => {
    const response = await get(r.reporter, '/api/start');
    expect(response.statusCode).toBe(200);
    const page = response.json<StartPage>();
    // "today" is 2026-11-22: every 2024 deadline has passed and VB 2024 is the last one
    expect(page.today).toBe('2026-11-22');
    expect(page.period?.key).toBe('VB');
    expect(page.write.map((l) => [l.period.key, l.overdue])).toEqual([
      ['T1', true],
      ['T2', true],
      ['VB', true],
    ]);
    expect(page.overview).toBe(false);
    expect((await get(r.reporter, '/api/start/units')).statusCode).toBe(403);
  });

  test('a controller’s overview holds their tenant’s units only', async () => {
    const response = await get(r.controller, '/api/start/units');
    expect(response.statusCode).toBe(200);
    const overview = response.json<StartOverview>();
    expect(overview.units.map((l) => l.unit.id).sort()).toEqual(
      [r.town.slk, r.town.eko, r.town.it].sort(),
    );
    const theirs = (await get(other.controller, '/api/start/units')).json<StartOverview>();
    expect(theirs.units.map((l) => l.unit.id)).not.toContain(r.town.slk);
  });

  test('someone signed in without a role gets an empty page; a bad filter is refused by name', async () => {
    const nobody = await login(ctx.app, (await buildUser(ctx.database, r.town.tenant.id)).email);
    const page = (await get(nobody, '/api/start')).json<StartPage>();
    expect([page.write, page.approve, page.council, page.adopted]).toEqual([[], [], [], []]);
    const bad = await get(r.controller, '/api/start/units?status=klar');
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ error: { details: [{ path: 'querystring.status' }] } });
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/start' });
    expect(anonymous.statusCode).toBe(401);
  });
});
