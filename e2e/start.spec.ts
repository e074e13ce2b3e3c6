import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Other specs add years (direct-goal.spec adds 2017): the page is about the year whose deadline
// passed last, so these tests name no year.
const VB = /Kommunstyrelsen – Verksamhetsberättelse \d{4}/;

test('a reporter starts on what they have to do, and goes straight to the report', async ({
  page,
}) => {
  await logIn(page, 'rapportor@stockholm.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
  const mine = page.getByRole('table', { name: 'Rapporter du skriver' });
  const row = mine.getByRole('row').filter({ hasText: VB }).first();
  // Every deadline of the demo's years has passed: late, in words as well as in red.
  await expect(row).toContainText(/försenad, sista dag var för \d+ dagar sedan/);
  await expect(row).toContainText(/\d+ saker?|Inget/);
  await expectAccessible(page, 'the reporter’s start page');
  await row.getByRole('link', { name: VB }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Uppföljning – Kommunstyrelsen – Verksamhetsberättelse \d{4}$/,
  );
});

test('a controller sees every unit with its status and filters the late ones', async ({ page }) => {
  await logIn(page, 'controller@stockholm.example');
  const overview = page.getByRole('table', { name: 'Enheternas rapporter' });
  await expect(overview.getByRole('row').filter({ hasText: 'Kommunstyrelsen' })).toBeVisible();
  await page.getByLabel('Visa status').selectOption({ label: 'Fastställd' });
  await expect(page.getByText('Inga enheter matchar urvalet.')).toBeVisible();
  await page.getByLabel('Visa status').selectOption({ label: 'Alla' });
  await page.getByLabel('Bara försenade').check();
  await expect(overview.getByRole('row').filter({ hasText: 'Kommunstyrelsen' })).toBeVisible();
  await expectAccessible(page, 'the controller’s start page');
});

test('a politician sees the council goals and how the committees assess them', async ({ page }) => {
  await logIn(page, 'politiker@stockholm.example');
  const goals = page.getByRole('table', { name: /Kommunfullmäktiges mål/ });
  await expect(goals.getByRole('columnheader', { name: 'Uppfylls helt' })).toBeVisible();
  await expect(goals.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rapporter du skriver' })).toHaveCount(0);
  await expectAccessible(page, 'the politician’s start page');
  await page.getByRole('link', { name: 'Till sammanställningen per mål' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sammanställning');
});
