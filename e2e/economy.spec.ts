import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, logIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

// Kommunstyrelsen's 2015 economy, seeded from the annual report with its printed mismatches
// (docs/economy-demo.md). No other spec changes it. Other specs create 2016, so the year is
// always named.
const PAGE = '/economy?year=2015';
const minus = '\u2212';

/** A row of the economy table by its area and line ("SLK", "Kostnader"). */
const tableRow = (page: Page, area: string, line: string) =>
  page
    .getByRole('table', { name: /Stadsledningskontoret, 2015/ })
    .getByRole('row', { name: new RegExp(`^${area}, ${line}`) });

/** The cells after the row header: budget, justerad budget, utfall, avvikelse, T1, T2, utfall 2014. */
const T2 = 5;
const DEVIATION = 3;

async function openEconomy(page: Page) {
  await page.goto(PAGE);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ekonomi – Kommunstyrelsen 2015' }),
  ).toBeVisible();
}

/** The Ekonomi sheet's row of an area's line, and the column of a header, 1-based. */
function locate(sheet: ExcelJS.Worksheet, area: string, line: string, header: string) {
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (headerRow === 0 && row.getCell(1).value === 'Verksamhetsområde') headerRow = number;
  });
  expect(headerRow, 'the header row of the Ekonomi sheet').toBeGreaterThan(0);
  let column = 0;
  sheet.getRow(headerRow).eachCell((cell, number) => {
    if (cell.value === header) column = number;
  });
  expect(column, `the column ${header}`).toBeGreaterThan(0);
  let rowNumber = 0;
  sheet.eachRow((row, number) => {
    if (row.getCell(1).value === area && row.getCell(2).value === line) rowNumber = number;
  });
  expect(rowNumber, `the row ${area} ${line}`).toBeGreaterThan(0);
  return { row: rowNumber, column };
}

async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page.getByLabel('Fil att läsa in').setInputFiles({
    name: 'kommunstyrelsen-2015.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
}

test('a controller reads the 2015 table with its flagged mismatches, and the same figures in the chart', async ({
  page,
}) => {
  // The server's CSP must not block anything ECharts does (its SVG sets inline styles).
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await logIn(page, 'controller@stockholm.example');
  await openEconomy(page);

  // The deviation shown is computed (700,7 − 778,8 = −78,1); the printed −78,0 is flagged there.
  const slkCosts = tableRow(page, 'SLK', 'Kostnader');
  const deviation = slkCosts.getByRole('cell').nth(DEVIATION);
  await expect(deviation).toContainText(`${minus}78,1`);
  await expect(
    deviation.getByRole('link', {
      // Heard as one sentence; the visible "≠" is hidden from the name.
      name: new RegExp(`^Kontrollfynd 1: tryckt ${minus}78,0 ?, beräknat ${minus}78,1$`),
    }),
  ).toBeVisible();
  // The formulas of the sign convention are beside the table.
  await expect(page.getByRole('complementary', { name: 'Så räknas avvikelsen' })).toContainText(
    'Avvikelse kostnader = budget − utfall',
  );

  // The checks list every mismatch with its numbers; GS IT 2.0 is 27,7 in the report and 27,6 in
  // the decision, an error.
  const findings = page.getByRole('table', { name: /Tryckta siffror som inte stämmer/ });
  await expect(page.getByText('21 tryckta siffror stämmer inte')).toBeVisible();
  const gsIt = findings.getByRole('row', { name: /Ombudgetering 3: GS IT 2\.0/ });
  await expect(gsIt).toContainText('27,7');
  await expect(gsIt).toContainText('27,6');
  await expect(gsIt).toContainText('Fel');
  // Summa kostnader: 1 867,1 from the rows against the printed 1 866,1.
  const sumCosts = page
    .getByRole('table', { name: /Stadsledningskontoret, 2015/ })
    .getByRole('row', { name: /^Summa drift, Summa kostnader/ });
  await expect(sumCosts.getByRole('cell').nth(1)).toContainText('1\u00a0867,1');
  await expect(sumCosts.getByRole('cell').nth(1)).toContainText('tryckt 1\u00a0866,1');

  // A flag takes the keyboard to its finding in the list.
  await deviation.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(findings.getByRole('row', { name: /^1 SLK, Kostnader, avvikelse/ })).toBeFocused();

  // The chart is an image named by its figures, drawn by ECharts as SVG (a bar per figure, its
  // amount written on it), with the same figures as a table.
  const chart = page.getByRole('img', {
    name: /Summa drift – Netto, mnkr: Budget 1\s405,3; .*Utfall 1\s324,8/,
  });
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.locator('svg')).toContainText('1\u00a0324,8');
  await expect(
    page.getByRole('table', { name: 'Summa drift – Netto, belopp i mnkr' }),
  ).toContainText('1\u00a0324,8');
  await expectAccessible(page, 'the economy of Kommunstyrelsen 2015');
  expect(blocked, 'CSP violations').toEqual([]);
});

test('a file with two bad cells imports nothing; corrected, it imports and the table shows the new figure', async ({
  page,
}, testInfo) => {
  await logIn(page, 'controller@stockholm.example');
  await openEconomy(page);
  await expect(tableRow(page, 'SLK', 'Kostnader').getByRole('cell').nth(T2)).toHaveText(/^–/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ned i Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = testInfo.outputPath('economy-2015.xlsx');
  await download.saveAs(path);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Ekonomi');
  if (!sheet) throw new Error('the download has no Ekonomi sheet');
  const forecast = locate(sheet, 'SLK', 'Kostnader', 'Prognos T2');
  const kind = locate(sheet, 'Bidrag', 'Kostnader', 'Typ');

  // Two bad cells: a forecast that is no amount, and a kind of area that does not exist.
  sheet.getCell(forecast.row, forecast.column).value = '78x,2';
  sheet.getCell(kind.row, kind.column).value = 'Driftt';
  await upload(page, await workbookBuffer(workbook));

  const problems = page.getByRole('alert').filter({ hasText: 'Filen kan inte läsas in' });
  await expect(problems).toContainText('Filen kan inte läsas in: 2 fel');
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText(
    `Rad ${forecast.row}, kolumn Prognos T2: '78x,2' är inget belopp`,
  );
  await expect(problems).toContainText(
    `Rad ${kind.row}, kolumn Typ: 'Driftt' ska vara Drift, Investering eller Stort projekt`,
  );
  await expect(problems).toContainText('Inget har importerats. Tabellen är oförändrad.');
  await expect(page.getByRole('button', { name: 'Importera' })).toHaveCount(0);
  await expectAccessible(page, 'the refused file');

  // Nothing was written: the table, read again from the server, has no T2 forecast.
  await page.reload();
  await expect(tableRow(page, 'SLK', 'Kostnader').getByRole('cell').nth(T2)).toHaveText(/^–/);

  // Corrected: the dry run says what will change, and nothing is written until "Importera".
  sheet.getCell(forecast.row, forecast.column).value = 781.2;
  sheet.getCell(kind.row, kind.column).value = 'Drift';
  await upload(page, await workbookBuffer(workbook));
  await expect(
    page.getByText('Filen kan läsas in. Det här ändras om du importerar:'),
  ).toBeVisible();
  await expect(
    page.getByText('Rader: 0 nya, 1 ändrade, 0 borttagna, 32 oförändrade'),
  ).toBeVisible();
  await expect(tableRow(page, 'SLK', 'Kostnader').getByRole('cell').nth(T2)).toHaveText(/^–/);
  await expectAccessible(page, 'the checked file');

  await page.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('heading', { name: 'Filen är importerad' })).toBeVisible();
  await expect(tableRow(page, 'SLK', 'Kostnader').getByRole('cell').nth(T2)).toHaveText('781,2');
  // The printed mismatches are still flagged after the import.
  await expect(
    tableRow(page, 'SLK', 'Kostnader')
      .getByRole('cell')
      .nth(DEVIATION)
      .getByRole('link', { name: /tryckt −78,0/ }),
  ).toBeVisible();
  await expectAccessible(page, 'the import result');

  // The chart of SLK's costs shows the new forecast.
  await page.getByLabel('Visa rad').selectOption({ label: 'SLK – Kostnader' });
  const slkChart = page.getByRole('img', { name: /SLK – Kostnader, mnkr: .*Prognos T2 781,2/ });
  await expect(slkChart).toBeVisible();
  await expect(slkChart.locator('svg')).toContainText('781,2');
});

test('the executive office sees every unit’s deviation and drills down to a unit', async ({
  page,
}) => {
  await logIn(page, 'admin@stockholm.example');
  await page.goto('/economy/rollup?year=2015');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ekonomi – alla nämnder 2015' }),
  ).toBeVisible();
  const rollUp = page.getByRole('table', { name: /Avvikelser 2015 per enhet/ });
  const ks = rollUp.getByRole('row', { name: /^Kommunstyrelsen/ });
  // Net budget 1 405,3, outcome 1 324,8, deviation 80,5 (computed from the rows), 94,27 %.
  await expect(ks).toContainText('1\u00a0405,3');
  await expect(ks).toContainText('1\u00a0324,8');
  await expect(ks).toContainText('80,5');
  await expect(ks).toContainText('94,27\u00a0%');
  await expectAccessible(page, 'the economy roll-up 2015');

  await ks.getByRole('link', { name: 'Kommunstyrelsen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ekonomi – Kommunstyrelsen 2015' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/economy\?year=2015&unit=[0-9a-f-]{36}/);
});
