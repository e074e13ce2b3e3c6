import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp } from '#server/testing.ts';
import { aWorkflowReport } from './followup.workflow.testing.ts';

/**
 * The report workflow: draft → ready → (sent back → ready →) approved → adopted → reopened.
 * One database for the file; every test has a town of its own and brings its report to the
 * state it starts from, so the tests pass in any order.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;

beforeAll(async () => {
  ctx = await createTestApp();
});
beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
});
afterAll(() => ctx.close());

describe('the report workflow', () => {
  test('a report with a goal left unassessed cannot be submitted; the missing goal is named', async () => {
    const refused = await r.step(r.reporter, { transition: 'submit', version: 0 });
    expect(refused.statusCode).toBe(422);
    const paths = refused.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual([`missing.${r.ids.council}`, `missing.${r.ids.committee}`]);
    expect((await r.reportOf(r.reporter)).state.status).toBe('draft');
  });

  test('an over-positive assessment blocks submission until it is justified', async () => {
    for (const goalId of [r.ids.council, r.ids.committee]) {
      const saved = await r.put(r.reporter, `${r.base()}/goals/${goalId}/assessment`, {
        value: 'helt',
        analysis: 'Vi bedömer att målet uppfylls.',
        version: 0,
      });
      expect(saved.statusCode).toBe(200);
    }
    await r.put(r.reporter, `${r.base()}/indicators/${r.ids.indicator}/outcome`, {
      value: '45',
      version: 0,
    });
    const refused = await r.step(r.reporter, { transition: 'submit', version: 0 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].message).toMatch(/needs a justification/);
    const justified = await r.put(r.reporter, `${r.base()}/goals/${r.ids.council}/assessment`, {
      value: 'helt',
      analysis: 'Vi bedömer att målet uppfylls.',
      justification: 'Normvärdet skärps först 2026.',
      version: 1,
    });
    expect(justified.statusCode).toBe(200);
  });

  test('the reporter submits; only an approver may send it back, with a comment, or approve it', async () => {
    await r.bringTo('ready');
    const locked = await r.put(r.reporter, `${r.base()}/goals/${r.ids.committee}/assessment`, {
      value: 'inte',
      analysis: 'Ändrat efter inlämning',
      version: 1,
    });
    expect(locked.statusCode).toBe(409);

    const version = await r.version();
    expect((await r.step(r.reporter, { transition: 'approve', version })).statusCode).toBe(403);
    expect((await r.step(r.controller, { transition: 'approve', version })).statusCode).toBe(403);
    const noReason = await r.step(r.approver, { transition: 'send_back', version });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details[0].path).toBe('comment');
    const back = await r.step(r.approver, {
      transition: 'send_back',
      comment: 'Skriv mer om elbilarna.',
      version,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      status: 'draft',
      returnComment: 'Skriv mer om elbilarna.',
    });
  });

  test('a ready report is approved from its current version only, and adopted with the committee’s decision date', async () => {
    await r.bringTo('draft');
    const stale = await r.version();
    expect((await r.step(r.reporter, { transition: 'submit', version: stale })).statusCode).toBe(
      200,
    );
    const conflict = await r.step(r.approver, { transition: 'approve', version: stale });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('reports.conflict');
    expect(
      (await r.step(r.approver, { transition: 'approve', version: await r.version() })).statusCode,
    ).toBe(200);

    const noDate = await r.step(r.approver, { transition: 'adopt', version: await r.version() });
    expect(noDate.statusCode).toBe(422);
    expect(noDate.json().error.details[0].path).toBe('adoptedOn');
    const adopted = await r.step(r.approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      decisionRef: 'Dnr 182-70/2025',
      reason: 'Utfallet kommer först i mars.',
      version: await r.version(),
    });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', adoptedOn: '2025-02-12' });
    const twice = await r.step(r.approver, {
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      version: await r.version(),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('reports.wrong_state');
  });

  test('an adopted report is read-only until an administrator reopens it, with a reason, in the audit log', async () => {
    await r.bringTo('adopted');
    const edit = await r.put(r.town.admin, `${r.base()}/goals/${r.ids.committee}/assessment`, {
      value: 'inte',
      analysis: 'Efterhandsändring',
      version: 1,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('reports.locked');
    const byApprover = await r.step(r.approver, {
      transition: 'reopen',
      comment: 'Fel',
      version: await r.version(),
    });
    expect(byApprover.statusCode).toBe(403);
    const reopened = await r.step(r.town.admin, {
      transition: 'reopen',
      comment: 'Revisorerna hittade ett fel i utfallet.',
      version: await r.version(),
    });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'draft', adoptedOn: null });
    const log = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?entity=unit_report',
      headers: { cookie: r.town.admin.cookie },
    });
    const transitions = log
      .json<{ entries: { after: { transition: string; comment: string } }[] }>()
      .entries.map((e) => e.after.transition);
    expect(transitions).toEqual(['reopen', 'adopt', 'approve', 'submit']);
  });
});
