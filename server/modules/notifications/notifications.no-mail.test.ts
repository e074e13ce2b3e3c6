import { expect, test } from 'vitest';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { notifiedAppPerFile, waitForNotifications } from './notifications.testing.ts';

const ctx = notifiedAppPerFile(1, { mail: false });

test('without RODTRAD_SMTP_URL the server says e-mail is off, and people are told in the app only', async () => {
  expect(ctx().log).toContain('E-mail: off (set RODTRAD_SMTP_URL to send notifications by e-mail)');
  const report = await aWorkflowReport(ctx);
  await report.bringTo('ready');
  await report.step(report.approver, {
    transition: 'send_back',
    comment: 'Komplettera analysen.',
    version: await report.version(),
  });
  const list = await waitForNotifications(ctx, report.reporter, 1);
  expect(list.notifications.map((n) => n.kind)).toEqual(['sent_back']);
  // a digest would be due a second later; none is asked for
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(ctx().smtp.received).toEqual([]);
});
