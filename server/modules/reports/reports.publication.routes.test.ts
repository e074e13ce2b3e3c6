import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PublicReport, PublicReportList } from '#contracts/portal.ts';
import { as, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import type { Municipality } from '../org/org.routes.testing.ts';
import { followUpTown, reporting } from './reports.routes.testing.ts';

/**
 * Publication: an adopted report that an approver (or an administrator) publishes is read by the
 * public without a login; everything else is the same 404.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: Municipality;
let other: Municipality;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
let vb: string;
let reporter: Session;
let approver: Session;
let reader: Session;
let itApprover: Session;
const { base, put, post, reportOf } = reporting(
  () => ctx,
  () => town.slk,
  () => vb,
);
const step = async (session: Session, body: object) => {
  const version = (await reportOf(town.admin)).state.version;
  const response = await post(session, `${base()}/transition`, { version, ...body });
  expect(response.statusCode).toBe(200);
};
const publish = (session: Session, published: boolean) =>
  put(session, `${base()}/publication`, { published });
const anonymous = (url: string) => ctx.app.inject({ method: 'GET', url });
const publicReport = (scbCode = town.tenant.scbCode, periodId = vb, unitId = town.slk) =>
  anonymous(`/api/public/${scbCode}/reports/${periodId}/${unitId}`);
const publicList = (scbCode = town.tenant.scbCode) => anonymous(`/api/public/${scbCode}/reports`);
const notFoundBody = {
  error: { code: 'public.not_found', message: 'There is no published report here' },
};

/** Every key anywhere in a JSON value. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : [];

beforeAll(async () => {
  ctx = await createTestApp();
  let api;
  ({ api, town, ids, vb } = await followUpTown(() => ctx));
  other = await api.municipality();
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx.app, (await buildUser(ctx.database, town.tenant.id, grants)).email);
  reporter = await user([{ role: 'reporter', unitId: town.slk }]);
  approver = await user([{ role: 'approver', unitId: town.slk }]);
  reader = await user([{ role: 'reader', unitId: null }]);
  itApprover = await user([{ role: 'approver', unitId: town.it }]);
  for (const goalId of [ids.council, ids.committee]) {
    const saved = await put(reporter, `${base()}/goals/${goalId}/assessment`, {
      value: 'helt',
      analysis: 'Vi bedömer att målet uppfylls.',
      justification: 'Normvärdet skärps först 2026.',
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
  }
  await put(reporter, `${base()}/indicators/${ids.indicator}/outcome`, { value: '45', version: 0 });
  await put(reporter, `${base()}/activities/${ids.activity}/report`, {
    status: 'ongoing',
    analysis: 'Hälften av bilarna är bytta.',
    version: 0,
  });
});
afterAll(() => ctx.close());

describe('publishing a report to the public', () => {
  test('a draft, ready or approved report is not public and cannot be published', async () => {
    for (const transition of [null, 'submit', 'approve'] as const) {
      if (transition) await step(transition === 'submit' ? reporter : approver, { transition });
      const response = await publicReport();
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(notFoundBody);
      const refused = await publish(approver, true);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('reports.not_adopted');
    }
    expect((await publicList()).json<PublicReportList>().reports).toEqual([]);
  });

  test('an adopted report stays private until an approver of the unit publishes it', async () => {
    await step(approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      decisionRef: 'Dnr 182-70/2025',
    });
    expect((await publicReport()).statusCode).toBe(404);
    expect((await reportOf(approver)).state.published).toBe(false);
    for (const session of [reporter, reader, itApprover])
      expect((await publish(session, true)).statusCode).toBe(403);
    const published = await publish(approver, true);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'adopted', published: true });
    expect((await reportOf(reader)).state.published).toBe(true);
  });

  test('the public lists and reads it without a session, and sees nothing internal', async () => {
    const list = await publicList();
    expect(list.statusCode).toBe(200);
    expect(list.json<PublicReportList>()).toMatchObject({
      tenant: { scbCode: town.tenant.scbCode, name: town.tenant.name },
      reports: [
        {
          unitId: town.slk,
          unitName: 'Stadsledningskontoret',
          periodId: vb,
          year: 2024,
          adoptedOn: '2025-02-12',
          decisionRef: 'Dnr 182-70/2025',
        },
      ],
    });
    const tenants = await anonymous('/api/public/tenants');
    expect(tenants.json().tenants).toEqual([
      { name: town.tenant.name, scbCode: town.tenant.scbCode, kind: 'kommun' },
    ]);
    const response = await publicReport();
    expect(response.statusCode).toBe(200);
    const report = response.json<PublicReport>();
    expect(report.unit.name).toBe('Stadsledningskontoret');
    expect(report.goals.find((g) => g.goal.id === ids.council)?.assessment).toMatchObject({
      value: 'helt',
      justification: 'Normvärdet skärps först 2026.',
    });
    expect(report.indicators[0]?.outcome?.value).toBe('45');
    expect(report.activities[0]?.report?.status).toBe('ongoing');
    const internal = ['version', 'updatedAt', 'updatedByName', 'returnComment', 'missing', 'may'];
    expect(keysOf(report).filter((k) => internal.includes(k))).toEqual([]);
    expect(response.body).not.toContain(approver.me.user.name);
  });

  test('another municipality, unknown codes and ids all get the same 404', async () => {
    for (const response of [
      await publicReport(other.tenant.scbCode),
      await publicReport('9999'),
      await publicReport(town.tenant.scbCode, vb, town.it),
      await publicReport(town.tenant.scbCode, randomUUID(), town.slk),
      await publicList('9999'),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(notFoundBody);
    }
    expect((await publicList(other.tenant.scbCode)).json<PublicReportList>().reports).toEqual([]);
    // another tenant's approver cannot publish or unpublish this one
    const outsider = await publish(other.admin, false);
    expect([403, 404]).toContain(outsider.statusCode);
    expect((await publicReport()).statusCode).toBe(200);
  });

  test('unpublishing takes it away; an administrator may publish it again', async () => {
    expect((await publish(approver, false)).json()).toMatchObject({ published: false });
    expect((await publicReport()).statusCode).toBe(404);
    expect((await publicList()).json<PublicReportList>().reports).toEqual([]);
    expect((await anonymous('/api/public/tenants')).json().tenants).toEqual([]);
    expect((await publish(town.admin, true)).statusCode).toBe(200);
    expect((await publicReport()).statusCode).toBe(200);
  });

  test('reopening the adopted report unpublishes it; all of it is in the audit log', async () => {
    await step(town.admin, { transition: 'reopen', comment: 'Fel i utfallet.' });
    expect((await reportOf(town.admin)).state).toMatchObject({
      status: 'draft',
      published: false,
      publishedAt: null,
    });
    expect((await publicReport()).statusCode).toBe(404);
    expect((await publish(town.admin, true)).json().error.code).toBe('reports.not_adopted');
    const log = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?entity=unit_report',
      headers: as(town.admin),
    });
    const entries = log.json<{
      entries: {
        userName: string;
        before: { published?: boolean };
        after: { transition: string };
      }[];
    }>().entries;
    expect(entries.map((e) => e.after.transition)).toEqual([
      'reopen',
      'publish',
      'unpublish',
      'publish',
      'adopt',
      'approve',
      'submit',
    ]);
    expect(entries[0]!.before.published).toBe(true);
    expect(entries[1]!.userName).toBe(town.admin.me.user.name);
  });
});
