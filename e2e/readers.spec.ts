import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Reads only: no report of the demo changes here.
test.describe.configure({ mode: 'serial' });

const VB_TITLE = 'Uppföljning – Kommunstyrelsen – Verksamhetsberättelse 2015';

async function openKsAnnualReport(page: Page) {
  await page.goto('/followup');
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Kommunstyrelsen' });
  await expect(page.getByRole('heading', { level: 1, name: VB_TITLE })).toBeVisible();
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
}

test('a politician reads what the committee judged and what the evidence shows, without prompts', async ({
  page,
}) => {
  await logIn(page, 'politiker@stockholm.example');
  await openKsAnnualReport(page);
  const goals = page.locator('.followup-goals');
  await expect(goals.locator('.reader-assessment').first()).toContainText('Nämnden bedömer:');
  await expect(goals.locator('.reader-assessment').first()).toContainText('Underlaget pekar på:');
  await expect(goals.getByText('Motivera den.')).toHaveCount(0);
  await expect(goals.getByText(/kan inte markeras som klar/)).toHaveCount(0);
  await expectAccessible(page, 'a report as a politician reads it', '.followup-goals');
});

test('the roll-up draws a stacked bar per KF goal above the table with the same figures', async ({
  page,
}) => {
  await logIn(page, 'politiker@stockholm.example');
  await page.goto('/rollup');
  await page
    .getByLabel('Period', { exact: true })
    .selectOption({ label: 'Verksamhetsberättelse 2015' });
  const picture = page.locator('.rollup-chart [role="img"]');
  await expect(picture).toHaveAttribute('aria-label', /^Stapeldiagram, antal bedömningar per mål/);
  await expect(picture.locator('svg')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Uppfylls helt' }).first()).toBeVisible();
  await expectAccessible(page, 'the roll-up with its chart');
});

test('the audit log names entry types in Swedish and shows logins only when asked', async ({
  page,
}) => {
  await logIn(page, 'admin@stockholm.example');
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  const kind = page.getByLabel('Typ av objekt');
  await expect(kind.locator('option', { hasText: 'Indikatorns utfall' })).toHaveCount(1);
  await expect(kind.locator('option', { hasText: 'indicator_outcome' })).toHaveCount(0);
  const actions = page.locator('.audit-table tbody td:nth-child(4)');
  await expect(actions.filter({ hasText: /^Inloggning$/ })).toHaveCount(0);

  await page.getByLabel('Visa inloggningar och utloggningar').check();
  await page.getByRole('button', { name: 'Filtrera' }).click();
  await expect(page).toHaveURL(/logins=true/);
  await expect(actions.filter({ hasText: /^Inloggning$/ }).first()).toBeVisible();
  await expectAccessible(page, 'the audit log with logins');

  // A report's own history, folded on the report page.
  await openKsAnnualReport(page);
  await page.getByText('Rapportens ändringar').click();
  await expect(
    page
      .getByRole('table', { name: 'Rapportens ändringar, nyaste först' })
      .or(page.getByText('Inga ändringar är loggade för rapporten.')),
  ).toBeVisible();
  await expectAccessible(page, 'a report with its history open', '.report-history');
});

test('the goal tree shows each goal’s status for the chosen period in symbols and words', async ({
  page,
}) => {
  await logIn(page, 'politiker@stockholm.example');
  await page.goto('/goals?year=2015');
  await page
    .getByLabel('Måluppfyllelse för perioden')
    .selectOption({ label: 'Verksamhetsberättelse 2015' });
  await expect(page).toHaveURL(/period=/);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Fäll ut alla' }).click();
  const kf23 = main
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', {
        name: 'KF:s mål 2.3: Stockholm har ren luft och rent vatten',
      }),
    })
    .last();
  // KF goal 2.3 as the committees judge it; its nämndmål as Kommunstyrelsen judges it
  await expect(kf23.locator('.goal-status__others').first()).toContainText(
    /Enheternas bedömning \(\d+ enhet(er)?\): [●◐○] \d+ uppfylls (helt|delvis|inte)/,
  );
  await expect(kf23.locator('.goal-status__own').last()).toContainText(
    /Bedömning: [●◐○–] (Uppfylls (helt|delvis|inte)|Ej rapporterat)/,
  );
  await expectAccessible(page, 'the goal tree with statuses');
});
