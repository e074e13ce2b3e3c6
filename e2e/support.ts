import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'rodtrad-demo';

/** Logs in through the login page and waits for the app to show the organisation. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/**
 * Fails with the violations listed when axe finds anything against WCAG 2.1 A and AA, on the
 * whole page or only on the part a selector names.
 */
export async function expectAccessible(page: Page, what: string, part?: string) {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (part ? axe.include(part) : axe).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}

/**
 * axe on the part of the page that changed (a whole report page takes axe many seconds; the
 * whole page is checked in its main states with expectAccessible).
 */
export function expectAccessiblePart(page: Page, selector: string, what: string) {
  return expectAccessible(page, what, selector);
}
