import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Complaints, suggestions and surveys of 2015 for Juridiska avdelningen (under
// Stadsledningskontoret), a unit no other spec uses. The demo has no feedback for it, so the
// page starts empty; the spec types counts and a survey, exports, and imports a file that only
// names this unit.
const PAGE = '/feedback?year=2015';
const UNIT = 'Juridiska avdelningen';
const header = 'Enhet;Typ;Kategori;Kanal;Antal';
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8');

test('a reporter types feedback counts and a survey, exports them and imports a file: a bad cell is refused by row and column, a good file is shown', async ({
  page,
}) => {
  await logIn(page, 'rapportor@stockholm.example');
  await page.goto(PAGE);
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: UNIT });
  await expect(
    page.getByRole('heading', { level: 1, name: `Synpunkter och enkäter – ${UNIT} 2015` }),
  ).toBeVisible();
  await expect(
    page.getByText(
      'Inga synpunkter, klagomål eller undersökningar är registrerade för enheten 2015.',
    ),
  ).toBeVisible();

  // Counts by category and channel: a grid row, a column per kind.
  await page.getByLabel('Kategori, rad 1', { exact: true }).fill('Bemötande');
  await page.getByLabel('Kanal, rad 1', { exact: true }).fill('Tyck till');
  await page.getByLabel('Klagomål, rad 1', { exact: true }).fill('12');
  await page.getByLabel('Positiva synpunkter, rad 1', { exact: true }).fill('5');
  await page.getByLabel('Teman', { exact: true }).fill('Svarstider på remisser.');
  // A survey, with how "satisfied" is counted; a share above 100 is named before anything is sent.
  await page.getByRole('button', { name: 'Lägg till undersökning' }).click();
  await page.getByLabel('Namn på undersökningen').fill('Kundundersökning');
  await page.getByLabel('Andel nöjda (%)').fill('101');
  await page.getByLabel('Antal svarande').fill('40');
  await page.getByLabel('Svarsfrekvens (%)').fill('62');
  await page.getByLabel('Skala', { exact: true }).fill('1–5');
  await page.getByLabel('Nöjd räknas som').fill('4–5 på en femgradig skala');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(
    page.getByText('Undersökning 1, Andel nöjda (%): Skriv en andel mellan 0 och 100.'),
  ).toBeVisible();
  await page.getByLabel('Andel nöjda (%)').fill('81,5');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Synpunkter och enkäter är sparade.')).toBeVisible();

  const totals = page.getByRole('table', { name: `Synpunkter 2015 och 2014, ${UNIT}` });
  await expect(totals.getByRole('row', { name: /^Klagomål/ })).toContainText('12');
  await expect(totals.getByRole('row', { name: /^Totalt/ })).toContainText('17');
  const surveys = page.getByRole('table', { name: 'Kund- och brukarundersökningar 2015' });
  const survey = surveys.getByRole('row', { name: /Kundundersökning/ });
  await expect(survey).toContainText('81,5');
  await expect(survey).toContainText('4–5 på en femgradig skala');
  await expectAccessible(page, 'the feedback page after a save');

  // The export is the import's file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ned årets synpunkter (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('synpunkter-2015.csv');
  const exported = await readFile((await download.path())!, 'utf8');
  expect(exported).toContain(`${UNIT};;Klagomål;Bemötande;Tyck till;12`);
  expect(exported).toContain(`${UNIT};;Beröm;Bemötande;Tyck till;5`);

  // A file with a bad cell imports nothing and names the row and the column.
  const file = page.getByLabel('Fil med synpunkter eller enkäter för 2015');
  await file.setInputFiles({
    name: 'synpunkter-fel.csv',
    mimeType: 'text/csv',
    buffer: csv(
      `${UNIT};Klagomål;Bemötande;Tyck till;12`,
      `${UNIT};Klagomål;Handläggningstid;Telefon;tolv`,
    ),
  });
  await page.getByRole('button', { name: 'Pröva filen' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Filen har 1 fel' });
  await expect(problems).toContainText("rad 3, kolumn Antal: 'tolv' är inget tal");
  await expect(problems).toContainText('Ingenting har sparats.');
  await expectAccessible(page, 'the feedback page with a refused file');

  // A good file replaces the unit's counts; the themes and the survey stay.
  await file.setInputFiles({
    name: 'synpunkter.csv',
    mimeType: 'text/csv',
    buffer: csv(
      `${UNIT};Klagomål;Bemötande;Tyck till;12`,
      `${UNIT};Klagomål;Handläggningstid;Telefon;7`,
      `${UNIT};Förbättringsförslag;Webbplatsen;E-post;3`,
    ),
  });
  await page.getByRole('button', { name: 'Pröva filen' }).click();
  await expect(page.getByText('Filen går att läsa in: 1 enheter.')).toBeVisible();
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(
    page.getByText('Synpunkter och enkäter för 1 enheter är importerade.'),
  ).toBeVisible();
  await expect(totals.getByRole('row', { name: /^Klagomål/ })).toContainText('19');
  await expect(totals.getByRole('row', { name: /^Förbättringsförslag/ })).toContainText('3');
  await expect(totals.getByRole('row', { name: /^Totalt/ })).toContainText('22');
  const byCategory = page.getByRole('table', {
    name: 'Synpunkter 2015 per kategori och kanal',
    exact: true,
  });
  await expect(byCategory.getByRole('row', { name: /Handläggningstid/ })).toContainText('Telefon');
  await expect(page.getByText('Svarstider på remisser.').first()).toBeVisible();
  await expect(surveys.getByRole('row', { name: /Kundundersökning/ })).toContainText('1–5');
  // The form shows what was imported.
  await expect(page.getByLabel('Kategori, rad 2', { exact: true })).toHaveValue('Handläggningstid');
  await expectAccessible(page, 'the feedback page after an import');
});
