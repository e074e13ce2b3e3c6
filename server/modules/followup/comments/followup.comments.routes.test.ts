import { describe, expect, test } from 'vitest';
import type { ReportComment } from '#contracts/report-comments.ts';
import { as, type Session } from '#server/testing.ts';
import {
  notifiedAppPerFile,
  waitForNotifications,
} from '../../notifications/notifications.testing.ts';
import { aWorkflowReport } from '../workflow/followup.workflow.testing.ts';

/**
 * A workflow people trust: adopting or publishing with items still missing needs a recorded
 * reason; send-back comments at goals, indicators and activities; a thread per goal with
 * mentions. One database (with its job queue) for the file; every test has a town of its own.
 */
const ctx = notifiedAppPerFile(2);

const inject = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx().app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

async function auditOf(r: Awaited<ReturnType<typeof aWorkflowReport>>, entity: string) {
  const log = await inject(r.town.admin, 'GET', `/api/audit?entity=${entity}`);
  return log.json<{ entries: { after: Record<string, unknown> }[] }>().entries;
}

const commentsOf = async (r: Awaited<ReturnType<typeof aWorkflowReport>>, who: Session) => {
  const response = await inject(who, 'GET', `${r.base()}/comments`);
  expect(response.statusCode).toBe(200);
  return response.json<{ comments: ReportComment[] }>().comments;
};

describe('adopting and publishing with items missing', () => {
  test('adopting a report with items still missing needs a reason, which is kept on the report and in the audit log', async () => {
    const r = await aWorkflowReport(ctx);
    await r.bringTo('approved');
    expect((await r.reportOf(r.approver)).missing.length).toBeGreaterThan(0);
    const adopt = { transition: 'adopt', adoptedOn: '2025-02-12' };
    const refused = await r.step(r.approver, { ...adopt, version: await r.version() });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual(['reason']);

    const reason = 'Nämnden beslutade trots att utfallet kommer i mars.';
    const adopted = await r.step(r.approver, { ...adopt, reason, version: await r.version() });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', adoptReason: reason });
    expect((await r.reportOf(r.reporter)).state.adoptReason).toBe(reason);
    expect((await auditOf(r, 'unit_report'))[0]!.after).toMatchObject({
      transition: 'adopt',
      adoptReason: reason,
    });
  });

  test('publishing a report with items still missing needs a reason too; nothing missing, none asked', async () => {
    const r = await aWorkflowReport(ctx);
    await r.bringTo('adopted');
    const publish = (body: object) => r.put(r.approver, `${r.base()}/publication`, body);
    const refused = await publish({ published: true });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0]).toMatchObject({
      path: 'reason',
      code: 'followup.missing_reason_required',
    });
    expect((await r.reportOf(r.approver)).state.published).toBe(false);

    const published = await publish({ published: true, reason: 'Invånarna har frågat efter den.' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      published: true,
      publishReason: 'Invånarna har frågat efter den.',
    });
    expect((await auditOf(r, 'unit_report'))[0]!.after).toMatchObject({
      transition: 'publish',
      reason: 'Invånarna har frågat efter den.',
    });
    // unpublishing asks for nothing and forgets the reason
    const unpublished = await publish({ published: false });
    expect(unpublished.json()).toMatchObject({ published: false, publishReason: '' });
  });
});

describe('send-back comments at goals, indicators and activities', () => {
  test('the approver sends back with comments at items; the report’s readers see them at their items', async () => {
    const r = await aWorkflowReport(ctx);
    await r.bringTo('ready');
    const itemComments = [
      { kind: 'goal', id: r.ids.committee, text: 'Skriv mer om orsakerna.' },
      { kind: 'indicator', id: r.ids.indicator, text: 'Utfallet saknas.' },
      { kind: 'activity', id: r.ids.activity, text: 'Är den påbörjad?' },
    ];
    const back = await r.step(r.approver, {
      transition: 'send_back',
      comment: 'Se kommentarerna.',
      itemComments,
      version: await r.version(),
    });
    expect(back.statusCode).toBe(200);
    const shown = await commentsOf(r, r.reporter);
    expect(shown.map((c) => [c.kind, c.targetKind, c.targetId, c.text, c.author?.name])).toEqual(
      itemComments.map((i) => ['send_back', i.kind, i.id, i.text, r.approver.me.user.name]),
    );
    expect((await auditOf(r, 'unit_report'))[0]!.after).toMatchObject({ itemComments });
  });

  test('a comment at something not in the report is refused and nothing is sent back', async () => {
    const r = await aWorkflowReport(ctx);
    await r.bringTo('ready');
    const refused = await r.step(r.approver, {
      transition: 'send_back',
      comment: 'Se kommentaren.',
      itemComments: [{ kind: 'activity', id: r.ids.committee, text: 'Fel slag' }],
      version: await r.version(),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].path).toBe('itemComments.0.id');
    expect((await r.reportOf(r.approver)).state.status).toBe('ready');
    expect(await commentsOf(r, r.approver)).toEqual([]);
  });
});

describe('a thread per goal', () => {
  test('writers and approvers post, readers read; another tenant is refused', async () => {
    const r = await aWorkflowReport(ctx);
    const url = `${r.base()}/goals/${r.ids.committee}/comments`;
    const posted = await inject(r.reporter, 'POST', url, { text: 'Ska vi ta med elbilarna?' });
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({
      kind: 'thread',
      targetKind: 'goal',
      targetId: r.ids.committee,
      author: { id: r.reporter.me.user.id },
    });
    expect(
      (await inject(r.approver, 'POST', url, { text: 'Ja, gärna med siffror.' })).statusCode,
    ).toBe(201);
    const reader = await r.user([{ role: 'reader', unitId: null }]);
    expect((await commentsOf(r, reader)).map((c) => c.text)).toEqual([
      'Ska vi ta med elbilarna?',
      'Ja, gärna med siffror.',
    ]);
    expect((await inject(reader, 'POST', url, { text: 'Får jag?' })).statusCode).toBe(403);

    const elsewhere = await aWorkflowReport(ctx);
    for (const stranger of [elsewhere.reporter, elsewhere.town.admin]) {
      expect((await inject(stranger, 'POST', url, { text: 'Hej' })).statusCode).toBe(404);
      expect((await inject(stranger, 'GET', `${r.base()}/comments`)).statusCode).toBe(404);
    }
    expect((await auditOf(r, 'report_comment')).length).toBe(2);
  });

  test('a mention tells the person; people of another tenant or without access cannot be mentioned', async () => {
    const r = await aWorkflowReport(ctx);
    const url = `${r.base()}/goals/${r.ids.committee}/comments`;
    const people = await inject(r.reporter, 'GET', `${r.base()}/people`);
    const ids = people.json<{ people: { id: string }[] }>().people.map((p) => p.id);
    expect(ids).toContain(r.approver.me.user.id);

    const outsider = await r.user([{ role: 'reporter', unitId: r.town.it }]);
    const elsewhere = await aWorkflowReport(ctx);
    expect(ids).not.toContain(outsider.me.user.id);
    for (const stranger of [outsider, elsewhere.approver]) {
      const refused = await inject(r.reporter, 'POST', url, {
        text: 'Titta här',
        mentions: [stranger.me.user.id],
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.details[0]).toMatchObject({
        path: 'mentions',
        code: 'followup.mention_unknown',
      });
    }

    const mentioned = await inject(r.reporter, 'POST', url, {
      text: 'Kan du läsa analysen?',
      mentions: [r.approver.me.user.id],
    });
    expect(mentioned.statusCode).toBe(201);
    expect(mentioned.json().mentions).toEqual([
      { id: r.approver.me.user.id, name: r.approver.me.user.name },
    ]);
    const list = await waitForNotifications(ctx, r.approver, 1);
    expect(list.notifications[0]).toMatchObject({
      kind: 'mention',
      data: { comment: 'Kan du läsa analysen?', actorName: r.reporter.me.user.name },
    });
  });
});
