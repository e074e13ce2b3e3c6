import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Kommunstyrelsen 2015 has no investment account in the demo: this spec types one, checks it,
// and saves it empty again at the end (other specs do not read the statements).
const PAGE = '/economy?year=2015';

test('a controller types the investment account in its printed layout: a bad amount is named by row and column, a good one is saved and checked', async ({
  page,
}) => {
  await logIn(page, 'controller@stockholm.example');
  await page.goto(PAGE);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ekonomi – Kommunstyrelsen 2015' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Ändra investeringsredovisningen' }).click();
  await page.getByRole('button', { name: 'Lägg till en rad' }).click();
  await page.getByLabel('Namn på rad 1').fill('E2E-skolan');
  const cell = (column: string) =>
    page.getByLabel(`rad 1 (E2E-skolan), ${column}`, { exact: true });
  await cell('Utgiftsram').fill('120,5');
  await cell('Utfall sedan start').fill('100');
  await cell('Avvikelse sedan start').fill('20');
  await cell('Budget 2015').fill('30');
  await cell('Utfall 2015').fill('tio');
  await page.getByRole('button', { name: 'Spara investeringsredovisningen' }).click();

  // Refused at the cell and in the summary, named by its row and column; nothing is saved.
  await expect(cell('Utfall 2015')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: /rad 1 \(E2E-skolan\), Utfall 2015/ })).toBeVisible();
  await expectAccessible(page, 'the investment account form with a bad amount');

  await cell('Utfall 2015').fill('25');
  await cell('Avvikelse 2015').fill('5');
  await page.getByRole('button', { name: 'Spara investeringsredovisningen' }).click();
  await expect(
    page.getByText('Sparat. Tabellen och kontrollen ovan visar det sparade.'),
  ).toBeVisible();
  const table = page.getByRole('table', { name: /Investeringar per projekt 2015/ });
  await expect(table.getByRole('row', { name: /E2E-skolan/ })).toContainText('120,5');
  // 120,5 − 100 is 0,5 more than the printed 20: flagged, with both numbers.
  await expect(page.getByText(/beräknat 20,5/).first()).toBeVisible();
  await expectAccessible(page, 'the saved investment account');

  // Every finding's links lead to places on the page.
  const hrefs = await page
    .locator('.economy-finding__places a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  for (const id of hrefs) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);

  // Put it back as it was: no rows.
  await page.getByRole('button', { name: 'Ta bort rad 1 (E2E-skolan)' }).click();
  await page.getByRole('button', { name: 'Spara investeringsredovisningen' }).click();
  await expect(table).toHaveCount(0);
});
