import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { guardFormula, unguardFormula } from '#server/formula-guard.ts';
import type { DisplayUnit } from '#contracts/economy.ts';
import { checkCsvSize } from './economy.sheet.limits.ts';
import { ORE_DECIMALS } from '../economy.money.ts';
import { isFormula, SHEETS, type Cell, type Grid, type Sheet } from './economy.sheet.rules.ts';

/**
 * Sheets to and from files: Excel workbooks with exceljs (its streaming writer and reader: the
 * in-memory ones take many times longer on a city's 100 000 rows) and CSV with csv-stringify and
 * csv-parse. A CSV file is the "Ekonomi" sheet alone, semicolon-separated with decimal commas as
 * Swedish Excel writes it; Rödtråd's formulas are left out of it.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Is this a zip (an xlsx workbook) rather than text? */
export const looksLikeXlsx = (bytes: Uint8Array) =>
  bytes.length > 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;

const numberFormat = (decimals: number) =>
  decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;

/** The workbook of the sheets; amounts shown with `decimals` decimals, header rows in bold. */
export async function writeXlsx(
  sheets: readonly Sheet[],
  options: { decimals: number; headerRows: Record<string, number> },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = 'Rödtråd';
  const amountFormat = numberFormat(options.decimals);
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const header = options.headerRows[sheet.name] ?? -1;
    const widths = new Map<number, number>();
    sheet.rows.forEach((cells) =>
      cells.forEach((cell, index) => {
        const length = typeof cell === 'string' ? Math.min(cell.length, 60) : 12;
        widths.set(index, Math.max(widths.get(index) ?? 8, length + 2));
      }),
    );
    worksheet.columns = [...widths.keys()]
      .sort((a, b) => a - b)
      .map((index) => ({ key: String(index), width: widths.get(index) }));
    sheet.rows.forEach((cells, r) => {
      const row = worksheet.addRow(cells.map(toExcel));
      if (r === header) row.font = { bold: true };
      if (r > header && header >= 0)
        cells.forEach((cell, index) => {
          if (typeof cell === 'number' || isFormula(cell))
            row.getCell(index + 1).numFmt = amountFormat;
        });
      row.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

const toExcel = (cell: Cell): ExcelJS.CellValue =>
  isFormula(cell)
    ? ({ formula: cell.formula, result: cell.result ?? undefined } as ExcelJS.CellFormulaValue)
    : cell;

/** Every sheet of a workbook as a grid (row n of the sheet at index n − 1). */
/**
 * The sheets of a workbook, every cell as its value (a formula with its cached result).
 *
 * exceljs' streaming reader is fast but racy: it reads the zip in one pass, and a workbook that
 * stores `xl/workbook.xml` after its worksheets (as exceljs itself writes them) sometimes has its
 * worksheets parsed before their names are known, so that a read throws or loses sheets
 * (exceljs issue 3064). So the sheets read are checked against the names the workbook declares
 * (read from the zip's directory), and on any difference or error the workbook is read again with
 * the in-memory reader, slower but whole.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const declared = await declaredSheetNames(bytes);
  const streamed = (await streamMissesStyles(bytes))
    ? null
    : await streamSheets(bytes).catch(() => null);
  if (streamed && sameNames(streamed, declared)) return streamed;
  const loaded = await loadSheets(bytes);
  if (!sameNames(loaded, declared))
    throw new Error(`the workbook declares the sheets ${declared.join(', ')} but holds others`);
  return loaded;
}

const sameNames = (sheets: readonly Sheet[], names: readonly string[]) =>
  sheets.length === names.length && sheets.every((sheet, i) => sheet.name === names[i]);

const xmlEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#[0-9]+);/gi, (_, entity: string) =>
    entity.startsWith('#x') || entity.startsWith('#X')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.slice(1)))
        : xmlEntities[entity.toLowerCase()]!,
  );

/** The sheet names `xl/workbook.xml` declares, in order: only the zip's directory and that entry are read. */
export async function declaredSheetNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (workbook === undefined) throw new Error('the workbook has no xl/workbook.xml');
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) =>
    unescapeXml(m[1]!),
  );
}

/**
 * Would the streaming reader parse a worksheet before the styles, and so read a date as its
 * serial number (2015-01-01 as 42005)? It parses a worksheet as it meets it once the shared
 * strings and the workbook's relations are read, and defers it to the end otherwise.
 */
async function streamMissesStyles(bytes: Uint8Array): Promise<boolean> {
  const names = Object.keys((await JSZip.loadAsync(bytes)).files);
  const styles = names.indexOf('xl/styles.xml');
  const strings = names.indexOf('xl/sharedStrings.xml');
  const relations = names.indexOf('xl/_rels/workbook.xml.rels');
  if (styles < 0 || strings < 0 || relations < 0) return false;
  const ready = Math.max(strings, relations);
  return names.some(
    (name, i) => i > ready && i < styles && /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
  );
}

const rowCells = (values: ExcelJS.CellValue[]): Cell[] => {
  const cells: Cell[] = [];
  for (let c = 1; c < values.length; c++) cells.push(fromExcel(values[c]));
  return cells;
};

const filled = (rows: Grid): Grid => {
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
};

/** exceljs' streaming reader: fast, but see readXlsx. */
async function streamSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    // the number formats tell a date from a number (42005 is 2015-01-01)
    styles: 'cache',
    entries: 'ignore',
  });
  const sheets: Sheet[] = [];
  for await (const worksheet of reader) {
    const rows: Grid = [];
    const named = worksheet as unknown as { name: string } & AsyncIterable<ExcelJS.Row>;
    for await (const row of named)
      rows[row.number - 1] = rowCells(row.values as ExcelJS.CellValue[]);
    sheets.push({ name: named.name, rows: filled(rows) });
  }
  return sheets;
}

/** exceljs' in-memory reader: the whole workbook at once. */
export async function loadSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((worksheet) => {
    const rows: Grid = [];
    worksheet.eachRow((row, number) => {
      rows[number - 1] = rowCells(row.values as ExcelJS.CellValue[]);
    });
    return { name: worksheet.name, rows: filled(rows) };
  });
}

function fromExcel(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    const plain =
      result instanceof Date || (typeof result === 'object' && result !== null && 'error' in result)
        ? (fromExcel(result) as string)
        : result === undefined || result === null || typeof result === 'object'
          ? null
          : (result as number | string | boolean);
    return {
      formula:
        (value as { formula?: string; sharedFormula?: string }).formula ??
        `shared:${(value as { sharedFormula?: string }).sharedFormula}`,
      result: typeof plain === 'boolean' ? String(plain) : plain,
    };
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** A number as Swedish decimal text with at least `decimals` decimals: -78 → "-78,0". */
function csvNumber(value: number, unit: DisplayUnit, decimals: number) {
  const text = String(value);
  const plain = /e/i.test(text)
    ? value.toFixed(ORE_DECIMALS[unit]).replace(/0+$/, '').replace(/\.$/, '')
    : text;
  const [whole, fraction = ''] = plain.split('.') as [string, string?];
  const digits = fraction.padEnd(decimals, '0');
  return digits === '' ? whole : `${whole},${digits}`;
}

/** The "Ekonomi" sheet as CSV: amounts with a decimal comma, formulas left out. */
export function writeCsv(sheet: Sheet, unit: DisplayUnit, decimals: number): string {
  // The settings rows above the header hold whole numbers (År, Decimaler) that are not amounts.
  const header = sheet.rows.findIndex((row) => row[0] === 'Verksamhetsområde');
  const rows = sheet.rows.map((cells, r) =>
    cells.map((cell) => {
      if (cell === null || isFormula(cell)) return '';
      if (typeof cell === 'number')
        return r < header ? String(cell) : csvNumber(cell, unit, decimals);
      return guardFormula(cell);
    }),
  );
  return `\ufeff${stringify(rows, { delimiter: ';', record_delimiter: 'windows' })}`;
}

/** A CSV file as the "Ekonomi" sheet; the separator is the one its first lines use most. */
export function readCsv(bytes: Uint8Array): Sheet {
  // One line ending throughout: csv-parse takes the first one it meets as the only one, so a
  // single bare LF in a CRLF file (or CR in an LF file) would join two rows into one.
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n');
  const lines = text.split('\n', 20);
  const widest = (separator: string) =>
    Math.max(...lines.map((line) => line.split(separator).length));
  const delimiter = [';', ',', '\t'].reduce((best, candidate) =>
    widest(candidate) > widest(best) ? candidate : best,
  );
  checkCsvSize(text, delimiter);
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    record_delimiter: '\n',
    bom: true,
  }) as string[][];
  return {
    name: SHEETS.table,
    rows: records.map((record) =>
      record.map((value) => (value === '' ? null : unguardFormula(value))),
    ),
  };
}
