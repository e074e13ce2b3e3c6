import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositories } from '#server/repositories.ts';
import { buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { client, type Municipality } from '../org/org.routes.testing.ts';
import { followUpTown, reporting } from './followup.routes.testing.ts';

/**
 * "Periodens utfall VB <år−1>" where the unit has no history: the town's VB 2024 report has
 * last year's stored outcome (51), its T2 report has none, as for a municipality that starts
 * with Rödtråd. A writer enters last year's figure on the report; the stored one wins, and a
 * difference between them is flagged.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);
let town: Municipality;
let reporter: Session;
let otherReporter: Session;
let reader: Session;
let vb: string;
let t2: string;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
const { base, put, reportOf } = reporting(
  () => ctx,
  () => town.slk,
  () => vb,
);
const previousOf = (periodId: string) =>
  `${base(periodId)}/indicators/${ids.indicator}/previous-outcome`;

beforeAll(async () => {
  ctx = await createTestApp();
  ({ town, ids, vb, t2 } = await followUpTown(() => ctx));
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx.app, (await buildUser(ctx.database, town.tenant.id, grants)).email);
  reporter = await user([{ role: 'reporter', unitId: town.slk }]);
  otherReporter = await user([{ role: 'reporter', unitId: town.eko }]);
  reader = await user([{ role: 'reader' }]);
});
afterAll(() => ctx.close());

describe('last year’s outcome entered on a report without history', () => {
  test('is what the report prints, said to be entered, and the write is audited', async () => {
    expect((await reportOf(reader, t2)).indicators[0]).toMatchObject({
      previousOutcome: null,
      previousOutcomeSource: null,
      enteredPreviousOutcome: null,
    });
    const saved = await put(reporter, previousOf(t2), { value: '40', version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ value: '40', version: 1 });
    expect((await reportOf(reader, t2)).indicators[0]).toMatchObject({
      previousOutcome: '40',
      previousOutcomeSource: 'entered',
      enteredPreviousOutcome: { value: '40', version: 1, updatedByName: reporter.me.user.name },
      previousOutcomeDiffers: false,
    });
    const log = (await api.get(town.admin, '/api/audit?limit=1')).json<{
      entries: { entity: string; action: string }[];
    }>().entries;
    expect(log[0]).toMatchObject({ entity: 'indicator_previous_outcome', action: 'create' });
  });

  test('a later write from a stale version is refused with what is stored now', async () => {
    const stale = await put(reporter, previousOf(t2), { value: '41', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(JSON.stringify(stale.json())).toContain('"40"');
    const fresh = await put(reporter, previousOf(t2), { value: '41', version: 1 });
    expect(fresh.json()).toMatchObject({ value: '41', version: 2 });
  });

  test('drops women and men for an indicator that is not divided by gender', async () => {
    const saved = await put(reporter, previousOf(t2), {
      value: '41',
      valueWomen: '20',
      valueMen: '21',
      version: 2,
    });
    expect(saved.json()).toMatchObject({ valueWomen: null, valueMen: null });
  });

  test('needs followup.write on the unit', async () => {
    expect((await put(reader, previousOf(t2), { value: '1', version: 3 })).statusCode).toBe(403);
    expect((await put(otherReporter, previousOf(t2), { value: '1', version: 3 })).statusCode).toBe(
      403,
    );
  });
});

describe('last year’s outcome where the unit has history', () => {
  test('the stored outcome is printed; an entered figure that differs is shown beside it and flagged', async () => {
    expect((await reportOf(reader)).indicators[0]).toMatchObject({
      previousOutcome: '51',
      previousOutcomeSource: 'history',
      previousOutcomeDiffers: false,
    });
    expect((await put(reporter, previousOf(vb), { value: '50', version: 0 })).statusCode).toBe(200);
    expect((await reportOf(reader)).indicators[0]).toMatchObject({
      previousOutcome: '51',
      previousOutcomeSource: 'history',
      enteredPreviousOutcome: { value: '50' },
      previousOutcomeDiffers: true,
    });
    await put(reporter, previousOf(vb), { value: '51.0', version: 1 });
    expect((await reportOf(reader)).indicators[0]!.previousOutcomeDiffers).toBe(false);
  });
});

describe('where last year’s outcome cannot be entered', () => {
  test('an indicator outside the unit’s report is refused', async () => {
    const url = `${base(t2)}/indicators/${ids.activity}/previous-outcome`;
    const refused = await put(reporter, url, { value: '1', version: 0 });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ error: { code: 'reports.not_in_report' } });
  });

  test('a report past draft is refused, as for this year’s outcome', async () => {
    // submitted for review (the report's own checks are not what is tested here)
    const state = {
      status: 'ready' as const,
      adoptedOn: null,
      decisionRef: null,
      returnComment: '',
    };
    await repositories(ctx.database.db).followup.saveState(
      town.tenant.id,
      town.slk,
      t2,
      state,
      0,
      null,
    );
    const refused = await put(reporter, previousOf(t2), { value: '1', version: 2 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'reports.locked' } });
    expect((await reportOf(reader, t2)).indicators[0]!.previousOutcome).toBe('41');
  });
});
