import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

test('an administrator creates a user and grants a role on a unit', async ({ page }) => {
  await logIn(page, 'admin@stockholm.example');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Användare' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Användare och roller' })).toBeVisible();
  await expectAccessible(page, 'the users page');

  await page.getByLabel('Namn', { exact: true }).fill('Nora Nyanställd');
  await page.getByLabel('E-postadress', { exact: true }).fill('nora@stockholm.example');
  await page.getByLabel('Lösenord', { exact: true }).fill('ett långt lösenord');
  await page.getByRole('button', { name: 'Skapa användare' }).click();
  await expect(page.getByText('Användaren Nora Nyanställd är skapad.')).toBeVisible();

  await page
    .getByLabel('Användare', { exact: true })
    .selectOption({ label: 'Nora Nyanställd (nora@stockholm.example)' });
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Rapportör' });
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Finansavdelningen' });
  await page.getByRole('button', { name: 'Ge rollen' }).click();
  await expect(page.getByText('Nora Nyanställd har fått rollen Rapportör.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'nora@stockholm.example' });
  await expect(row).toContainText('Rapportör – Finansavdelningen');
  await expectAccessible(page, 'the users page after a grant');

  // The new user logs in and sees neither the administration pages nor their links.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await logIn(page, 'nora@stockholm.example', 'ett långt lösenord');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Organisation' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Användare' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Granskningslogg' })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByText('Ingen behörighet')).toBeVisible();
  await expectAccessible(page, 'the forbidden page');
});

test('the app switches to English and back, and keeps the choice', async ({ page }) => {
  await logIn(page, 'politiker@stockholm.example');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expectAccessible(page, 'the organisation page in English');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
});

test('the pages work at a phone width with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeFocused();
  await page.getByLabel('E-postadress').focus();
  await page.keyboard.type('controller@stockholm.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('rodtrad-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await expectAccessible(page, 'the organisation page at phone width');
});
