import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Staff key figures of 2015 for two departments under Stadsledningskontoret that no other spec
// uses (Stab, Kommunikationsstab). An import replaces their rows, so running again gives the
// same state; Kommunstyrelsen's own printed figures (the demo's) are not touched.
const PAGE = '/staff-figures?year=2015';
const header = [
  'Enhet',
  'Tillsvidare kvinnor',
  'Tillsvidare män',
  'Schemalagd tid kvinnor',
  'Schemalagd tid män',
  'Sjuktimmar dag 1–14 kvinnor',
  'Sjuktimmar dag 1–14 män',
  'Sjuktimmar dag 15– kvinnor',
  'Sjuktimmar dag 15– män',
].join(';');
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8');

test('a reporter imports staff figures: a bad cell is refused by row and column, a good file is shown with the roll-up', async ({
  page,
}) => {
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto(PAGE);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Personalnyckeltal – Kommunstyrelsen 2015' }),
  ).toBeVisible();
  // The demo's printed 2015 figures with 2014 beside them.
  const own = page.getByRole('table', { name: /Personalnyckeltal 2015 och 2014, Kommunstyrelsen/ });
  await expect(own.getByRole('row', { name: /Sjukfrånvaro totalt/ })).toContainText('2,6');
  await expect(own.getByRole('row', { name: /Sjukfrånvaro totalt/ })).toContainText('1,7');

  const file = page.getByLabel('Fil med personalnyckeltal för 2015');
  await file.setInputFiles({
    name: 'personal-fel.csv',
    mimeType: 'text/csv',
    buffer: csv(
      'Stab;12;8;10000;8000;200;100;300;100',
      'Kommunikationsstab;6;4;2015-06-30;4000;50;40;0;0',
    ),
  });
  await page.getByRole('button', { name: 'Pröva filen' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Filen har 1 fel' });
  await expect(problems).toContainText(
    "rad 3, kolumn Schemalagd tid kvinnor: '2015-06-30' är ett datum",
  );
  await expect(problems).toContainText('Ingenting har sparats.');
  await expectAccessible(page, 'the staff figures page with a refused file');

  await file.setInputFiles({
    name: 'personal.csv',
    mimeType: 'text/csv',
    buffer: csv(
      'Stab;12;8;10000;8000;200;100;300;100',
      'Kommunikationsstab;6;4;5000;4000;50;40;0;0',
    ),
  });
  await page.getByRole('button', { name: 'Pröva filen' }).click();
  await expect(page.getByText('Filen går att läsa in: 2 enheter.')).toBeVisible();
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByText('Nyckeltalen för 2 enheter är importerade.')).toBeVisible();

  // The roll-up adds hours: (700 + 90) / (18 000 + 9 000) = 2,9 %, not the mean of 3,9 and 1,0.
  const rollUp = page.getByRole('table', {
    name: /Personalnyckeltal 2015 per enhet under Kommunstyrelsen/,
  });
  await expect(rollUp.getByRole('columnheader', { name: 'Stab', exact: true })).toBeVisible();
  await expect(rollUp.getByRole('columnheader', { name: 'Kommunikationsstab' })).toBeVisible();
  const sick = rollUp.getByRole('row', { name: /Sjukfrånvaro totalt/ });
  await expect(sick.getByRole('cell').nth(0)).toHaveText('2,6');
  // Units below a unit come in alphabetical order: Kommunikationsstab, then Stab.
  await expect(sick.getByRole('cell').nth(1)).toHaveText('1,0');
  await expect(sick.getByRole('cell').nth(2)).toHaveText('3,9');
  await expect(sick.getByRole('cell').nth(3)).toHaveText('2,9');
  const headcount = rollUp.getByRole('row', { name: /^Antal anställda – / });
  await expect(headcount.getByRole('cell').nth(3)).toHaveText('30');
  await expect(page.getByText(/Går inte att väga .*Kommunstyrelsen/)).toBeVisible();
  await expectAccessible(page, 'the staff figures page after an import');

  // Typed by hand: Stab's leavers. The form comes back at the new version and still says saved.
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Stab' });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Personalnyckeltal – Stab 2015' }),
  ).toBeVisible();
  await page.getByLabel('Avgångar under året').fill('2');
  await page.getByRole('button', { name: 'Spara nyckeltalen' }).click();
  await expect(page.getByText('Nyckeltalen är sparade.')).toBeVisible();
  await expect(page.getByLabel('Avgångar under året')).toHaveValue('2');
});
