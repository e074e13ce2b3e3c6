import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

// Kommunkompassen 2021 (the demo's transcription of KK21). The improvement point "Fler
// gemensamma utbildningar kring brukarbemötande, service och tillgänglighet" (area 5) becomes a
// 2015 assignment of Kompetensfonden, a unit under Stadsledningskontoret that no other spec uses.
const POINT = 'Fler gemensamma utbildningar kring brukarbemötande, service och tillgänglighet';

test('the evaluation as printed, its flags, and an improvement point made an assignment', async ({
  page,
}) => {
  await logIn(page, 'controller@stockholm.example');
  await page.getByRole('link', { name: 'Kommunkompassen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kommunkompassen 2021-02' }),
  ).toBeVisible();
  await expect(page.getByTestId('compass-total')).toHaveText('606 av 800 poäng (76 %)');

  const three = page.getByRole('table', { name: /Område 3:/ });
  await expect(three.getByRole('columnheader', { name: '3. Styrning och kontroll' })).toBeVisible();
  await expect(three.getByRole('row', { name: /3\.2 Politisk styrning/ })).toContainText('32');
  await expect(three.getByRole('row', { name: /Summa område 3/ })).toContainText('85');
  // A11: 24/30 printed as 81 %, flagged with both numbers; A10: the sections' other points.
  const four = page.getByRole('table', { name: /Område 4:/ });
  await expect(four.getByRole('row', { name: /4\.2 Jämförelser för effektivitet/ })).toContainText(
    'Avviker: tryckt 81, beräknat 80',
  );
  await expect(
    page.getByText('Delområde 4.2: tryckt 81 %, poängen ger 80 %', { exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Område 1: det detaljerade avsnittet trycker 70 poäng, tabellen 66' }),
  ).toBeVisible();
  await expect(page.getByText(/Ingen tidigare utvärdering finns i systemet/)).toBeVisible();
  await expectAccessible(page, 'the Kommunkompassen page');

  const point = page.getByRole('listitem').filter({ hasText: POINT });
  await point.getByRole('button', { name: 'Gör till aktivitet' }).click();
  const unit = point.getByLabel('Ansvarig enhet');
  const value = await unit
    .locator('option', { hasText: 'Kompetensfonden' })
    .first()
    .getAttribute('value');
  await unit.selectOption(value!);
  await point.getByLabel('År').selectOption('2015');
  await expectAccessible(page, 'the form that makes an improvement point an activity');
  await point.getByRole('button', { name: 'Gör till aktivitet' }).click();
  await expect(point).toContainText(`Uppdrag 2015 för Kompetensfonden: ${POINT}.`);
  await expect(point).toContainText('Status: inte rapporterad');
  await expect(point.getByRole('button', { name: 'Gör till aktivitet' })).toHaveCount(0);

  // A file with a bad cell is refused by row and column, and nothing is stored. (The council's
  // controller or an administrator imports; Kommunstyrelsen's controller may try, so the answer
  // here is the file's problems, found before the permission is asked.)
  await page.getByLabel('Fil med en utvärdering (Excel eller CSV)').setInputFiles({
    name: 'kompassen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Typ;Nr;Text;Uppnått;Max\r\nMånad;;2024-03\r\nOmråde;1;Test;tio;100\r\n'),
  });
  await page.getByRole('button', { name: 'Läs in' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Ingenting har sparats' });
  await expect(problems).toContainText("rad 3, kolumn Uppnått: 'tio' är inget heltal");
  await expectAccessible(page, 'the Kommunkompassen page with a refused file');
  await expect(page.getByLabel('Utvärdering', { exact: true })).toHaveCount(0);
});
