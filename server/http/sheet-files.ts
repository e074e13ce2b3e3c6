import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '#server/formula-guard.ts';
import {
  norm,
  Problems,
  readAmount,
  textOf,
} from '../modules/economy/sheet/economy.sheet.cells.rules.ts';
import {
  CSV_TYPE,
  looksLikeXlsx,
  readCsv,
  readXlsx,
  writeXlsx,
  XLSX_TYPE,
} from '../modules/economy/sheet/economy.sheet.files.ts';
import { checkedWorkbook } from '../modules/economy/sheet/economy.sheet.limits.ts';
import type { Cell, Sheet } from '../modules/economy/sheet/economy.sheet.rules.ts';

/**
 * Import files of one row per unit (staff figures, feedback): reading an upload as sheets, the
 * header row matched to known columns, number cells, the unit a row names, and writing the same
 * sheets back as Excel or CSV. Every problem goes into a `Problems` by sheet, row and column
 * (in Swedish), so that a file with any problem imports nothing.
 */

export { looksLikeXlsx, norm, Problems, textOf };
export type { Cell, Sheet };

/** Hyphens and dashes read alike in a header ("dag 1-14" as "dag 1–14"). */
export const headerKey = (text: string) => norm(text).replace(/[-‐‑–—]/g, '–');

/**
 * The sheets of an uploaded Excel workbook, or a CSV file as one sheet named `csvName`. A file
 * that cannot be read throws `refuse(problems)` naming `csvName`; one that is neither, `unsupported()`.
 */
export async function uploadedSheets(
  bytes: Uint8Array,
  {
    csvName,
    refuse,
    unsupported,
  }: { csvName: string; refuse: (problems: Problems) => Error; unsupported: () => Error },
): Promise<Sheet[]> {
  const problems = new Problems();
  if (looksLikeXlsx(bytes)) {
    try {
      return await readXlsx(await checkedWorkbook(bytes));
    } catch (error) {
      problems.add(csvName, null, null, `arbetsboken kan inte läsas (${(error as Error).message})`);
      throw refuse(problems);
    }
  }
  if (bytes.subarray(0, 1024).includes(0)) throw unsupported();
  try {
    return [{ ...readCsv(bytes), name: csvName }];
  } catch (error) {
    problems.add(csvName, null, null, `filen kan inte läsas som CSV (${(error as Error).message})`);
    throw refuse(problems);
  }
}

/** The sheet of that name (case and spaces aside), if any. */
export const sheetNamed = (sheets: readonly Sheet[], name: string) =>
  sheets.find((s) => norm(s.name) === norm(name));

/**
 * The header row (row 1) matched to `columns` by `headerKey`: per cell the column or null. An
 * unknown header or one given twice is a problem.
 */
export function readHeader<Column extends { header: string }>(
  sheet: Sheet,
  columns: readonly Column[],
  name: string,
  problems: Problems,
): (Column | null)[] {
  const byKey = new Map(columns.map((c) => [headerKey(c.header), c]));
  const header = sheet.rows[0] ?? [];
  const found = header.map((cell, index) => {
    const text = textOf(cell);
    if (text === null) return null;
    const column = byKey.get(headerKey(text));
    if (!column)
      problems.add(name, 1, text, 'okänd kolumn; se mallen för vilka kolumner filen kan ha', index);
    return column ?? null;
  });
  const seen = new Set<string>();
  found.forEach((column, index) => {
    if (!column) return;
    if (seen.has(column.header))
      problems.add(name, 1, column.header, 'kolumnen finns två gånger', index);
    seen.add(column.header);
  });
  return found;
}

export const blankRow = (cells: readonly Cell[]) => cells.every((cell) => textOf(cell) === null);

/**
 * A number cell: at most two decimals, decimal comma or point, not negative; a date, a truth
 * value or an Excel error is refused with the reason.
 */
export function readNumber(
  cell: Cell | undefined,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const read = readAmount(cell, 'kr', false);
  if (!read.ok) return { ok: false, message: read.message.replace('inget belopp', 'inget tal') };
  if (read.value === null) return { ok: true, value: null };
  const value = Number(read.value);
  if (value < 0) return { ok: false, message: `'${textOf(cell)}' är negativt` };
  return { ok: true, value };
}

/**
 * The unit a row names: by its code when given, else by its name, among the units of the
 * organisation at `date`, with the column that named it; or the column to blame and why not.
 */
export function unitOfRow<Unit extends { name: string; code: string | null }>(
  tree: readonly Unit[],
  named: { name: string | null; code: string | null },
  date: string,
): { ok: true; unit: Unit; column: string } | { ok: false; column: string; message: string } {
  const column = named.code !== null ? 'Enhetskod' : 'Enhet';
  const label = named.code ?? named.name ?? '';
  const matches = tree.filter((unit) =>
    named.code !== null ? unit.code === named.code : norm(unit.name) === norm(label),
  );
  if (matches.length === 1) return { ok: true, unit: matches[0]!, column };
  return {
    ok: false,
    column,
    message:
      matches.length === 0
        ? `'${label}' är ingen enhet i organisationen ${date}`
        : `'${label}' passar flera enheter; ange Enhetskod`,
  };
}

export type SheetFile = { body: Buffer | string; contentType: string; fileName: string };

/**
 * The sheets as an Excel workbook (header row 1, two decimals), or the first as a CSV file
 * (semicolon, decimal comma, UTF-8 with BOM; text cells guarded against formulas) that the
 * import reads back unchanged.
 */
export async function sheetFile(
  sheets: readonly Sheet[],
  format: 'xlsx' | 'csv',
  fileName: string,
): Promise<SheetFile> {
  if (format === 'xlsx')
    return {
      body: await writeXlsx([...sheets], {
        decimals: 2,
        headerRows: Object.fromEntries(sheets.map((s) => [s.name, 0])),
      }),
      contentType: XLSX_TYPE,
      fileName,
    };
  const csv = (sheets[0]?.rows ?? []).map((cells) =>
    cells.map((cell) =>
      cell === null
        ? ''
        : typeof cell === 'number'
          ? String(cell).replace('.', ',')
          : guardFormula(String(cell)),
    ),
  );
  return {
    body: `\ufeff${stringify(csv, { delimiter: ';', record_delimiter: 'windows' })}`,
    contentType: CSV_TYPE,
    fileName,
  };
}
