import { afterAll, beforeAll, expect } from 'vitest';
import type { NotificationList } from '#contracts/notifications.ts';
import { buildApp } from '#server/app.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { startJobs, type Jobs, type JobsConfig } from '#server/jobs/jobs.ts';
import { FIXED_NOW, as, testConfig, type Session, type TestApp } from '#server/testing.ts';
import { startTestSmtp, type TestSmtp } from './notifications.smtp.testing.ts';

export const PUBLIC_URL = 'https://rodtrad.testby.se';

/**
 * A test app of a file with its job queue running and a real SMTP server taking its e-mail:
 * what main.ts starts, with a short digest window and workers that ask for work often. With
 * `mail: false` the SMTP server runs but the app is not told of it (e-mail is off).
 */
export function notifiedAppPerFile(digestSeconds = 2, { mail = true } = {}) {
  let made: (TestApp & { jobs: Jobs; smtp: TestSmtp; log: string[] }) | undefined;
  beforeAll(async () => {
    const smtp = await startTestSmtp();
    const database = await createTestDatabase();
    const config: JobsConfig = {
      smtpUrl: mail ? smtp.url : undefined,
      mailFrom: 'Rödtråd <rodtrad@testby.se>',
      publicUrl: PUBLIC_URL,
      mailDigestSeconds: digestSeconds,
    };
    const log: string[] = [];
    const jobs = await startJobs({
      db: database.db,
      config,
      now: () => FIXED_NOW,
      log: (line) => log.push(line),
      pollingSeconds: 0.5,
    });
    const app = await buildApp({
      database,
      // no Chromium: an adoption freezes its documents without printing a PDF, so that the
      // steps of a test stay within the short digest window
      config: { ...testConfig, chromiumPath: '/nonexistent/chromium' },
      now: () => FIXED_NOW,
      queue: jobs.queue,
    });
    const close = async () => {
      await app.close();
      await jobs.stop();
      await database.close();
      await smtp.close();
    };
    made = { app, database, jobs, smtp, log, close };
  }, 60_000);
  afterAll(() => made?.close(), 60_000);
  return () => made ?? expect.fail('the test app is made before the first test');
}

/** The person's notifications, as the bell asks for them. */
export async function notificationsOf(ctx: () => TestApp, session: Session) {
  const response = await ctx().app.inject({
    method: 'GET',
    url: '/api/notifications',
    headers: as(session),
  });
  expect(response.statusCode).toBe(200);
  return response.json<NotificationList>();
}

/** Waits until the queue has made the person's notifications (it runs apart from requests). */
export async function waitForNotifications(
  ctx: () => TestApp,
  session: Session,
  count: number,
  ms = 20_000,
): Promise<NotificationList> {
  const until = Date.now() + ms;
  for (;;) {
    const list = await notificationsOf(ctx, session);
    if (list.notifications.length >= count || Date.now() > until) return list;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
