import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

test('the login page refuses a wrong password and lets the right one in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expectAccessible(page, 'the login page');

  await page.getByLabel('E-postadress').fill('admin@stockholm.example');
  await page.getByLabel('Lösenord').fill('fel lösenord!');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Fel e-postadress eller lösenord.')).toBeVisible();
  await expectAccessible(page, 'the login page with an error');

  await page.getByLabel('Lösenord').fill('rodtrad-demo');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
});

test('the tree shows the executive office before and after the reorganisation of 2007-01-01', async ({
  page,
}) => {
  await logIn(page, 'admin@stockholm.example');

  await page.goto('/org?date=2006-12-31');
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { name: 'Organisationen den 31 december 2006' }),
  ).toBeVisible();
  await main.getByRole('button', { name: 'Fäll ut alla' }).click();
  for (const name of [
    'Ekonomi',
    'Utveckling',
    'Infrastruktur',
    'Välfärd och utbildning',
    'Kommunikation',
  ])
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Finansavdelningen', exact: true })).toHaveCount(0);
  await expectAccessible(page, 'the tree at 2006-12-31');

  // Choosing the date in the field changes the tree.
  await page.getByLabel('Visa organisationen per datum').fill('2007-01-01');
  await expect(
    main.getByRole('heading', { name: 'Organisationen den 1 januari 2007' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/date=2007-01-01/);
  await main.getByRole('button', { name: 'Fäll ut alla' }).click();
  for (const name of [
    'Stab',
    'Kommunikationsstab',
    'Finansavdelningen',
    'Förnyelseavdelningen',
    'IT-avdelningen',
  ])
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Ekonomi', exact: true })).toHaveCount(0);
  await expectAccessible(page, 'the tree at 2007-01-01');

  // What became of Kommunikation: the communications staff took over.
  await page.goto('/org?date=2006-12-31');
  await main.getByRole('button', { name: 'Fäll ut alla' }).click();
  await main.getByRole('link', { name: 'Kommunikation', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunikation' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Vad blev det av enheten?' }),
  ).toBeVisible();
  const fate = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: 'Kommunikationsstab' });
  await expect(fate).toContainText('Efterträdare den 1 januari 2007');
  await expectAccessible(page, 'the history of a unit');
});

test('an administrator runs a reorganisation with a preview, and finds it in the audit log', async ({
  page,
}) => {
  await logIn(page, 'admin@stockholm.example');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Omorganisera' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Omorganisera' })).toBeVisible();
  await expectAccessible(page, 'the wizard, step 1');

  // A missing title is named, and the wizard stays on the step.
  await page.getByRole('button', { name: 'Nästa: ändringar' }).click();
  await expect(page.getByText('Fyll i fältet.').first()).toBeVisible();
  await expectAccessible(page, 'the wizard with errors');

  await page.getByLabel('Rubrik').fill('IT blir digitalisering');
  await page.getByLabel('Gäller från (datum)').fill('2008-01-01');
  await page.getByLabel('Beslutsdatum').fill('2007-11-20');
  await page.getByLabel('Diarienummer').fill('041-1234/2007');
  await page.getByRole('button', { name: 'Nästa: ändringar' }).click();

  await page.getByLabel('Typ av ändring').selectOption({ label: 'Byt namn' });
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'IT-avdelningen' });
  await page.getByLabel('Nytt namn').fill('Digitaliseringsavdelningen');
  await page.getByRole('button', { name: 'Lägg till ändringen' }).click();
  await expect(
    page.getByText('Byt namn på IT-avdelningen till Digitaliseringsavdelningen', { exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'the wizard, step 2');

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('heading', { name: 'Sammanfattning' })).toBeVisible();
  await expect(page.getByText('IT-avdelningen → Digitaliseringsavdelningen').first()).toBeVisible();
  await expectAccessible(page, 'the preview');

  // Nothing is written by the preview.
  const before = await page.request.get('/api/org/units?date=2008-01-01');
  expect(JSON.stringify(await before.json())).not.toContain('Digitaliseringsavdelningen');

  await page.getByRole('button', { name: 'Genomför omorganisationen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'IT blir digitalisering' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Omorganisationen är genomförd.' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('041-1234/2007');
  await expectAccessible(page, 'the recorded reorganisation');

  await page.goto('/org?date=2008-01-01');
  await page.getByRole('main').getByRole('button', { name: 'Fäll ut alla' }).click();
  await expect(
    page.getByRole('link', { name: 'Digitaliseringsavdelningen', exact: true }),
  ).toBeVisible();
  await page.goto('/org?date=2007-12-31');
  await page.getByRole('main').getByRole('button', { name: 'Fäll ut alla' }).click();
  await expect(page.getByRole('link', { name: 'IT-avdelningen', exact: true })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Granskningslogg' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Omorganisation' }).first();
  await expect(row).toContainText('Alva Administratör');
  await row.getByText('Visa ändringar').click();
  await expect(row).toContainText('IT blir digitalisering');
  await expectAccessible(page, 'the audit log');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exportera CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
});
