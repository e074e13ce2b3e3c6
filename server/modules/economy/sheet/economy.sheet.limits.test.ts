import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx, writeXlsx } from './economy.sheet.files.ts';
import { checkCsvSize, checkedWorkbook, FILE_LIMITS } from './economy.sheet.limits.ts';

const small = { unpackedBytes: 1024 * 1024, rows: 200, cells: 1000 };

/** A zip holding one worksheet of `text`, as an xlsx would hold it. */
async function zipOf(text: string) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Ekonomi"/></sheets></workbook>');
  zip.file('xl/worksheets/sheet1.xml', text);
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The zip with `name`'s uncompressed size in the directory set to `size` (a lie). */
function declare(zip: Buffer, name: string, size: number) {
  const copy = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let i = copy.indexOf(signature); i >= 0; i = copy.indexOf(signature, i + 4)) {
    const length = copy.readUInt16LE(i + 28);
    if (copy.toString('utf8', i + 46, i + 46 + length) === name) copy.writeUInt32LE(size, i + 24);
  }
  return copy;
}

async function workbookOfRows(rows: number, columns = 2) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ekonomi');
  for (let r = 0; r < rows; r++)
    sheet.addRow(Array.from({ length: columns }, (_, c) => r * columns + c));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a workbook is checked before it is read', () => {
  it('reads the same after the check as before it (the streaming writer uses data descriptors)', async () => {
    const sheets = [
      {
        name: 'Ekonomi',
        rows: [
          ['Rad', 'Kostnader'],
          [1, 2.5],
        ],
      },
    ];
    const bytes = await writeXlsx(sheets, { decimals: 1, headerRows: {} });
    expect(await readXlsx(await checkedWorkbook(bytes))).toEqual(await readXlsx(bytes));
  });

  it('is refused when its parts declare more than the limit unpacked', async () => {
    const zip = declare(await zipOf('<worksheet/>'), 'xl/worksheets/sheet1.xml', 2_000_000_000);
    await expect(checkedWorkbook(zip)).rejects.toThrow(
      'arbetsboken packas upp till 1 908 MB, högst 128 MB',
    );
  });

  it('is refused when a part unpacks to more than it declares (a zip bomb that lies)', async () => {
    const zip = declare(await zipOf(' '.repeat(2_000_000)), 'xl/worksheets/sheet1.xml', 1000);
    expect(zip.length).toBeLessThan(10_000);
    await expect(checkedWorkbook(zip)).rejects.toThrow(
      'delen xl/worksheets/sheet1.xml packas upp till mer än de 1 000 byte den uppger',
    );
  });

  it('is refused when it unpacks to more than the limit, however well it compresses', async () => {
    await expect(checkedWorkbook(await zipOf(' '.repeat(2_000_000)), small)).rejects.toThrow(
      'arbetsboken packas upp till 2 MB, högst 1 MB',
    );
  });

  it('is refused past the rows, or the cells, that one import may hold', async () => {
    await expect(checkedWorkbook(await workbookOfRows(201), small)).rejects.toThrow(
      'filen har fler än 200 rader',
    );
    await expect(checkedWorkbook(await workbookOfRows(100, 11), small)).rejects.toThrow(
      'filen har fler än 1 000 celler',
    );
    await expect(checkedWorkbook(await workbookOfRows(200, 5), small)).resolves.toBeDefined();
  });

  it('is refused when its directory is missing', async () => {
    const zip = await zipOf('<worksheet/>');
    await expect(checkedWorkbook(zip.subarray(0, zip.length - 30))).rejects.toThrow(
      'zipfilen är trasig eller ovanlig (katalogen saknas)',
    );
  });
});

describe('a CSV file is counted before it is parsed', () => {
  it('is refused past the rows or cells that one import may hold', () => {
    expect(() => checkCsvSize('a\n'.repeat(FILE_LIMITS.rows), ';')).not.toThrow();
    expect(() => checkCsvSize('a\n'.repeat(FILE_LIMITS.rows + 1), ';')).toThrow(
      'filen har fler än 200 000 rader',
    );
    expect(() => checkCsvSize(';'.repeat(1000), ';', small)).toThrow(
      'filen har fler än 1 000 celler',
    );
    expect(() => checkCsvSize('a;b\nc;d\n', ';', small)).not.toThrow();
  });
});
