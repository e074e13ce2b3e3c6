import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '#server/formula-guard.ts';
import type { Principal } from '#server/principal.ts';
import { exportColumns, exportRows } from './internal-control.export.rules.ts';
import { internalControlView, type InternalControlDeps } from './internal-control.usecases.ts';

type Place = { unitId: string; year: number };

/** The plan and follow-up as CSV (semicolons, BOM, as Excel in Sweden opens it). */
export async function exportCsv(
  deps: InternalControlDeps,
  principal: Principal,
  place: Place,
): Promise<string> {
  const rows = exportRows(await internalControlView(deps, principal, place));
  const csv = stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    {
      delimiter: ';',
      header: true,
      columns: [...exportColumns],
      cast: { string: guardFormula },
    },
  );
  return `\uFEFF${csv}`;
}

/** The same table as an Excel workbook; text cells through the formula guard. */
export async function exportXlsx(
  deps: InternalControlDeps,
  principal: Principal,
  place: Place,
): Promise<Buffer> {
  const rows = exportRows(await internalControlView(deps, principal, place));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Internkontroll');
  sheet.addRow([...exportColumns]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
