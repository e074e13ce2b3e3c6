import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import { buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { client, type Municipality } from '../org/org.routes.testing.ts';
import { followUpTown, reporting } from '../followup/followup.routes.testing.ts';

/**
 * The log a controller reads: what an entry is about by name, a report's changes on their own,
 * and the logins left out unless asked for.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);
let town: Municipality;
let reporter: Session;
let vb: string;
let t2: string;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
const { base, put } = reporting(
  () => ctx,
  () => town.slk,
  () => vb,
);
const entries = async (session: Session, query: string) => {
  const response = await api.get(session, `/api/audit?limit=500&${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ entries: AuditEntry[] }>().entries;
};

beforeAll(async () => {
  ctx = await createTestApp();
  ({ town, ids, vb, t2 } = await followUpTown(() => ctx));
  reporter = await login(
    ctx.app,
    (await buildUser(ctx.database, town.tenant.id, [{ role: 'reporter', unitId: town.slk }])).email,
  );
  const assess = (periodId: string, value: string) =>
    put(reporter, `${base(periodId)}/goals/${ids.committee}/assessment`, {
      value,
      analysis: 'Utsläppen minskar.',
      version: 0,
    });
  expect((await assess(vb, 'delvis')).statusCode).toBe(200);
  expect((await assess(t2, 'helt')).statusCode).toBe(200);
  const outcome = await put(reporter, `${base(vb)}/indicators/${ids.indicator}/outcome`, {
    value: '45',
    version: 0,
  });
  expect(outcome.statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('the audit log as a controller reads it', () => {
  test("a report's filter returns that report's changes only, named by goal, indicator and report", async () => {
    const log = await entries(town.admin, `unitId=${town.slk}&periodId=${vb}`);
    expect(log.map((e) => [e.entity, e.subject, e.report])).toEqual([
      [
        'indicator_outcome',
        'Antal dygn över normvärdet',
        'Stadsledningskontoret – Verksamhetsberättelse 2024',
      ],
      [
        'goal_assessment',
        'Kontoret minskar sina utsläpp',
        'Stadsledningskontoret – Verksamhetsberättelse 2024',
      ],
    ]);
    const t2Log = await entries(town.admin, `unitId=${town.slk}&periodId=${t2}`);
    expect(t2Log.map((e) => [e.entity, (e.after as { value: string }).value])).toEqual([
      ['goal_assessment', 'helt'],
    ]);
    expect(await entries(town.admin, `unitId=${town.eko}&periodId=${vb}`)).toEqual([]);
  });

  test('a goal is named by its number and title', async () => {
    const goals = await entries(town.admin, 'entity=goal');
    expect(goals.map((e) => e.subject)).toContain('1.1 Luften är ren');
  });

  test('logins and logouts are left out unless asked for', async () => {
    const changes = await entries(town.admin, '');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((e) => e.action.startsWith('log'))).toEqual([]);
    const all = await entries(town.admin, 'logins=true');
    expect(all.filter((e) => e.action === 'login').length).toBeGreaterThan(0);
    const onlyLogins = await entries(town.admin, 'action=login');
    expect(onlyLogins.length).toBeGreaterThan(0);
    expect(onlyLogins.every((e) => e.action === 'login')).toBe(true);
  });

  test("another tenant's administrator never gets this town's report entries", async () => {
    const other = await buildTenant(ctx.database);
    const otherAdmin = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    expect(await entries(otherAdmin, `unitId=${town.slk}&periodId=${vb}`)).toEqual([]);
    expect(await entries(otherAdmin, 'logins=true&entity=goal_assessment')).toEqual([]);
  });
});
