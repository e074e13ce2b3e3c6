import { describe, expect, test } from 'vitest';
import { as, type Session } from '#server/testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { remindDeadlines } from './notifications.deadlines.ts';
import { PUBLIC_URL, notifiedAppPerFile, notificationsOf } from './notifications.testing.ts';

const ctx = notifiedAppPerFile(2);

/** The hourly job as the queue runs it, on a day of our choosing (the town's T2 2024 is due 15 September). */
const runOn = (today: string) =>
  remindDeadlines({
    db: ctx().database.db,
    queue: ctx().jobs.queue,
    mailer: null,
    publicUrl: PUBLIC_URL,
    digestSeconds: 2,
    now: () => new Date(`${today}T08:00:00Z`),
  });

const kindsOf = async (session: Session) =>
  (await notificationsOf(ctx, session)).notifications.map((n) => `${n.kind} ${n.data.periodName}`);

describe('deadline reminders', () => {
  test('the reporters of a unit whose report is a draft are reminded once before the deadline and once after it', async () => {
    const report = await aWorkflowReport(ctx);
    await runOn('2024-09-07');
    expect(await kindsOf(report.reporter)).toEqual([]);

    expect(await runOn('2024-09-08')).toBeGreaterThan(0);
    expect(await kindsOf(report.reporter)).toEqual(['deadline_soon Tertialrapport 2 2024']);
    expect(await kindsOf(report.controller)).toEqual(['deadline_soon Tertialrapport 2 2024']);
    expect(await kindsOf(report.approver)).toEqual([]);

    // every hour, and twice at once, makes nothing new
    const again = await Promise.all([runOn('2024-09-09'), runOn('2024-09-09')]);
    expect(again).toEqual([0, 0]);
    expect(await kindsOf(report.reporter)).toHaveLength(1);

    await runOn('2024-09-16');
    expect(await runOn('2024-09-17')).toBe(0);
    expect(await kindsOf(report.reporter)).toEqual([
      'deadline_passed Tertialrapport 2 2024',
      'deadline_soon Tertialrapport 2 2024',
    ]);
  });

  test('a report that is ready is not reminded of, and the tenant decides how many days before', async () => {
    const report = await aWorkflowReport(ctx);
    const days = await ctx().app.inject({
      method: 'PUT',
      url: '/api/notifications/settings',
      headers: as(report.town.admin),
      payload: { deadlineReminderDays: 3 },
    });
    expect(days.statusCode).toBe(200);
    await runOn('2025-02-11');
    expect(await kindsOf(report.reporter)).toEqual([]);
    await report.bringTo('ready');
    await runOn('2025-02-12');
    expect(await kindsOf(report.reporter)).toEqual([]);
  });
});
