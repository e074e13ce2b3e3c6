import type { StaffImportResult } from '#contracts/hr.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { unitsAllowing } from '../../people/people.rules.ts';
import {
  Problems,
  sheetFile,
  sheetNamed,
  unitOfRow,
  uploadedSheets,
  type Sheet,
  type SheetFile,
} from '#server/http/sheet-files.ts';
import { invalidStaffFile, unsupportedStaffFile } from '../hr.errors.ts';
import { indicesOf, writeStaff, type HrDeps } from '../hr.usecases.ts';
import { readStaffSheet, STAFF_SHEET, staffSheet } from './hr.import.rules.ts';

/**
 * Importing a year's staff figures for many units from one file (docs/staff-figures.md), all or
 * nothing: every cell is checked, every unit found and every unit's write permission asked
 * before anything is written; any problem refuses the whole file, naming row and column. Each
 * unit's row replaces what it had for the year (audited as a write of that unit's figures).
 */

const refuse = (problems: Problems) =>
  invalidStaffFile(
    problems.issues(),
    `Filen kan inte läsas in: ${problems.count} fel. Inget har sparats.`,
  );

async function sheetOf(bytes: Uint8Array): Promise<Sheet> {
  const sheets = await uploadedSheets(bytes, {
    csvName: STAFF_SHEET,
    refuse,
    unsupported: () => unsupportedStaffFile(),
  });
  const sheet = sheetNamed(sheets, STAFF_SHEET) ?? sheets[0];
  if (!sheet) throw unsupportedStaffFile();
  return { ...sheet, name: STAFF_SHEET };
}

export async function importStaff(
  deps: HrDeps,
  principal: Principal,
  bytes: Uint8Array,
  options: { year: number; dryRun: boolean },
): Promise<StaffImportResult> {
  const { tenantId } = principal;
  const { year } = options;
  const sheet = await sheetOf(bytes);
  const { indices } = await indicesOf(deps, tenantId, year);
  const read = readStaffSheet(sheet, indices);
  if (!read.ok) throw refuse(read.problems);

  const date = `${year}-12-31`;
  const tree = await deps.org.treeAt(tenantId, date);
  const writable = new Set(
    unitsAllowing(tree, principal.grants, 'followup.write').map((u) => u.id),
  );
  const problems = new Problems();
  const units: StaffImportResult['units'] = [];
  for (const row of read.rows) {
    const found = unitOfRow(tree, row.unit, date);
    if (!found.ok) {
      problems.add(STAFF_SHEET, row.row, found.column, found.message);
      continue;
    }
    const { unit, column } = found;
    if (!writable.has(unit.id))
      problems.add(STAFF_SHEET, row.row, column, `du får inte rapportera för ${unit.name}`);
    else if (units.some((u) => u.id === unit.id))
      problems.add(STAFF_SHEET, row.row, column, `${unit.name} finns redan på en rad ovanför`);
    else units.push({ id: unit.id, name: unit.name, row: row.row });
  }
  if (problems.count > 0) throw refuse(problems);
  if (options.dryRun) return { year, dryRun: true, units };

  const stored = await deps.hr.figures(
    tenantId,
    units.map((u) => u.id),
    [year],
  );
  for (const unit of units) {
    const figures = read.rows.find((r) => r.row === unit.row)!.figures;
    const before = stored.find((s) => s.unitId === unit.id);
    // Keep what the file has no column for: a printed percentage and the note.
    const merged = before
      ? { ...figures, printed: before.figures.printed, note: before.figures.note }
      : figures;
    await writeStaff(deps, principal, { unitId: unit.id, year }, before?.version ?? 0, merged);
  }
  return { year, dryRun: false, units };
}

/**
 * The year's figures of every unit the caller may read that has figures, as the import's
 * template; `blank`: the units the caller may write, without figures, to fill in.
 */
export async function exportStaff(
  deps: Pick<Repositories, 'org' | 'hr'>,
  principal: Principal,
  year: number,
  options: { format: 'xlsx' | 'csv'; blank: boolean },
): Promise<SheetFile> {
  const { tenantId } = principal;
  const tree = await deps.org.treeAt(tenantId, `${year}-12-31`);
  const permission = options.blank ? 'followup.write' : 'followup.read';
  const allowed = unitsAllowing(tree, principal.grants, permission);
  const { indices } = await indicesOf(deps, tenantId, year);
  const stored = options.blank
    ? []
    : await deps.hr.figures(
        tenantId,
        allowed.map((u) => u.id),
        [year],
      );
  const rows = allowed
    .filter((unit) => options.blank || stored.some((s) => s.unitId === unit.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((unit) => ({
      name: unit.name,
      code: unit.code,
      figures: stored.find((s) => s.unitId === unit.id)?.figures ?? null,
    }));
  return sheetFile(
    [staffSheet(indices, rows)],
    options.format,
    `personalnyckeltal-${year}.${options.format}`,
  );
}
