import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import type { EconomyImportResult } from '#contracts/economy.ts';
import { as, testAppPerFile, type Session } from '#server/testing.ts';
import { readXlsx, writeXlsx, XLSX_TYPE } from '../sheet/economy.sheet.files.ts';
import { economyTown, illustrativeEconomy, type EconomyTown } from '../economy.testing.ts';

/** Files that once slipped through the import: line endings, stray cells, dates, formulas. */

const ctx = testAppPerFile();
let town: EconomyTown;

beforeAll(async () => {
  town = await economyTown(() => ctx);
  await illustrativeEconomy(town);
});

async function download(unitId: string, query = '') {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `${town.economy(unitId)}/export${query}`,
    headers: as(town.people.reader),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

const upload = (
  body: Buffer | string,
  type = XLSX_TYPE,
  session: Session = town.people.controllerA,
) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/economy/import',
    headers: { ...as(session), 'content-type': type },
    payload: body,
  });

const csvOf = async () => (await download(town.units.a, '?format=csv')).toString('utf8');
const messages = (response: { json: () => unknown }) =>
  (
    response.json() as { error: { details: { path: string; message: string }[] } }
  ).error.details.map((d) => [d.path, d.message]);
const stored = async () => JSON.stringify((await town.read(town.people.reader)).areas);

describe('CSV line endings and row widths', () => {
  test('one bare LF in a CRLF file ends a row like the others: nothing is merged or deleted', async () => {
    const csv = await csvOf();
    const lines = csv.split('\r\n');
    const mixed = `${lines.slice(0, 12).join('\r\n')}\n${lines.slice(12).join('\r\n')}`;
    const response = await upload(mixed, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EconomyImportResult>()).toMatchObject({
      unchanged: true,
      lines: { deleted: 0, created: 0, updated: 0 },
    });
  });

  test('a file wholly in LF imports as the same file in CRLF does', async () => {
    const response = await upload((await csvOf()).replaceAll('\r\n', '\n'), 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EconomyImportResult>()).toMatchObject({ unchanged: true });
  });

  test('a row with a filled cell right of the header is refused at that cell, and nothing changes', async () => {
    const before = await stored();
    const lines = (await csvOf()).split('\r\n');
    lines[11] = `${lines[11]};99`;
    const response = await upload(lines.join('\r\n'), 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(messages(response)).toEqual([
      ['Ekonomi!M12', "Rad 12, kolumn M: '99' står utanför tabellen: rubrikraden har 12 kolumner"],
    ]);
    expect(await stored()).toBe(before);
  });
});

describe('the CSV export guards text against formulas', () => {
  test('a description starting with "-" gets an apostrophe, numbers do not, and the file reads back the same', async () => {
    const attack = "-2+3+cmd|' /C calc'!A0";
    const sheets = await readXlsx(await download(town.units.a));
    sheets[0]!.rows[11]![11] = attack;
    sheets[0]!.rows[11]![4] = -2;
    const set = await upload(await writeXlsx(sheets, { decimals: 1, headerRows: {} }));
    expect(set.statusCode, set.body).toBe(200);

    const line = (await csvOf()).split('\r\n')[11]!;
    expect(line).toBe(`Område A;Kostnader;;31,5;-2,0;;33,0;;;Drift;;'${attack}`);
    const back = await upload(await csvOf(), 'text/csv');
    expect(back.json<EconomyImportResult>()).toMatchObject({ unchanged: true });
    expect((await town.read(town.people.reader)).areas[0]!.description).toBe(attack);
  });
});

describe('Excel cells that are no amounts', () => {
  test('a date, a truth value and an error in amount columns are refused by row and column', async () => {
    const before = await stored();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(town.units.a)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ekonomi')!;
    sheet.getCell('D12').value = new Date(Date.UTC(2015, 0, 1));
    // a style of its own: exceljs shares a loaded style between the cells that use it
    sheet.getCell('D12').style = { ...sheet.getCell('D12').style, numFmt: 'yyyy-mm-dd' };
    sheet.getCell('E12').value = true;
    sheet.getCell('G12').value = { error: '#DIV/0!' };
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.statusCode).toBe(422);
    expect(messages(response)).toEqual([
      [
        'Ekonomi!D12',
        "Rad 12, kolumn Justerad budget 2015: '2015-01-01' är ett datum, inget belopp",
      ],
      ['Ekonomi!E12', "Rad 12, kolumn Utfall 2015: 'SANT' är ett sanningsvärde, inget belopp"],
      [
        'Ekonomi!G12',
        "Rad 12, kolumn Prognos T2: '#DIV/0!' är ett felvärde från Excel, inget belopp",
      ],
    ]);
    expect(await stored()).toBe(before);
  });
});

describe('a file too large to import', () => {
  test('a CSV file of more rows than an import may hold is refused before it is parsed', async () => {
    const before = await stored();
    const response = await upload(`${await csvOf()}${'\r\n'.repeat(200_000)}`, 'text/csv');
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      error: {
        code: 'economy.file_too_large',
        message:
          'Filen är för stor för att läsas in: filen har fler än 200 000 rader. Inget har sparats.',
      },
    });
    expect(await stored()).toBe(before);
  });

  test('a workbook that unpacks to more than its parts declare is refused', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Ekonomi"/></sheets></workbook>');
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(1_000_000));
    const bytes = Buffer.from(
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    );
    const entry = bytes.lastIndexOf('xl/worksheets/sheet1.xml') - 46;
    bytes.writeUInt32LE(100, entry + 24);
    const response = await upload(bytes);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.details).toEqual([
      {
        path: '',
        message:
          'Filen är för stor: delen xl/worksheets/sheet1.xml packas upp till mer än de 100 byte den uppger.',
      },
    ]);
  });
});
