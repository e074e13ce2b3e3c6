import { expect, test, type Page } from '@playwright/test';
import type { UnitReport } from '#contracts/followup.ts';
import type { Me } from '#contracts/people.ts';
import type { BudgetYear } from '#contracts/years.ts';
import {
  startTestSmtp,
  type TestSmtp,
} from '../server/modules/notifications/notifications.smtp.testing.ts';
import { expectAccessible, logIn } from './support.ts';

// The server sends its e-mail to this SMTP server (playwright.config.ts passes the port).
let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startTestSmtp(Number(process.env.E2E_SMTP_PORT));
});
test.afterAll(() => smtp?.close());

const REPORTER = 'rapportor@stockholm.example';
const VB_TITLE = 'Uppföljning – Kommunstyrelsen – Verksamhetsberättelse 2015';

/** The demo's 2015 annual report of Kommunstyrelsen, marked ready through the API as its reporter. */
async function readyForReview(page: Page) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as Me;
  const unitId = me.grants.find((g) => g.unitId !== null)!.unitId!;
  const years = (await (await page.request.get('/api/years')).json()) as { years: BudgetYear[] };
  const periodId = years.years
    .find((y) => y.year === 2015)!
    .periods.find((p) => p.key === 'VB')!.id;
  const base = `/api/units/${unitId}/periods/${periodId}`;
  const headers = { 'x-csrf-token': me.csrfToken };
  const reportNow = async () =>
    (await (await page.request.get(`${base}/report`)).json()) as UnitReport;
  // The imported assessments that are more positive than the evidence need a reason first.
  for (const gap of (await reportNow()).missing.filter((m) => m.kind === 'justification')) {
    const { assessment } = (await reportNow()).goals.find((g) => g.goal.id === gap.id)!;
    const saved = await page.request.put(`${base}/goals/${gap.id}/assessment`, {
      headers,
      data: {
        value: assessment!.value,
        analysis: assessment!.analysis,
        justification: 'Nämnden bedömer att åtgärderna ger effekt under året.',
        version: assessment!.version,
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  }
  const report = await reportNow();
  expect(report.state.status).toBe('draft');
  const submitted = await page.request.post(`${base}/transition`, {
    headers,
    data: { transition: 'submit', version: report.state.version },
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return `/followup?year=2015&period=${periodId}&unit=${unitId}`;
}

test('an approver sends the report back: the reporter is told in the app and by an e-mail whose link opens the report', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await logIn(page, REPORTER);
  const address = await readyForReview(page);
  // Earlier specs' steps may have told the reporter things too: those are read already.
  const csrf = ((await (await page.request.get('/api/auth/me')).json()) as Me).csrfToken;
  await page.request.post('/api/notifications/read-all', { headers: { 'x-csrf-token': csrf } });

  const approver = await (await browser.newContext()).newPage();
  await logIn(approver, 'godkannare@stockholm.example');
  await approver.goto(address);
  await expect(approver.getByRole('heading', { level: 1, name: VB_TITLE })).toBeVisible();
  await approver.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await approver.getByLabel('Kommentar till rapportören').fill('Beskriv ekonomin i mål 2.3.');
  await approver.getByRole('button', { name: 'Skicka tillbaka rapporten' }).click();
  await expect(
    approver.getByRole('status').filter({ hasText: 'Rapporten är skickad tillbaka' }),
  ).toBeVisible();

  // In the app: the header counts it, the list says it in Swedish.
  const bell = page.getByRole('link', { name: 'Aviseringar (1)' });
  await expect(async () => {
    await page.reload();
    await expect(bell).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
  const item = page.locator('.notification').first();
  await expect(item).toContainText(
    'Rapporten för Kommunstyrelsen, Verksamhetsberättelse 2015, har skickats tillbaka av Gustav Godkännare. Motivering: Beskriv ekonomin i mål 2.3.',
  );
  await expect(item).toContainText('Oläst');
  await expectAccessible(page, 'the notifications page');

  // By e-mail: plain Swedish with a link that opens the report.
  // (the approver has had one too: the report was ready for review; and an earlier spec's
  // e-mail to the reporter, held back while no SMTP server ran, may come in the same digest)
  const reason = 'Motivering: Beskriv ekonomin i mål 2.3.';
  const toReporter = () =>
    smtp.received.find((m) => m.to.includes(REPORTER) && m.text.includes(reason));
  await expect.poll(toReporter, { timeout: 60_000 }).toBeDefined();
  const mail = toReporter()!;
  expect(mail.subject).toMatch(/^Rödtråd: (en rapport har skickats tillbaka|\d+ nya aviseringar)$/);
  expect(mail.text).toContain('Hej Rut Rapportör!');
  expect(mail.text).toContain(
    'Rapporten för Kommunstyrelsen, Verksamhetsberättelse 2015, har skickats tillbaka av Gustav Godkännare.',
  );
  const link = new RegExp(`${reason}\nÖppna: (\\S+)`).exec(mail.text)![1]!;
  expect(link).toMatch(/^http:\/\/localhost:\d+\/followup\?year=2015&period=/);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: VB_TITLE })).toBeVisible();
  await expect(page.locator('.return-comment')).toContainText('Beskriv ekonomin i mål 2.3.');

  // Read, and a choice saved: no e-mail for a send-back from now on.
  await page.goto('/notifications');
  await page.getByRole('button', { name: 'Markera som läst' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Aviseringen är markerad som läst.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aviseringar', exact: true })).toBeVisible();
  const sentBack = page.getByRole('group', { name: 'En rapport skickas tillbaka' });
  await sentBack.getByRole('checkbox', { name: 'Skicka e-post' }).uncheck();
  await page.getByRole('button', { name: 'Spara valen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dina val är sparade.' })).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'En rapport skickas tillbaka' })
      .getByRole('checkbox', { name: 'Skicka e-post' }),
  ).not.toBeChecked();
  await expectAccessible(page, 'the notifications page with a choice saved');
});
