import { stringify } from 'csv-stringify/sync';
import type { CompassImportResult } from '#contracts/compass.ts';
import { createError, forbidden } from '#server/errors.ts';
import { guardFormula } from '#server/formula-guard.ts';
import type { Principal } from '#server/principal.ts';
import {
  CSV_TYPE,
  looksLikeXlsx,
  readCsv,
  readXlsx,
  writeXlsx,
  XLSX_TYPE,
} from '../economy/sheet/economy.sheet.files.ts';
import { checkedWorkbook } from '../economy/sheet/economy.sheet.limits.ts';
import { norm, Problems } from '../economy/sheet/economy.sheet.cells.rules.ts';
import type { Sheet } from '../economy/sheet/economy.sheet.rules.ts';
import { addIssues, COMPASS_SHEET, compassSheet, readCompassSheet } from './compass.sheet.rules.ts';
import {
  createEvaluation,
  evaluationIssues,
  evaluationNotFound,
  mayEditEvaluations,
  type CompassDeps,
} from './compass.usecases.ts';

/** details: the problems with the file, one per bad cell, in Swedish; nothing was imported */
export const invalidCompassFile = createError(
  'compass.invalid_file',
  422,
  'The file cannot be imported; nothing was written',
);
export const unsupportedCompassFile = createError(
  'compass.unsupported_file',
  415,
  'Send an Excel workbook (.xlsx) or a CSV file',
);

const refuse = (problems: Problems) =>
  invalidCompassFile(
    problems.issues(),
    `Filen kan inte läsas in: ${problems.count} fel. Inget har sparats.`,
  );

async function sheetOf(bytes: Uint8Array): Promise<Sheet> {
  const problems = new Problems();
  try {
    if (looksLikeXlsx(bytes)) {
      const sheets = await readXlsx(await checkedWorkbook(bytes));
      const sheet = sheets.find((s) => norm(s.name) === norm(COMPASS_SHEET)) ?? sheets[0];
      if (!sheet) throw unsupportedCompassFile();
      return { ...sheet, name: COMPASS_SHEET };
    }
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 415) throw error;
    problems.add(
      COMPASS_SHEET,
      null,
      null,
      `arbetsboken kan inte läsas (${(error as Error).message})`,
    );
    throw refuse(problems);
  }
  if (bytes.subarray(0, 1024).includes(0)) throw unsupportedCompassFile();
  try {
    return { ...readCsv(bytes), name: COMPASS_SHEET };
  } catch (error) {
    problems.add(
      COMPASS_SHEET,
      null,
      null,
      `filen kan inte läsas som CSV (${(error as Error).message})`,
    );
    throw refuse(problems);
  }
}

/**
 * Imports a whole evaluation, all or nothing: every cell, every number and the month (one
 * evaluation per month) are checked first; any problem refuses the file by row and column.
 */
export async function importEvaluation(
  deps: CompassDeps,
  principal: Principal,
  bytes: Uint8Array,
  options: { dryRun: boolean },
): Promise<CompassImportResult> {
  const read = readCompassSheet(await sheetOf(bytes));
  if (!read.ok) throw refuse(read.problems);
  const { input, placeOf } = read;
  if (!(await mayEditEvaluations(deps, principal, input.heldIn))) throw forbidden();
  const problems = new Problems();
  const issues = evaluationIssues(input);
  if (await deps.compass.idOfMonth(principal.tenantId, input.heldIn))
    issues.push({
      path: 'heldIn',
      message: `det finns redan en utvärdering från ${input.heldIn}; ta bort den först`,
    });
  addIssues(problems, issues, placeOf);
  if (problems.count > 0) throw refuse(problems);
  const counts = {
    heldIn: input.heldIn,
    areas: input.areas.length,
    subAreas: input.areas.reduce((n, a) => n + a.subAreas.length, 0),
    points: input.areas.reduce((n, a) => n + a.points.length, 0),
  };
  if (options.dryRun) return { dryRun: true, id: null, ...counts };
  const id = await createEvaluation(deps, principal, input);
  return { dryRun: false, id, ...counts };
}

/** The evaluation as the import's file (Excel or CSV); reads back in unchanged. */
export async function exportEvaluation(
  deps: Pick<CompassDeps, 'compass'>,
  principal: Principal,
  evaluationId: string,
  format: 'xlsx' | 'csv',
): Promise<{ body: Buffer | string; contentType: string; fileName: string }> {
  const [evaluation] = await deps.compass.evaluations(principal.tenantId, evaluationId);
  if (!evaluation) throw evaluationNotFound();
  const sheet = compassSheet(evaluation);
  const fileName = `kommunkompassen-${evaluation.heldIn}.${format}`;
  if (format === 'xlsx')
    return {
      body: await writeXlsx([sheet], { decimals: 0, headerRows: { [COMPASS_SHEET]: 0 } }),
      contentType: XLSX_TYPE,
      fileName,
    };
  const csv = sheet.rows.map((cells) =>
    cells.map((cell) => (cell === null ? '' : guardFormula(String(cell)))),
  );
  return {
    body: `\ufeff${stringify(csv, { delimiter: ';', record_delimiter: 'windows' })}`,
    contentType: CSV_TYPE,
    fileName,
  };
}
