import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { PublicReport, PublicReportList } from '#contracts/portal.ts';
import { as, createTestApp, type Session } from '#server/testing.ts';
import { client, type Municipality } from '../org/org.routes.testing.ts';
import { aWorkflowReport } from './workflow/followup.workflow.testing.ts';

/**
 * Publication: an adopted report that an approver (or an administrator) publishes is read by the
 * public without a login; everything else is the same 404. One database for the file; every
 * test has a town of its own whose report it brings to the state it needs.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;
let reader: Session;
let itApprover: Session;

const advance = async (session: Session, body: object) => {
  const response = await r.step(session, { version: await r.version(), ...body });
  expect(response.statusCode).toBe(200);
};
const publish = (session: Session, published: boolean) =>
  r.put(session, `${r.base()}/publication`, { published });
const anonymous = (url: string) => ctx.app.inject({ method: 'GET', url });
const publicReport = (scbCode = r.town.tenant.scbCode, periodId = r.vb, unitId = r.town.slk) =>
  anonymous(`/api/public/${scbCode}/reports/${periodId}/${unitId}`);
const publicList = (scbCode = r.town.tenant.scbCode) => anonymous(`/api/public/${scbCode}/reports`);
const publicTenants = async () =>
  (await anonymous('/api/public/tenants')).json<{ tenants: { scbCode: string }[] }>().tenants;
const notFoundBody = {
  error: { code: 'public.not_found', message: 'There is no published report here' },
};

/** Adopted, then published by the unit's approver. */
async function aPublishedReport() {
  await r.bringTo('adopted');
  expect((await publish(r.approver, true)).statusCode).toBe(200);
}

/** Every key anywhere in a JSON value. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : [];

beforeAll(async () => {
  ctx = await createTestApp();
});
beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
  reader = await r.user([{ role: 'reader', unitId: null }]);
  itApprover = await r.user([{ role: 'approver', unitId: r.town.it }]);
  await r.put(r.reporter, `${r.base()}/indicators/${r.ids.indicator}/outcome`, {
    value: '45',
    version: 0,
  });
  await r.put(r.reporter, `${r.base()}/activities/${r.ids.activity}/report`, {
    status: 'ongoing',
    analysis: 'Hälften av bilarna är bytta.',
    version: 0,
  });
});
afterAll(() => ctx.close());

describe('publishing a report to the public', () => {
  test('a draft, ready or approved report is not public and cannot be published', async () => {
    await r.bringTo('draft');
    for (const transition of [null, 'submit', 'approve'] as const) {
      if (transition)
        await advance(transition === 'submit' ? r.reporter : r.approver, { transition });
      const response = await publicReport();
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(notFoundBody);
      const refused = await publish(r.approver, true);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('reports.not_adopted');
    }
    expect((await publicList()).json<PublicReportList>().reports).toEqual([]);
  });

  test('an adopted report stays private until an approver of the unit publishes it', async () => {
    await r.bringTo('adopted');
    expect((await publicReport()).statusCode).toBe(404);
    expect((await r.reportOf(r.approver)).state.published).toBe(false);
    for (const session of [r.reporter, reader, itApprover])
      expect((await publish(session, true)).statusCode).toBe(403);
    const published = await publish(r.approver, true);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'adopted', published: true });
    expect((await r.reportOf(reader)).state.published).toBe(true);
  });

  test('the public lists and reads it without a session, and sees nothing internal', async () => {
    await aPublishedReport();
    const list = await publicList();
    expect(list.statusCode).toBe(200);
    expect(list.json<PublicReportList>()).toMatchObject({
      tenant: { scbCode: r.town.tenant.scbCode, name: r.town.tenant.name },
      reports: [
        {
          unitId: r.town.slk,
          unitName: 'Stadsledningskontoret',
          periodId: r.vb,
          year: 2024,
          adoptedOn: '2025-02-12',
          decisionRef: 'Dnr 182-70/2025',
        },
      ],
    });
    expect(await publicTenants()).toContainEqual({
      name: r.town.tenant.name,
      scbCode: r.town.tenant.scbCode,
      kind: 'kommun',
    });
    const response = await publicReport();
    expect(response.statusCode).toBe(200);
    const report = response.json<PublicReport>();
    expect(report.unit.name).toBe('Stadsledningskontoret');
    expect(report.goals.find((g) => g.goal.id === r.ids.council)?.assessment).toMatchObject({
      value: 'delvis',
      justification: 'Normvärdet skärps först 2026.',
    });
    expect(report.indicators[0]?.outcome?.value).toBe('45');
    expect(report.activities[0]?.report?.status).toBe('ongoing');
    const internal = ['version', 'updatedAt', 'updatedByName', 'returnComment', 'missing', 'may'];
    expect(keysOf(report).filter((k) => internal.includes(k))).toEqual([]);
    expect(response.body).not.toContain(r.approver.me.user.name);
  });

  test('another municipality, unknown codes and ids all get the same 404', async () => {
    await aPublishedReport();
    const other: Municipality = await client(() => ctx).municipality();
    for (const response of [
      await publicReport(other.tenant.scbCode),
      await publicReport('9999'),
      await publicReport(r.town.tenant.scbCode, r.vb, r.town.it),
      await publicReport(r.town.tenant.scbCode, randomUUID(), r.town.slk),
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
    await aPublishedReport();
    expect((await publish(r.approver, false)).json()).toMatchObject({ published: false });
    expect((await publicReport()).statusCode).toBe(404);
    expect((await publicList()).json<PublicReportList>().reports).toEqual([]);
    expect((await publicTenants()).map((t) => t.scbCode)).not.toContain(r.town.tenant.scbCode);
    expect((await publish(r.town.admin, true)).statusCode).toBe(200);
    expect((await publicReport()).statusCode).toBe(200);
  });

  test('reopening the adopted report unpublishes it; all of it is in the audit log', async () => {
    await aPublishedReport();
    await advance(r.town.admin, { transition: 'reopen', comment: 'Fel i utfallet.' });
    expect((await r.reportOf(r.town.admin)).state).toMatchObject({
      status: 'draft',
      published: false,
      publishedAt: null,
    });
    expect((await publicReport()).statusCode).toBe(404);
    expect((await publish(r.town.admin, true)).json().error.code).toBe('reports.not_adopted');
    const log = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?entity=unit_report',
      headers: as(r.town.admin),
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
      'adopt',
      'approve',
      'submit',
    ]);
    expect(entries[0]!.before.published).toBe(true);
    expect(entries[0]!.userName).toBe(r.town.admin.me.user.name);
  });
});
