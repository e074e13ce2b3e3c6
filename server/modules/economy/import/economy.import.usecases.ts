import { createHash, randomUUID } from 'node:crypto';
import type { EconomyImportResult, ImportedColumn } from '#contracts/economy.ts';
import type { FieldIssue } from '#contracts/common.ts';
import type { CodedIssue } from '#contracts/issues.ts';
import {
  refreshComputedOutcomes,
  type ComputedDeps,
} from '../../indicators/indicators.computed.usecases.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../../people/people.rules.ts';
import { economyConflict, fileTooLarge, invalidFile, unsupportedFile } from '../economy.errors.ts';
import { auditAfter, auditBefore } from './economy.import.audit.rules.ts';
import { importIssue } from './economy.import.issues.ts';
import { sheetOf } from './economy.export.usecases.ts';
import { looksLikeXlsx, readCsv, readXlsx } from '../sheet/economy.sheet.files.ts';
import { checkedWorkbook, FileTooLarge } from '../sheet/economy.sheet.limits.ts';
import {
  emptyFund,
  isEmptyPlan,
  planImport,
  storedOrder,
  type ImportPlan,
} from './economy.import.rules.ts';
import type { BulkLine } from '../economy.repository.ts';
import { economyScope, versionOn } from '../economy.scope.ts';
import { Problems } from '../sheet/economy.sheet.cells.rules.ts';
import { readMeta } from '../sheet/economy.sheet.header.rules.ts';
import { readEconomySheets } from '../sheet/economy.sheet.read.rules.ts';
import {
  SHEETS,
  type EconomySheet,
  type Sheet,
  type SheetAmounts,
} from '../sheet/economy.sheet.rules.ts';
import { loadEconomy, type Deps, type LoadedEconomy } from '../economy.usecases.ts';
import {
  readStatementSheets,
  statementsChanged,
  storedStatements,
  writeStatements,
} from './economy.import.statements.ts';
import type { Meta } from '../sheet/economy.sheet.header.rules.ts';

/**
 * Importing an Excel workbook or CSV file of a unit's economy for a year (the layout of
 * economy.sheet.rules.ts). The file names its unit and year. Every cell is read and checked
 * first; a file with any problem imports nothing, and the answer lists every problem: those of
 * the file as a whole coded (economy.import.issues.ts), those of cells in Swedish by row and column. Run in one transaction: all of it is written or none. A file that changes
 * the areas themselves needs model.write as well as followup.write.
 */

export type ImportPhase = 'file_read' | 'cells_checked' | 'written';
export type ImportOptions = {
  dryRun: boolean;
  unitId?: string;
  year?: number;
  /** told as each phase ends, with what it did in words (the command line shows it) */
  progress?: (phase: ImportPhase, detail: string) => void;
};

const refuse = (issues: FieldIssue[]) =>
  invalidFile(issues, `Filen kan inte läsas in: ${issues.length} fel. Inget har sparats.`);

/** A file past FILE_LIMITS is refused before it is parsed: that bounds one import's memory. */
const refuseLarge = (error: FileTooLarge) =>
  fileTooLarge(
    [{ path: '', message: `Filen är för stor: ${error.message}.` }],
    `Filen är för stor för att läsas in: ${error.message}. Inget har sparats.`,
  );

async function readFile(bytes: Uint8Array): Promise<{ format: 'xlsx' | 'csv'; sheets: Sheet[] }> {
  if (looksLikeXlsx(bytes)) {
    try {
      return { format: 'xlsx', sheets: await readXlsx(await checkedWorkbook(bytes)) };
    } catch (error) {
      if (error instanceof FileTooLarge) throw refuseLarge(error);
      throw refuse([importIssue('', 'economy.not_xlsx', { reason: (error as Error).message })]);
    }
  }
  // Text: anything with a NUL byte in its first kilobyte is some other binary file.
  if (bytes.subarray(0, 1024).includes(0)) throw unsupportedFile();
  try {
    return { format: 'csv', sheets: [readCsv(bytes)] };
  } catch (error) {
    if (error instanceof FileTooLarge) throw refuseLarge(error);
    throw refuse([importIssue('', 'economy.not_csv', { reason: (error as Error).message })]);
  }
}

/**
 * Finds the file's unit: by id when it is one of the tenant's, else by its name at year end.
 * An issue (at path '') when there is no such unit or more than one.
 */
export async function unitOf(
  deps: Pick<Deps, 'org'>,
  tenantId: string,
  unit: { id: string | null; name: string | null },
  year: number,
): Promise<{ id: string; name: string } | CodedIssue> {
  const date = `${year}-12-31`;
  if (unit.id) {
    const versions = await deps.org.versionsOfUnits(tenantId, [unit.id]);
    if (versions.length > 0) return { id: unit.id, name: versionOn(versions, date)!.name };
  }
  const named = (await deps.org.treeAt(tenantId, date)).filter((u) => u.name === unit.name);
  if (named.length === 1) return { id: named[0]!.id, name: named[0]!.name };
  return named.length === 0
    ? importIssue('', 'economy.no_such_unit', { unit: unit.name ?? unit.id ?? '', year: `${year}` })
    : importIssue('', 'economy.unit_ambiguous', { unit: unit.name ?? '', year: `${year}` });
}

export async function importEconomy(
  deps: ComputedDeps,
  principal: Principal,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<EconomyImportResult> {
  const { format, sheets } = await readFile(bytes);
  const rowCount = sheets.reduce((n, sheet) => n + sheet.rows.length, 0);
  options.progress?.(
    'file_read',
    `${format} file read: ${sheets.length} sheet(s), ${rowCount} rows`,
  );
  const problems = new Problems();
  const { meta, unit } = await fileUnitAndYear(deps, principal.tenantId, sheets, options, problems);
  const year = meta.year!;
  const scope = await economyScope(deps, principal, unit.id, year, 'followup.write');
  const loaded = await loadEconomy(deps, principal.tenantId, scope);
  const statements = readStatementSheets(sheets, year, meta.amountUnit ?? 'kr', problems);
  const read = readEconomySheets(
    sheets,
    meta,
    { periods: loaded.periods.map((p) => p.key), resultUnits: loaded.funds.map((f) => f.unitName) },
    problems,
  );
  if (!read.ok) throw refuse(read.issues);
  options.progress?.('cells_checked', `every cell of ${read.rows} rows checked`);
  const plan = planImport(sheetOf(loaded), read.sheet);
  if (
    (plan.settingsChanged || plan.structureChanged) &&
    !can(principal.grants, 'model.write', scope.ancestry)
  )
    throw refuse([structureIssue(plan)]);
  const unitName = { id: unit.id, name: scope.unit.name };
  const stored = await storedStatements(deps, principal.tenantId, loaded);
  const changed = statementsChanged(statements, stored);
  const result = {
    ...importResult(plan, read, { unit: unitName, year, format, dryRun: options.dryRun }),
    statements: {
      investmentAccount: statements.investments?.length ?? null,
      balanceSheet: statements.balance?.length ?? null,
    },
  };
  result.unchanged &&= !changed.investments && !changed.balance;
  if (options.dryRun || result.unchanged) return result;
  const economyYearId = await applyPlan(deps, principal, loaded, read.sheet, plan, {
    format,
    sha256: sha256(bytes),
  });
  await writeStatements(deps, principal, economyYearId, statements, stored);
  // Computed indicators of the unit and the units above it follow the new figures (decision 004).
  await refreshComputedOutcomes(deps, actorOf(principal), year, { unitIds: scope.ancestry });
  options.progress?.(
    'written',
    `${result.lines.created + result.lines.updated} lines written, ${result.lines.deleted} removed`,
  );
  return result;
}

/** The file's settings, unit and year, checked against the page it was uploaded on. */
async function fileUnitAndYear(
  deps: ComputedDeps,
  tenantId: string,
  sheets: readonly Sheet[],
  options: ImportOptions,
  problems: Problems,
): Promise<{ meta: Meta; unit: { id: string; name: string } }> {
  const table = sheets.find((s) => s.name === SHEETS.table) ?? sheets[0];
  if (!table) throw refuse([importIssue('', 'economy.no_sheets', {})]);
  const meta = readMeta(table, problems);
  if (problems.count > 0) throw refuse(problems.issues());
  const year = meta.year!;
  const unit = await unitOf(deps, tenantId, meta.unit, year);
  const at = table.name;
  if ('code' in unit) problems.addIssue({ ...unit, path: at });
  else if (options.unitId && options.unitId !== unit.id)
    problems.addIssue(importIssue(at, 'economy.other_unit', { unit: unit.name }));
  if (options.year !== undefined && options.year !== year)
    problems.addIssue(
      importIssue(at, 'economy.other_year', { year: `${year}`, expected: `${options.year}` }),
    );
  if (!(await deps.years.yearId(tenantId, year)))
    problems.addIssue(importIssue(at, 'economy.year_missing', { year: `${year}` }));
  if (problems.count > 0 || 'code' in unit) throw refuse(problems.issues());
  return { meta, unit };
}

/** What the import does (or would do), in numbers. */
function importResult(
  plan: ImportPlan,
  read: { rows: number; sheet: EconomySheet; warnings: FieldIssue[]; columns: ImportedColumn[] },
  about: Pick<EconomyImportResult, 'unit' | 'year' | 'format' | 'dryRun'>,
): EconomyImportResult {
  const { areas, lines } = plan;
  const { carryOvers, funds } = read.sheet;
  return {
    ...about,
    rows: read.rows,
    areas: {
      created: areas.created.length,
      updated: areas.updated.length,
      deleted: areas.deleted.length,
      unchanged: areas.unchanged,
    },
    lines: {
      created: lines.created.length,
      updated: lines.updated.length,
      deleted: lines.deleted.length + lines.deletedWithArea,
      unchanged: lines.unchanged,
    },
    printedTotals: plan.totals.length,
    carryOvers: carryOvers ? (plan.carryOversChanged ? carryOvers.requests.length : 0) : null,
    resultFunds: funds ? plan.funds.length : null,
    unchanged: isEmptyPlan(plan),
    warnings: read.warnings,
    columns: read.columns,
    statements: { investmentAccount: null, balanceSheet: null },
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Why a file that changes the table itself is refused to someone who may only report. */
function structureIssue(plan: ImportPlan): CodedIssue {
  const { created, deleted, updated } = plan.areas;
  // At most five names of each, '–' for none: the text stays short whatever the file does.
  const list = (names: string[]) => (names.length === 0 ? '–' : names.slice(0, 5).join(', '));
  return created.length + deleted.length + updated.length > 0
    ? importIssue(SHEETS.table, 'economy.changes_areas', {
        created: list(created.map((a) => a.name)),
        deleted: list(deleted),
        updated: list(updated.map((a) => a.name)),
      })
    : importIssue(SHEETS.table, 'economy.changes_settings', {});
}

const values = (amounts: SheetAmounts) => ({
  originalBudget: amounts.originalBudget,
  adjustedBudget: amounts.adjustedBudget,
  outcome: amounts.outcome,
  previousYearOutcome: amounts.previousYearOutcome,
  printedDeviation: amounts.deviation,
});

type Stored = Awaited<ReturnType<Deps['economy']['ensureYear']>>;
/** What the writing steps share: who writes, where, and the ids of the areas by name. */
type Writing = {
  deps: Deps;
  principal: Principal;
  stored: Stored;
  loaded: LoadedEconomy;
  sheet: EconomySheet;
  plan: ImportPlan;
  idOf: Map<string, string>;
};

async function applyPlan(
  deps: Deps,
  principal: Principal,
  loaded: LoadedEconomy,
  sheet: EconomySheet,
  plan: ImportPlan,
  file: { format: string; sha256: string },
) {
  const { scope } = loaded;
  const stored = await deps.economy.ensureYear(
    principal.tenantId,
    scope.unit.id,
    scope.yearId,
    principal.userId,
  );
  const idOf = new Map(loaded.table.areas.map((area) => [area.name, area.id]));
  const writing: Writing = { deps, principal, stored, loaded, sheet, plan, idOf };
  if (plan.settingsChanged || plan.structureChanged) await writeStructure(writing);
  await writeLines(writing);
  await writeTotals(writing);
  await writeCarryOversAndFunds(writing);
  await deps.audit.record(actorOf(principal), {
    entity: 'economy_year',
    entityId: stored.id,
    action: 'update',
    before: auditBefore(sheetOf(loaded), plan),
    after: auditAfter(sheet, plan, file),
  });
  return stored.id;
}

/** The settings and the areas: new ones get ids, removed ones go, every one in its place. */
async function writeStructure({ deps, principal, stored, loaded, sheet, plan, idOf }: Writing) {
  const { tenantId, userId } = principal;
  const settings = {
    title: sheet.settings.title,
    signConvention: sheet.settings.signConvention,
    displayUnit: sheet.settings.unit,
    decimals: sheet.settings.decimals,
  };
  if (!(await deps.economy.saveSettings(tenantId, stored.id, settings, stored.version, userId)))
    throw economyConflict();
  for (const area of sheet.areas) if (!idOf.has(area.name)) idOf.set(area.name, randomUUID());
  await deps.economy.deleteAreas(
    tenantId,
    plan.areas.deleted.map((name) => idOf.get(name)!),
  );
  await deps.economy.writeAreas(
    tenantId,
    stored.id,
    storedOrder(sheet.areas).map((area, position) => ({
      id: idOf.get(area.name)!,
      name: area.name,
      kind: area.kind,
      parentId: area.partOf === null ? null : idOf.get(area.partOf)!,
      description: area.description,
      position,
    })),
    new Set(loaded.table.areas.map((area) => area.id)),
  );
}

/** The lines created and updated, in one bulk write, and the lines removed. */
async function writeLines({ deps, principal, loaded, plan, idOf }: Writing) {
  const { tenantId, userId } = principal;
  const periodOf = new Map(loaded.periods.map((p) => [p.key, p.id]));
  const storedLine = new Map(
    loaded.table.lines.map((line) => [`${line.areaId}:${line.kind}`, line]),
  );
  const bulk: BulkLine[] = [...plan.lines.created, ...plan.lines.updated].map(
    ({ area, kind, amounts }) => {
      const areaId = idOf.get(area)!;
      const existing = storedLine.get(`${areaId}:${kind}`);
      return {
        id: existing?.id ?? randomUUID(),
        areaId,
        kind,
        ...values(amounts),
        forecasts: [...amounts.forecasts].map(([key, amount]) => ({
          periodId: periodOf.get(key)!,
          amount,
        })),
        version: (existing?.version ?? 0) + 1,
      };
    },
  );
  if (!(await deps.economy.writeLines(tenantId, bulk, userId))) throw economyConflict();
  await deps.economy.deleteLines(
    tenantId,
    plan.lines.deleted.map(({ area, kind }) => storedLine.get(`${idOf.get(area)}:${kind}`)!.id),
  );
}

/** The printed totals (Summa …), each written with the version it was read at. */
async function writeTotals({ deps, principal, stored, loaded, plan }: Writing) {
  for (const total of plan.totals) {
    const existing = loaded.table.totals.find(
      (t) => t.scope === total.scope && t.kind === total.kind,
    );
    const amounts = total.amounts;
    const written = amounts && {
      originalBudget: amounts.originalBudget,
      adjustedBudget: amounts.adjustedBudget,
      outcome: amounts.outcome,
      previousYearOutcome: amounts.previousYearOutcome,
      deviation: amounts.deviation,
    };
    const place = { scope: total.scope, kind: total.kind };
    const version = existing?.version ?? 0;
    if (!(await deps.economy.saveTotal(principal.tenantId, stored.id, place, written, version)))
      throw economyConflict();
  }
}

/** The carry-overs, when the file has them and they changed, and the result funds. */
async function writeCarryOversAndFunds(writing: Writing) {
  const { deps, principal, stored, loaded, sheet, plan } = writing;
  const { tenantId, userId } = principal;
  if (plan.carryOversChanged && sheet.carryOvers)
    if (
      !(await deps.economy.saveCarryOvers(
        tenantId,
        stored.id,
        sheet.carryOvers,
        stored.carryOverVersion,
      ))
    )
      throw economyConflict();
  const fundUnits = new Map(loaded.funds.map((fund) => [fund.unitName, fund]));
  for (const { unitName, ...fund } of plan.funds) {
    const existing = fundUnits.get(unitName)!;
    if (existing.version === 0 && emptyFund({ unitName, ...fund })) continue;
    const where = { unitId: existing.unitId, yearId: loaded.scope.yearId };
    if (!(await deps.economy.saveFund(tenantId, where, fund, existing.version, userId)))
      throw economyConflict();
  }
}
