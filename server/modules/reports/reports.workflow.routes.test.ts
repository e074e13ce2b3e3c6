import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import type { Municipality } from '../org/org.routes.testing.ts';
import { followUpTown, reporting } from './reports.routes.testing.ts';

/** The report workflow: draft → ready → (sent back → ready →) approved → adopted → reopened. */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: Municipality;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
let vb: string;
let reporter: Session;
let approver: Session;
let controller: Session;
const { base, put, post, reportOf } = reporting(
  () => ctx,
  () => town.slk,
  () => vb,
);
const step = (session: Session, body: object) => post(session, `${base()}/transition`, body);
const version = async () => (await reportOf(town.admin)).state.version;

beforeAll(async () => {
  ctx = await createTestApp();
  ({ town, ids, vb } = await followUpTown(() => ctx));
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx.app, (await buildUser(ctx.database, town.tenant.id, grants)).email);
  reporter = await user([{ role: 'reporter', unitId: town.slk }]);
  approver = await user([{ role: 'approver', unitId: town.slk }]);
  controller = await user([{ role: 'controller', unitId: town.slk }]);
});
afterAll(() => ctx.close());

describe('the report workflow', () => {
  test('a report with a goal left unassessed cannot be submitted; the missing goal is named', async () => {
    const refused = await step(reporter, { transition: 'submit', version: 0 });
    expect(refused.statusCode).toBe(422);
    const paths = refused.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual([`missing.${ids.council}`, `missing.${ids.committee}`]);
    expect((await reportOf(reporter)).state.status).toBe('draft');
  });

  test('an over-positive assessment blocks submission until it is justified', async () => {
    for (const goalId of [ids.council, ids.committee]) {
      const saved = await put(reporter, `${base()}/goals/${goalId}/assessment`, {
        value: 'helt',
        analysis: 'Vi bedömer att målet uppfylls.',
        version: 0,
      });
      expect(saved.statusCode).toBe(200);
    }
    await put(reporter, `${base()}/indicators/${ids.indicator}/outcome`, {
      value: '45',
      version: 0,
    });
    const refused = await step(reporter, { transition: 'submit', version: 0 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].message).toMatch(/needs a justification/);
    const justified = await put(reporter, `${base()}/goals/${ids.council}/assessment`, {
      value: 'helt',
      analysis: 'Vi bedömer att målet uppfylls.',
      justification: 'Normvärdet skärps först 2026.',
      version: 1,
    });
    expect(justified.statusCode).toBe(200);
  });

  test('the reporter submits; only an approver may send it back, with a comment, or approve it', async () => {
    expect((await step(reporter, { transition: 'submit', version: 0 })).statusCode).toBe(200);
    const locked = await put(reporter, `${base()}/goals/${ids.committee}/assessment`, {
      value: 'delvis',
      analysis: 'Ändrat efter inlämning',
      version: 1,
    });
    expect(locked.statusCode).toBe(409);

    expect((await step(reporter, { transition: 'approve', version: 1 })).statusCode).toBe(403);
    expect((await step(controller, { transition: 'approve', version: 1 })).statusCode).toBe(403);
    const noReason = await step(approver, { transition: 'send_back', version: 1 });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details[0].path).toBe('comment');
    const back = await step(approver, {
      transition: 'send_back',
      comment: 'Skriv mer om elbilarna.',
      version: 1,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      status: 'draft',
      returnComment: 'Skriv mer om elbilarna.',
    });
  });

  test('after the fix it is approved and adopted with the committee’s decision date', async () => {
    const fixed = await put(reporter, `${base()}/activities/${ids.activity}/report`, {
      status: 'ongoing',
      analysis: 'Hälften av bilarna är bytta; resten byts under våren.',
      version: 0,
    });
    expect(fixed.statusCode).toBe(200);
    expect(
      (await step(reporter, { transition: 'submit', version: await version() })).statusCode,
    ).toBe(200);
    const stale = await step(approver, { transition: 'approve', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('reports.conflict');
    expect(
      (await step(approver, { transition: 'approve', version: await version() })).statusCode,
    ).toBe(200);

    const noDate = await step(approver, { transition: 'adopt', version: await version() });
    expect(noDate.statusCode).toBe(422);
    expect(noDate.json().error.details[0].path).toBe('adoptedOn');
    const adopted = await step(approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      decisionRef: 'Dnr 182-70/2025',
      version: await version(),
    });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', adoptedOn: '2025-02-12' });
    const twice = await step(approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      version: await version(),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('reports.wrong_state');
  });

  test('an adopted report is read-only until an administrator reopens it, with a reason, in the audit log', async () => {
    const edit = await put(town.admin, `${base()}/goals/${ids.committee}/assessment`, {
      value: 'inte',
      analysis: 'Efterhandsändring',
      version: 1,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('reports.locked');
    expect(
      (await step(approver, { transition: 'reopen', comment: 'Fel', version: await version() }))
        .statusCode,
    ).toBe(403);
    const reopened = await step(town.admin, {
      transition: 'reopen',
      comment: 'Revisorerna hittade ett fel i utfallet.',
      version: await version(),
    });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'draft', adoptedOn: null });
    const log = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?entity=unit_report',
      headers: { cookie: town.admin.cookie },
    });
    const transitions = log
      .json<{ entries: { after: { transition: string; comment: string } }[] }>()
      .entries.map((e) => e.after.transition);
    expect(transitions).toEqual(['reopen', 'adopt', 'approve', 'submit', 'send_back', 'submit']);
  });
});
