import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { declaredSheetNames, loadSheets, readXlsx, writeXlsx } from './economy.sheet.files.ts';
import type { Sheet } from './economy.sheet.rules.ts';

const sheets: Sheet[] = [
  {
    name: 'Ekonomi',
    rows: [
      ['Verksamhetsområde', 'Rad', 'Budget'],
      [],
      ['Område & "A"', 'Kostnader', 31.5],
      ['Område A', 'Netto', { formula: 'C3-C4', result: 30 }],
    ],
  },
  {
    name: 'Ombudgeteringar',
    rows: [
      ['Syfte', 'Belopp'],
      ['GS IT 2.0', 27.7],
    ],
  },
  { name: 'Resultatfonder <x>', rows: [['Enhet'], ['SLK']] },
];

describe('reading a workbook', () => {
  test('the names come from the workbook itself, XML entities decoded', async () => {
    const bytes = await writeXlsx(sheets, { decimals: 1, headerRows: { Ekonomi: 1 } });
    expect(await declaredSheetNames(bytes)).toEqual([
      'Ekonomi',
      'Ombudgeteringar',
      'Resultatfonder <x>',
    ]);
  });

  test('the in-memory reader, the fallback, reads the same cells as the streaming one', async () => {
    const bytes = await writeXlsx(sheets, { decimals: 1, headerRows: { Ekonomi: 1 } });
    const streamed = await readXlsx(bytes);
    expect(streamed.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(await loadSheets(bytes)).toEqual(streamed);
    expect(streamed[0]!.rows[2]).toEqual(['Område & "A"', 'Kostnader', 31.5]);
    expect(streamed[0]!.rows[1]).toEqual([]);
  });

  // exceljs' streaming reader sometimes parses worksheets before the workbook's sheet list and
  // throws or loses sheets (exceljs issue 3064); here about one read in two hundred did.
  test('every read of a workbook written by exceljs holds every sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['Ekonomi', 'Ombudgeteringar', 'Resultatfonder'])
      workbook.addWorksheet(name).addRow([name, 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      seen.add((await readXlsx(bytes)).map((s) => `${s.name}:${String(s.rows[0]?.[0])}`).join());
      if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect([...seen]).toEqual([
      'Ekonomi:Ekonomi,Ombudgeteringar:Ombudgeteringar,Resultatfonder:Resultatfonder',
    ]);
  });

  test('a zip that is no workbook is refused', async () => {
    const zip = new (await import('jszip')).default();
    zip.file('hello.txt', 'hej');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readXlsx(bytes)).rejects.toThrow(/xl\/workbook.xml/);
  });
});
