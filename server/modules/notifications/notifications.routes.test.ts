import { describe, expect, test } from 'vitest';
import type { NotificationPreferences } from '#contracts/notifications.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { as, buildUser, login, type Session } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { notifyMention } from './notifications.jobs.ts';
import {
  PUBLIC_URL,
  notifiedAppPerFile,
  notificationsOf,
  waitForNotifications,
} from './notifications.testing.ts';

const ctx = notifiedAppPerFile(2);

const inject = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx().app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

async function choose(session: Session, preferences: NotificationPreferences['preferences']) {
  const saved = await inject(session, 'PUT', '/api/notifications/preferences', { preferences });
  expect(saved.statusCode).toBe(200);
}

describe('notifications of a report sent back', () => {
  test('the reporter sees it in the app and gets a plain Swedish e-mail whose link opens the report', async () => {
    const report = await aWorkflowReport(ctx);
    await report.bringTo('ready');
    const before = ctx().smtp.received.length;
    const sentBack = await report.step(report.approver, {
      transition: 'send_back',
      comment: 'Analysen av målet saknar siffror.',
      version: await report.version(),
    });
    expect(sentBack.statusCode).toBe(200);

    const list = await waitForNotifications(ctx, report.reporter, 1);
    expect(list.unread).toBe(1);
    expect(list.notifications[0]).toMatchObject({
      kind: 'sent_back',
      unitId: report.town.slk,
      periodId: report.vb,
      data: {
        comment: 'Analysen av målet saknar siffror.',
        actorName: report.approver.me.user.name,
      },
      readAt: null,
    });

    // the approver was told the report was ready, the office's controller is told too
    const to = report.reporter.me.user.email;
    const mine = () =>
      ctx()
        .smtp.received.slice(before)
        .filter((m) => m.to.includes(to));
    await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(1);
    const mail = mine()[0]!;
    expect(mail.subject).toBe('Rödtråd: en rapport har skickats tillbaka');
    expect(mail.text).toContain(`Hej ${report.reporter.me.user.name}!`);
    expect(mail.text).toContain('har skickats tillbaka av');
    expect(mail.text).toContain('Motivering: Analysen av målet saknar siffror.');
    const link = /Öppna: (\S+)/.exec(mail.text)![1]!;
    expect(link).toBe(`${PUBLIC_URL}${list.notifications[0]!.link}`);
    const place = new URL(link).searchParams;
    const opened = await inject(
      report.reporter,
      'GET',
      `/api/units/${place.get('unit')}/periods/${place.get('period')}/report`,
    );
    expect(opened.statusCode).toBe(200);
    expect(opened.json<{ state: { status: string } }>().state.status).toBe('draft');

    // the approver who sent it back is told that it was ready, never about their own act
    const approverKinds = (await notificationsOf(ctx, report.approver)).notifications.map(
      (n) => n.kind,
    );
    expect(approverKinds).toEqual(['ready_for_review']);
  });

  test('three messages to one person within the window come as one e-mail', async () => {
    const report = await aWorkflowReport(ctx);
    const everything = (['sent_back', 'approved', 'adopted'] as const).map((kind) => ({
      kind,
      inApp: true,
      email: true,
    }));
    await choose(report.reporter, everything);
    await report.bringTo('ready');
    const move = async (body: object) =>
      expect(
        (await report.step(report.approver, { ...body, version: await report.version() }))
          .statusCode,
      ).toBe(200);
    await move({ transition: 'send_back', comment: 'Komplettera.' });
    await report.step(report.reporter, { transition: 'submit', version: await report.version() });
    await move({ transition: 'approve' });
    await move({
      transition: 'adopt',
      adoptedOn: '2025-02-12',
      decisionRef: 'Dnr 1/2025',
      reason: 'Utfallen kommer med bokslutet.',
    });

    await waitForNotifications(ctx, report.reporter, 3);
    const to = report.reporter.me.user.email;
    await expect
      .poll(() => ctx().smtp.received.filter((m) => m.to.includes(to)).length, { timeout: 20_000 })
      .toBe(1);
    const mail = ctx().smtp.received.find((m) => m.to.includes(to))!;
    expect(mail.subject).toBe('Rödtråd: 3 nya aviseringar');
    expect(mail.text).toContain('har skickats tillbaka');
    expect(mail.text).toContain('har godkänts');
    expect(mail.text).toContain('har fastställts');
    expect(mail.text.match(/Öppna: /g)).toHaveLength(3);
  });

  test('a person who turned a kind off gets neither the message nor the e-mail', async () => {
    const report = await aWorkflowReport(ctx);
    await choose(report.reporter, [{ kind: 'sent_back', inApp: false, email: false }]);
    const colleague = await report.user([{ role: 'reporter', unitId: report.town.slk }]);
    await choose(colleague, [{ kind: 'sent_back', inApp: true, email: false }]);
    await report.bringTo('ready');
    await report.step(report.approver, {
      transition: 'send_back',
      comment: 'Nej.',
      version: await report.version(),
    });
    expect((await waitForNotifications(ctx, colleague, 1)).notifications).toHaveLength(1);
    expect((await notificationsOf(ctx, report.reporter)).notifications).toEqual([]);
    // the approver's digest for the submission goes out; none to the reporters
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const to = ctx().smtp.received.flatMap((m) => m.to);
    expect(to).not.toContain(report.reporter.me.user.email);
    expect(to).not.toContain(colleague.me.user.email);
  });
});

describe('mentions', () => {
  test('the people a comment names are told once its transaction commits, the writer not', async () => {
    const report = await aWorkflowReport(ctx);
    const writer = report.controller.me.user;
    await inTransaction(ctx().database.db, (tx) =>
      notifyMention(ctx().jobs.queue, tx, {
        tenantId: report.town.tenant.id,
        unitId: report.town.slk,
        periodId: report.vb,
        actorId: writer.id,
        comment: 'Kan du se över mål 1.1?',
        userIds: [report.reporter.me.user.id, writer.id],
      }),
    );
    const [told] = (await waitForNotifications(ctx, report.reporter, 1)).notifications;
    expect(told).toMatchObject({
      kind: 'mention',
      data: { actorName: writer.name, comment: 'Kan du se över mål 1.1?' },
    });
    expect((await notificationsOf(ctx, report.controller)).notifications).toEqual([]);
  });
});

describe('a person’s own notifications', () => {
  test('are marked read one by one or all at once, and nobody else can touch them', async () => {
    const report = await aWorkflowReport(ctx);
    await report.bringTo('ready');
    const [first] = (await waitForNotifications(ctx, report.approver, 1)).notifications;
    const stranger = await login(
      ctx().app,
      (await buildUser(ctx().database, report.town.tenant.id)).email,
    );
    const refused = await inject(stranger, 'POST', `/api/notifications/${first!.id}/read`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ error: { code: 'notifications.not_found' } });
    expect((await notificationsOf(ctx, stranger)).notifications).toEqual([]);

    const read = await inject(report.approver, 'POST', `/api/notifications/${first!.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ unread: 0, notifications: [{ id: first!.id }] });
    const all = await inject(report.approver, 'POST', '/api/notifications/read-all');
    expect(all.json()).toMatchObject({ unread: 0 });
  });

  test('preferences start from the defaults and keep what the person chose', async () => {
    const report = await aWorkflowReport(ctx);
    const defaults = await inject(report.reporter, 'GET', '/api/notifications/preferences');
    const byKind = Object.fromEntries(
      defaults.json<NotificationPreferences>().preferences.map((p) => [p.kind, p]),
    );
    expect(byKind.sent_back).toEqual({ kind: 'sent_back', inApp: true, email: true });
    expect(byKind.approved).toEqual({ kind: 'approved', inApp: true, email: false });
    await choose(report.reporter, [{ kind: 'approved', inApp: false, email: true }]);
    const after = await inject(report.reporter, 'GET', '/api/notifications/preferences');
    expect(after.json<NotificationPreferences>().preferences).toContainEqual({
      kind: 'approved',
      inApp: false,
      email: true,
    });
    const twice = await inject(report.reporter, 'PUT', '/api/notifications/preferences', {
      preferences: [
        { kind: 'approved', inApp: true, email: true },
        { kind: 'approved', inApp: false, email: true },
      ],
    });
    expect(twice.statusCode).toBe(422);
  });

  test('an administrator sets the days before a deadline that reminders start', async () => {
    const report = await aWorkflowReport(ctx);
    const admin = report.town.admin;
    expect((await inject(admin, 'GET', '/api/notifications/settings')).json()).toEqual({
      deadlineReminderDays: 7,
    });
    const saved = await inject(admin, 'PUT', '/api/notifications/settings', {
      deadlineReminderDays: 14,
    });
    expect(saved.statusCode).toBe(200);
    expect((await inject(admin, 'GET', '/api/notifications/settings')).json()).toEqual({
      deadlineReminderDays: 14,
    });
    const bad = await inject(admin, 'PUT', '/api/notifications/settings', {
      deadlineReminderDays: 0,
    });
    expect(bad.statusCode).toBe(422);
  });
});
