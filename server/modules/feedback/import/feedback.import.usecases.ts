import { feedbackYear, type FeedbackImportResult, type FeedbackYear } from '#contracts/feedback.ts';
import {
  looksLikeXlsx,
  Problems,
  sheetFile,
  sheetNamed,
  unitOfRow,
  uploadedSheets,
  type Sheet,
  type SheetFile,
} from '#server/http/sheet-files.ts';
import type { Repositories } from '#server/repositories.ts';
import type { Principal } from '#server/principal.ts';
import { unitsAllowing } from '../../people/people.rules.ts';
import type { HrDeps } from '../../hr/hr.usecases.ts';
import { invalidFeedbackFile, unsupportedFeedbackFile } from '../feedback.errors.ts';
import { writeFeedback } from '../feedback.usecases.ts';
import {
  COUNTS_SHEET,
  feedbackSheets,
  partOfHeader,
  readCountsSheet,
  readSurveysSheet,
  SURVEYS_SHEET,
  type NamedUnit,
} from './feedback.import.rules.ts';

/**
 * Importing a year's complaints, suggestions and surveys for many units from one file
 * (docs/feedback.md), all or nothing: every cell is checked, every unit found and its write
 * permission asked before anything is written. Each unit the sheet "Synpunkter" names gets its
 * counts replaced, each the sheet "Enkäter" names its surveys; themes and actions (no column)
 * and a part the file does not give stay as they were. Each unit's write is audited.
 */

const refuse = (problems: Problems) =>
  invalidFeedbackFile(
    problems.issues(),
    `Filen kan inte läsas in: ${problems.count} fel. Inget har sparats.`,
  );

/** The two sheets by name; a CSV file or a workbook with neither name is one, told by its header. */
async function partsOf(bytes: Uint8Array): Promise<{ counts?: Sheet; surveys?: Sheet }> {
  const sheets = await uploadedSheets(bytes, {
    csvName: COUNTS_SHEET,
    refuse,
    unsupported: () => unsupportedFeedbackFile(),
  });
  if (looksLikeXlsx(bytes)) {
    const counts = sheetNamed(sheets, COUNTS_SHEET);
    const surveys = sheetNamed(sheets, SURVEYS_SHEET);
    if (counts || surveys) return { counts, surveys };
  }
  const only = sheets[0];
  if (!only) throw unsupportedFeedbackFile();
  const part = partOfHeader(only);
  return part === COUNTS_SHEET
    ? { counts: { ...only, name: COUNTS_SHEET } }
    : { surveys: { ...only, name: SURVEYS_SHEET } };
}

export async function importFeedback(
  deps: HrDeps,
  principal: Principal,
  bytes: Uint8Array,
  options: { year: number; dryRun: boolean },
): Promise<FeedbackImportResult> {
  const { tenantId } = principal;
  const { year } = options;
  const parts = await partsOf(bytes);
  const problems = new Problems();
  const countRows = parts.counts ? readCountsSheet(parts.counts, problems) : [];
  const surveyRows = parts.surveys ? readSurveysSheet(parts.surveys, problems) : [];
  if (problems.count === 0 && countRows.length === 0 && surveyRows.length === 0)
    problems.add(
      parts.counts ? COUNTS_SHEET : SURVEYS_SHEET,
      null,
      null,
      'filen har inga rader under rubrikraden',
    );
  if (problems.count > 0) throw refuse(problems);

  const date = `${year}-12-31`;
  const tree = await deps.org.treeAt(tenantId, date);
  const writable = new Set(
    unitsAllowing(tree, principal.grants, 'followup.write').map((u) => u.id),
  );
  const found = new Map<
    string,
    {
      id: string;
      name: string;
      counts: FeedbackYear['counts'] | null;
      surveys: FeedbackYear['surveys'] | null;
    }
  >();
  const seen = new Map<string, number>();
  const unitAt = (sheet: string, row: number, named: NamedUnit) => {
    const got = unitOfRow(tree, named, date);
    if (!got.ok) return void problems.add(sheet, row, got.column, got.message);
    if (!writable.has(got.unit.id))
      return void problems.add(
        sheet,
        row,
        got.column,
        `du får inte rapportera för ${got.unit.name}`,
      );
    const entry = found.get(got.unit.id) ?? {
      id: got.unit.id,
      name: got.unit.name,
      counts: null,
      surveys: null,
    };
    found.set(got.unit.id, entry);
    return entry;
  };
  const once = (sheet: string, row: number, key: string, column: string, what: string) => {
    const earlier = seen.get(`${sheet}|${key}`);
    if (earlier !== undefined) {
      problems.add(sheet, row, column, `${what} finns redan på rad ${earlier}`);
      return false;
    }
    seen.set(`${sheet}|${key}`, row);
    return true;
  };
  for (const { row, unit, count } of countRows) {
    const entry = unitAt(COUNTS_SHEET, row, unit);
    if (!entry) continue;
    const key = `${entry.id}|${count.kind}|${count.category.toLocaleLowerCase('sv')}|${count.channel.toLocaleLowerCase('sv')}`;
    if (!once(COUNTS_SHEET, row, key, 'Kanal', `${entry.name}, samma typ, kategori och kanal`))
      continue;
    (entry.counts ??= []).push(count);
  }
  for (const { row, unit, survey } of surveyRows) {
    const entry = unitAt(SURVEYS_SHEET, row, unit);
    if (!entry) continue;
    if (
      !once(
        SURVEYS_SHEET,
        row,
        `${entry.id}|${survey.name}`,
        'Enkät',
        `${entry.name}, ${survey.name}`,
      )
    )
      continue;
    (entry.surveys ??= []).push(survey);
  }
  if (problems.count > 0) throw refuse(problems);

  const units = [...found.values()];
  const stored = await deps.feedback.years(
    tenantId,
    units.map((u) => u.id),
    [year],
  );
  const writes = units.map((unit) => {
    const before = stored.find((s) => s.unitId === unit.id);
    const merged = feedbackYear.safeParse({
      counts: unit.counts ?? before?.feedback.counts ?? [],
      surveys: unit.surveys ?? before?.feedback.surveys ?? [],
      themes: before?.feedback.themes ?? '',
      actions: before?.feedback.actions ?? '',
    });
    if (!merged.success)
      for (const issue of merged.error.issues)
        problems.add(
          issue.path[0] === 'surveys' ? SURVEYS_SHEET : COUNTS_SHEET,
          null,
          null,
          `${unit.name}: ${issue.path[0] === 'surveys' ? 'enkäterna' : 'raderna'} går inte att spara (${issue.message})`,
        );
    return { unit, version: before?.version ?? 0, feedback: merged.data };
  });
  if (problems.count > 0) throw refuse(problems);
  const result = {
    year,
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      counts: u.counts?.length ?? null,
      surveys: u.surveys?.length ?? null,
    })),
  };
  if (options.dryRun) return { ...result, dryRun: true };
  for (const { unit, version, feedback } of writes)
    await writeFeedback(deps, principal, { unitId: unit.id, year }, version, feedback!);
  return { ...result, dryRun: false };
}

/**
 * The year's feedback of every unit the caller may read that has any, as the import's file:
 * Excel with both sheets, or CSV with the one `part` names.
 */
export async function exportFeedback(
  deps: Pick<Repositories, 'org' | 'feedback'>,
  principal: Principal,
  year: number,
  options: { format: 'xlsx' | 'csv'; part: 'counts' | 'surveys' },
): Promise<SheetFile> {
  const { tenantId } = principal;
  const tree = await deps.org.treeAt(tenantId, `${year}-12-31`);
  const allowed = unitsAllowing(tree, principal.grants, 'followup.read');
  const stored = await deps.feedback.years(
    tenantId,
    allowed.map((u) => u.id),
    [year],
  );
  const units = allowed
    .flatMap((unit) => {
      const row = stored.find((s) => s.unitId === unit.id);
      return row ? [{ name: unit.name, code: unit.code, feedback: row.feedback }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const [counts, surveys] = feedbackSheets(units);
  if (options.format === 'xlsx')
    return sheetFile([counts, surveys], 'xlsx', `synpunkter-och-enkater-${year}.xlsx`);
  return options.part === 'counts'
    ? sheetFile([counts], 'csv', `synpunkter-${year}.csv`)
    : sheetFile([surveys], 'csv', `enkater-${year}.csv`);
}
