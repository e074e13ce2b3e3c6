import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FeedbackView } from '#contracts/feedback.ts';
import { buildTenant, buildUser, createTestApp, login } from '#server/testing.ts';
import { economyTown } from '../economy/economy.testing.ts';
import { computedTown } from '../indicators/indicators.computed.testing.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const url = (unitId: string, year = 2015) => `/api/units/${unitId}/years/${year}/feedback`;
const survey = (satisfiedShare: number) => ({
  name: 'Brukarundersökning',
  satisfiedShare,
  respondents: 120,
  responseRate: 64,
  scale: '1–10',
  satisfiedMeans: '8–10 på en tiogradig skala',
});
const year = (complaints: number, satisfied: number) => ({
  counts: [
    { kind: 'complaint', category: 'Bemötande', channel: 'Tyck till', count: complaints },
    { kind: 'complaint', category: 'Handläggningstid', channel: 'E-post', count: 10 },
    { kind: 'praise', category: 'Bemötande', channel: 'Tyck till', count: 64 },
    { kind: 'suggestion', category: 'Övrigt', channel: 'E-post', count: 27 },
  ],
  themes: 'Väntetider i telefon.',
  actions: 'Fler handläggare på förmiddagarna.',
  surveys: [survey(satisfied)],
});

describe('complaints, suggestions and surveys of a unit’s year', () => {
  test('totals per kind add up (R-S1), and a survey’s change is in percentage points (R-S2)', async () => {
    const t = await economyTown(() => ctx);
    const first = await t.inject('PUT', t.people.reporterA, url(t.units.a, 2014), {
      ...year(50, 73),
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = await t.inject('PUT', t.people.reporterA, url(t.units.a), {
      ...year(108, 79),
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = (await t.inject('GET', t.people.reader, url(t.units.a))).json<FeedbackView>();
    expect(view.current.totals).toMatchObject({
      complaint: 118,
      praise: 64,
      suggestion: 27,
      total: 209,
    });
    expect(view.current.totals!.byChannel).toEqual([
      { channel: 'Tyck till', count: 172 },
      { channel: 'E-post', count: 37 },
    ]);
    expect(view.previous.totals!.total).toBe(151);
    expect(view.surveyChanges).toEqual([{ name: 'Brukarundersökning', points: 6 }]);
  });

  test('a stale version, a bad count and a stranger are refused; nothing changes', async () => {
    const t = await economyTown(() => ctx);
    await t.inject('PUT', t.people.reporterA, url(t.units.a), { ...year(1, 70), version: 0 });
    const late = await t.inject('PUT', t.people.reporterA, url(t.units.a), {
      ...year(2, 70),
      version: 0,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('feedback.conflict');
    const bad = await t.inject('PUT', t.people.reporterA, url(t.units.a), {
      ...year(-1, 70),
      version: 1,
    });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json().error.details)).toContain('counts.0.count');
    expect(
      (await t.inject('PUT', t.people.controllerB, url(t.units.a), { ...year(3, 70), version: 1 }))
        .statusCode,
    ).toBe(403);
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    expect((await t.inject('GET', stranger, url(t.units.a))).statusCode).toBe(404);
    const view = (await t.inject('GET', t.people.reader, url(t.units.a))).json<FeedbackView>();
    expect(view.current.totals!.complaint).toBe(11);
  });

  test('an indicator can count the unit’s complaints', async () => {
    const t = await economyTown(() => ctx);
    const follow = await computedTown(t);
    const set = await follow.setFormula(follow.indicators.cases, {
      kind: 'feedback',
      source: 'feedback.complaints',
    });
    expect(set.statusCode, set.body).toBe(200);
    await t.inject('PUT', t.people.reporterA, url(t.units.a), { ...year(108, 79), version: 0 });
    const row = (await follow.report()).indicators.find(
      (i) => i.indicator.id === follow.indicators.cases,
    )!;
    expect(row.outcome?.value).toBe('118');
  });
});
