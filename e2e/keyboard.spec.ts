import { expect, test, type Page } from '@playwright/test';
import { expectAccessiblePart, logIn } from './support.ts';

const NO2 = 'Antal dygn över normvärdet för kvävedioxid i luft';
const BARNOMSORG =
  'Kommunstyrelsen ska tillsammans med stadsdelsnämnderna och utbildningsnämnden förbättra möjligheten att få barnomsorg på obekväm arbetstid.';

/** Tertial 1 2015 of Kommunstyrelsen, with its goals mounted. */
async function openTertial1(page: Page) {
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto('/followup');
  await page.getByLabel('År', { exact: true }).selectOption({ label: '2015' });
  await page
    .getByLabel('Period', { exact: true })
    .selectOption({ label: 'Tertialrapport 1 2015 – senast 15 maj 2015' });
  await expect(page.locator('.followup-goals')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
}

test('arrowing through a closed status select saves once, the value left on', async ({ page }) => {
  await openTertial1(page);
  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/activities/'))
      saves.push(request.postData() ?? '');
  });
  const select = page.getByLabel(`Status – ${BARNOMSORG}`);
  await select.focus();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  const chosen = await select.inputValue();
  expect(chosen).not.toBe('');
  // Stepping shows each value and saves none of them …
  await page.waitForTimeout(500);
  expect(saves).toEqual([]);
  // … leaving the field saves the one it stopped on.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Status sparad' })).toBeAttached();
  expect(saves).toHaveLength(1);
  expect(JSON.parse(saves[0]!)).toMatchObject({ status: chosen });
});

test('the outcome dialog opens with focus in its first field, not on Stäng', async ({ page }) => {
  await openTertial1(page);
  await page
    .getByRole('button', { name: `Ändra utfall – ${NO2}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Periodens utfall', { exact: true })).toBeFocused();
  await expectAccessiblePart(page, 'dialog', 'the outcome dialog');
});

test('dates are written and shown as YYYY-MM-DD in either language', async ({ page }) => {
  await logIn(page, 'politiker@stockholm.example');
  await page.goto('/org');
  const date = page.getByLabel('Visa organisationen per datum');
  await expect(date).toHaveAttribute('placeholder', 'ÅÅÅÅ-MM-DD');
  await date.fill('2006-12-31');
  await expect(
    page.getByRole('heading', { name: 'Organisationen den 31 december 2006' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByLabel('Show the organisation on date');
  await expect(english).toHaveValue('2006-12-31');
  await expect(english).toHaveAttribute('placeholder', 'YYYY-MM-DD');
});
