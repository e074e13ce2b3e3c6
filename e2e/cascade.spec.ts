import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

test('a politician follows the 2015 cascade down from an inriktningsmål and up from Kommunstyrelsen', async ({
  page,
}) => {
  await logIn(page, 'politiker@stockholm.example');
  await page.goto('/goals?year=2015');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'Målkedjan 2015' })).toBeVisible();

  // The inriktningsmål show, folded; KF goal 2.3 is not shown until inriktningsmål 2 is opened.
  const direction = main.getByRole('button', {
    name: 'Inriktningsmål 2: Ett klimatsmart Stockholm',
  });
  await expect(direction).toHaveAttribute('aria-expanded', 'false');
  const kf23 = page.getByRole('heading', {
    name: 'KF:s mål 2.3: Stockholm har ren luft och rent vatten',
  });
  await expect(kf23).toBeHidden();
  await expectAccessible(page, 'the 2015 cascade');

  // Open it with the keyboard.
  await direction.focus();
  await page.keyboard.press('Enter');
  await expect(direction).toHaveAttribute('aria-expanded', 'true');
  await expect(kf23).toBeVisible();
  await kf23.getByRole('button').click();
  // The innermost list item holding the heading: the goal's own.
  const item = main.getByRole('listitem').filter({ has: kf23 }).last();
  await expect(
    item.getByRole('heading', {
      name: 'Nämndmål: Stadens klimat- och miljöarbete är en förebild för andra',
    }),
  ).toBeVisible();
  await expect(item).toContainText('Ägare: Kommunstyrelsen');
  // A nämndmål links to its committee's follow-up.
  await expect(item.getByRole('link', { name: /^Uppföljning: Kommunstyrelsen/ })).toHaveAttribute(
    'href',
    /\/followup\?year=2015&period=[0-9a-f-]{36}&unit=[0-9a-f-]{36}/,
  );
  await expectAccessible(page, 'the cascade with inriktningsmål 2 open');

  // Down from KF goal 2.3: what serves it.
  await item.getByRole('link', { name: /^Vad bidrar till målet\? KF:s mål 2\.3/ }).click();
  await expect(page).toHaveURL(/goal=/);
  // The view was replaced under the link: focus moves to the new view's heading.
  await expect(main.getByRole('heading', { name: 'Vad bidrar till målet' })).toBeFocused();
  await expect(
    main.getByRole('link', { name: 'Inriktningsmål 2: Ett klimatsmart Stockholm' }),
  ).toBeVisible();
  await expectAccessible(page, 'down from KF goal 2.3');

  // Up from Kommunstyrelsen: its nämndmål and every goal above them, all open.
  await main.getByRole('link', { name: 'Visa hela målkedjan' }).click();
  await page.getByLabel('Vad bidrar en enhet till?').selectOption({ label: 'Kommunstyrelsen' });
  await expect(page).toHaveURL(/unit=/);
  await expect(main.getByRole('heading', { name: 'Kommunstyrelsen bidrar till' })).toBeVisible();
  await expect(main).toContainText('Kommunstyrelsen äger 21 mål 2015.');
  await expect(kf23).toBeVisible();
  const own = main.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /^Nämndmål: Stadens klimat- och miljöarbete/ }),
  });
  await expect(own.last()).toContainText('Enhetens mål');
  // Its activities in the period link to the activity's page.
  const kf11 = main
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^KF:s mål 1\.1:/ }) })
    .last();
  await kf11.getByText('Aktiviteter (1)').first().click();
  await expect(kf11.getByRole('link', { name: /barnomsorg på obekväm arbetstid/ })).toBeVisible();
  await expectAccessible(page, 'up from Kommunstyrelsen');

  await kf11.getByRole('link', { name: /barnomsorg på obekväm arbetstid/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /barnomsorg på obekväm arbetstid/ }),
  ).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Rapporterna sida vid sida' })).toBeVisible();
  await expect(main.getByRole('heading', { level: 3, name: 'Kommunstyrelsen' })).toBeVisible();
  await expect(main).toContainText('Ansvarig');
  await expectAccessible(page, 'the activity’s reports side by side');
});

test('the roll-up of VB 2015 flags KF goal 2.3: written helt, the evidence says delvis', async ({
  page,
}) => {
  await logIn(page, 'politiker@stockholm.example');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Sammanställning' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammanställning' })).toBeVisible();
  await page.getByLabel('Period').selectOption({ label: 'Verksamhetsberättelse 2015' });
  const main = page.getByRole('main');
  await expect(
    main.getByRole('table', { name: 'Bedömningar per mål, Verksamhetsberättelse 2015' }),
  ).toBeVisible();
  await expectAccessible(page, 'the roll-up of VB 2015');

  await page.getByLabel('Visa bara avvikelser från underlaget').check();
  await expect(page).toHaveURL(/only=true/);
  const table = main.getByRole('table', {
    name: 'Bedömningar av KF:s mål 2.3: Stockholm har ren luft och rent vatten',
  });
  const row = table.getByRole('row', { name: /Kommunstyrelsen/ });
  await expect(row.getByRole('cell').nth(0)).toContainText('Uppfylls helt');
  await expect(row.getByRole('cell').nth(1)).toContainText('Uppfylls delvis');
  await expect(row).toContainText('Avviker: mer positiv än underlaget, utan motivering');
  // Goals where the committee agrees with the evidence are filtered out.
  await expect(main.getByRole('table', { name: /Bedömningar av KF:s mål 2\.1:/ })).toHaveCount(0);
  await expect(
    row.getByRole('link', { name: 'Öppna rapporten från Kommunstyrelsen' }),
  ).toHaveAttribute('href', /\/followup\?year=2015&period=.+&unit=.+/);
  await expectAccessible(page, 'the roll-up, only disagreements');
});

test('an administrator creates year 2016 with the default periods', async ({ page }) => {
  await logIn(page, 'admin@stockholm.example');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'År och perioder' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'År och perioder' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('table', { name: 'Perioder 2015' })).toBeVisible();
  await expectAccessible(page, 'years and periods');

  await expect(page.getByRole('textbox', { name: 'År', exact: true })).toHaveValue('2016');
  await expect(page.getByLabel(/^Standardperioderna/)).toBeChecked();
  await page.getByRole('button', { name: 'Skapa budgetåret' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Budgetår 2016 är skapat med 3 perioder.' }),
  ).toBeVisible();
  const periods = main.getByRole('table', { name: 'Perioder 2016' });
  await expect(periods.getByRole('row')).toHaveCount(4);
  await expect(periods.getByRole('row', { name: /^T1/ })).toContainText('Tertialrapport 1 2016');
  await expect(periods.getByRole('row', { name: /^VB/ })).toContainText('2017-02-15');
  await expectAccessible(page, 'years and periods with 2016');

  // The same year again is refused at the field.
  await page.getByRole('textbox', { name: 'År', exact: true }).fill('2016');
  await page.getByRole('button', { name: 'Skapa budgetåret' }).click();
  await expect(page.getByText('Det budgetåret finns redan.')).toBeVisible();
  await expectAccessible(page, 'a year that exists already');
});

test('an administrator previews the rollover of 2015 and checks an exported year file', async ({
  page,
}) => {
  await logIn(page, 'admin@stockholm.example');
  await page.goto('/admin/years');
  const main = page.getByRole('main');
  await page.getByLabel('Från år').selectOption('2015');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = main.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(preview).toContainText('46 mål kopieras och 0 lämnas efter');

  // Renumber KF goal 2.3; the rollover waits for a new preview.
  await preview
    .getByLabel('Nytt nummer för KF:s mål 2.3: Stockholm har ren luft och rent vatten')
    .fill('2.5');
  await expect(main.getByText('Du har ändrat något sedan förhandsgranskningen.')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Genomför årsskiftet' })).toBeDisabled();
  await page.getByRole('button', { name: 'Förhandsgranska igen' }).click();
  await expect(preview).toContainText('1 numreras om');
  await expect(
    preview.getByRole('row', { name: /^KF:s mål 2\.3: Stockholm har ren luft/ }),
  ).toContainText('KF:s mål 2.5: Stockholm har ren luft och rent vatten');
  await expect(main.getByRole('button', { name: 'Genomför årsskiftet' })).toBeEnabled();
  await expectAccessible(page, 'the rollover preview');

  // Export Kommunstyrelsen's 2015 and check the file: the year holds it already.
  await page.locator('#export-year').selectOption('2015');
  await page.getByRole('combobox', { name: 'Enhet', exact: true }).selectOption({
    label: 'Kommunstyrelsen',
  });
  const download = main.getByRole('link', { name: 'Ladda ner Kommunstyrelsen 2015 (JSON)' });
  const href = await download.getAttribute('href');
  const file = await page.request.get(href!);
  expect(file.ok()).toBe(true);
  await page.getByLabel('Fil (JSON)').setInputFiles({
    name: 'kommunstyrelsen-2015.json',
    mimeType: 'application/json',
    buffer: await file.body(),
  });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
  await expect(
    main.getByText('Enhetens år innehåller redan exakt det som filen innehåller.'),
  ).toBeVisible();
  await expectAccessible(page, 'an import checked');

  // A file that is not JSON is refused before it is sent.
  await page.getByLabel('Fil (JSON)').setInputFiles({
    name: 'trasig.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{inte json'),
  });
  await expect(main.getByText(/^Filen är inte giltig JSON/)).toBeVisible();
});
