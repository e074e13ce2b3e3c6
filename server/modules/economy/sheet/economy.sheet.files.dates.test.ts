import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './economy.sheet.files.ts';

/** A workbook with a date in B1 and a number in C1, its zip parts in the order given. */
async function workbookInOrder(first: readonly string[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ekonomi');
  sheet.getCell('A1').value = 'Utfall';
  sheet.getCell('B1').value = new Date(Date.UTC(2015, 0, 1));
  sheet.getCell('B1').numFmt = 'yyyy-mm-dd';
  sheet.getCell('C1').value = 42005;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const ordered = new JSZip();
  for (const name of [...first, ...names.filter((n) => !first.includes(n))])
    ordered.file(name, await zip.file(name)!.async('uint8array'));
  return ordered.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('dates in a workbook', () => {
  it('are read as dates, not as their serial numbers', async () => {
    const [sheet] = await readXlsx(await workbookInOrder([]));
    expect(sheet!.rows[0]).toEqual(['Utfall', '2015-01-01', 42005]);
  });

  it('are read as dates also when the zip holds the worksheet before the styles', async () => {
    const bytes = await workbookInOrder([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.rows[0]).toEqual(['Utfall', '2015-01-01', 42005]);
  });
});
