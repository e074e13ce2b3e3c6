import { createHash, randomUUID } from 'node:crypto';
import type { EconomyImportResult, LineKind } from '#contracts/economy.ts';
import type { FieldIssue } from '#contracts/common.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import {
  refreshComputedOutcomes,
  type ComputedDeps,
} from '../indicators/indicators.computed.usecases.ts';
import { can } from '../people/people.rules.ts';
import { economyConflict, invalidFile, unsupportedFile } from './economy.errors.ts';
import { sheetOf } from './economy.export.usecases.ts';
import { looksLikeXlsx, readCsv, readXlsx } from './economy.files.ts';
import {
  emptyFund,
  isEmptyPlan,
  planImport,
  storedOrder,
  type ImportPlan,
} from './economy.import.rules.ts';
import type { BulkLine, StoredTable } from './economy.repository.ts';
import { economyScope, versionOn } from './economy.scope.ts';
import { Problems } from './economy.sheet.cells.rules.ts';
import { readMeta } from './economy.sheet.header.rules.ts';
import { readEconomySheets } from './economy.sheet.read.rules.ts';
import { SHEETS, type EconomySheet, type Sheet, type SheetAmounts } from './economy.sheet.rules.ts';
import { loadEconomy, type Deps, type LoadedEconomy } from './economy.usecases.ts';

/**
 * Importing an Excel workbook or CSV file of a unit's economy for a year (the layout of
 * economy.sheet.rules.ts). The file names its unit and year. Every cell is read and checked
 * first; a file with any problem imports nothing, and the answer lists every problem in Swedish
 * by row and column. Run in one transaction: all of it is written or none. A file that changes
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

async function readFile(bytes: Uint8Array): Promise<{ format: 'xlsx' | 'csv'; sheets: Sheet[] }> {
  if (looksLikeXlsx(bytes)) {
    try {
      return { format: 'xlsx', sheets: await readXlsx(bytes) };
    } catch (error) {
      throw refuse([
        {
          path: '',
          message: `Filen kunde inte läsas som en Excel-arbetsbok: ${(error as Error).message}`,
        },
      ]);
    }
  }
  // Text: anything with a NUL byte in its first kilobyte is some other binary file.
  if (bytes.subarray(0, 1024).includes(0)) throw unsupportedFile();
  try {
    return { format: 'csv', sheets: [readCsv(bytes)] };
  } catch (error) {
    throw refuse([
      { path: '', message: `Filen kunde inte läsas som CSV: ${(error as Error).message}` },
    ]);
  }
}

/** Finds the file's unit: by id when it is one of the tenant's, else by its name at year end. */
export async function unitOf(
  deps: Pick<Deps, 'org'>,
  tenantId: string,
  unit: { id: string | null; name: string | null },
  year: number,
) {
  const date = `${year}-12-31`;
  if (unit.id) {
    const versions = await deps.org.versionsOfUnits(tenantId, [unit.id]);
    if (versions.length > 0) return { id: unit.id, name: versionOn(versions, date)!.name };
  }
  const named = (await deps.org.treeAt(tenantId, date)).filter((u) => u.name === unit.name);
  if (named.length === 1) return { id: named[0]!.id, name: named[0]!.name };
  return named.length === 0
    ? `enheten '${unit.name ?? unit.id}' finns inte vid utgången av ${year}`
    : `flera enheter heter '${unit.name}' vid utgången av ${year}; ange enhetens id`;
}

export async function importEconomy(
  deps: ComputedDeps,
  principal: Principal,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<EconomyImportResult> {
  const { tenantId } = principal;
  const { format, sheets } = await readFile(bytes);
  const rowCount = sheets.reduce((n, sheet) => n + sheet.rows.length, 0);
  options.progress?.(
    'file_read',
    `${format} file read: ${sheets.length} sheet(s), ${rowCount} rows`,
  );
  const table = sheets.find((s) => s.name === SHEETS.table) ?? sheets[0];
  if (!table) throw refuse([{ path: '', message: 'Filen har inga blad.' }]);
  const problems = new Problems();
  const meta = readMeta(table, problems);
  if (problems.count > 0) throw refuse(problems.issues());
  const year = meta.year!;
  const unit = await unitOf(deps, tenantId, meta.unit, year);
  if (typeof unit === 'string') problems.add(table.name, null, null, unit);
  else if (options.unitId && options.unitId !== unit.id)
    problems.add(
      table.name,
      null,
      null,
      `filen gäller ${unit.name}, inte enheten den laddades upp för`,
    );
  if (options.year !== undefined && options.year !== year)
    problems.add(table.name, null, null, `filen gäller ${year}, inte ${options.year}`);
  if (!(await deps.periods.yearId(tenantId, year)))
    problems.add(table.name, null, null, `budgetåret ${year} finns inte; lägg upp det först`);
  if (problems.count > 0 || typeof unit === 'string') throw refuse(problems.issues());

  const scope = await economyScope(deps, principal, unit.id, year, 'followup.write');
  const loaded = await loadEconomy(deps, tenantId, scope);
  const read = readEconomySheets(
    sheets,
    meta,
    { periods: loaded.periods.map((p) => p.key), resultUnits: loaded.funds.map((f) => f.unitName) },
    problems,
  );
  if (!read.ok) throw refuse(read.issues);
  options.progress?.('cells_checked', `every cell of ${read.rows} rows checked`);
  const current = sheetOf(loaded);
  const plan = planImport(current, read.sheet);
  if (
    (plan.settingsChanged || plan.structureChanged) &&
    !can(principal.grants, 'model.write', scope.ancestry)
  )
    throw refuse([
      {
        path: SHEETS.table,
        message: `Filen ändrar tabellens verksamhetsområden eller inställningar (${describeStructure(plan)}); det kräver behörighet att ändra modellen. Inget har sparats.`,
      },
    ]);
  const result: EconomyImportResult = {
    unit: { id: unit.id, name: scope.unit.name },
    year,
    format,
    dryRun: options.dryRun,
    rows: read.rows,
    areas: {
      created: plan.areas.created.length,
      updated: plan.areas.updated.length,
      deleted: plan.areas.deleted.length,
      unchanged: plan.areas.unchanged,
    },
    lines: {
      created: plan.lines.created.length,
      updated: plan.lines.updated.length,
      deleted: plan.lines.deleted.length + plan.lines.deletedWithArea,
      unchanged: plan.lines.unchanged,
    },
    printedTotals: plan.totals.length,
    carryOvers: read.sheet.carryOvers
      ? plan.carryOversChanged
        ? read.sheet.carryOvers.requests.length
        : 0
      : null,
    resultFunds: read.sheet.funds ? plan.funds.length : null,
    unchanged: isEmptyPlan(plan),
  };
  if (options.dryRun || result.unchanged) return result;
  await applyPlan(deps, principal, loaded, read.sheet, plan, { format, sha256: sha256(bytes) });
  // Computed indicators of the unit and the units above it follow the new figures (decision 004).
  await refreshComputedOutcomes(deps, actorOf(principal), year, { unitIds: scope.ancestry });
  options.progress?.(
    'written',
    `${result.lines.created + result.lines.updated} lines written, ${result.lines.deleted} removed`,
  );
  return result;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function describeStructure(plan: ImportPlan) {
  const parts = [
    plan.areas.created.length > 0
      ? `nya: ${plan.areas.created
          .map((a) => a.name)
          .slice(0, 5)
          .join(', ')}`
      : null,
    plan.areas.deleted.length > 0
      ? `borttagna: ${plan.areas.deleted.slice(0, 5).join(', ')}`
      : null,
    plan.areas.updated.length > 0
      ? `ändrade: ${plan.areas.updated
          .map((a) => a.name)
          .slice(0, 5)
          .join(', ')}`
      : null,
    plan.settingsChanged ? 'inställningarna' : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'ordningen';
}

const values = (amounts: SheetAmounts) => ({
  originalBudget: amounts.originalBudget,
  adjustedBudget: amounts.adjustedBudget,
  outcome: amounts.outcome,
  previousYearOutcome: amounts.previousYearOutcome,
  printedDeviation: amounts.deviation,
});
const audited = (amounts: SheetAmounts) => ({
  ...values(amounts),
  forecasts: Object.fromEntries(amounts.forecasts),
});

const LINE_COLUMNS = [
  'area',
  'kind',
  'originalBudget',
  'adjustedBudget',
  'outcome',
  'previousYearOutcome',
  'printedDeviation',
  'forecasts',
];
const auditRow = (area: string, kind: LineKind, amounts: SheetAmounts) => [
  area,
  kind,
  amounts.originalBudget,
  amounts.adjustedBudget,
  amounts.outcome,
  amounts.previousYearOutcome,
  amounts.deviation,
  amounts.forecasts.size === 0 ? null : Object.fromEntries(amounts.forecasts),
];

async function applyPlan(
  deps: Deps,
  principal: Principal,
  loaded: LoadedEconomy,
  sheet: EconomySheet,
  plan: ImportPlan,
  file: { format: string; sha256: string },
) {
  const { tenantId, userId } = principal;
  const { scope } = loaded;
  const stored = await deps.economy.ensureYear(tenantId, scope.unit.id, scope.yearId, userId);
  const before: StoredTable = loaded.table;
  const idOf = new Map(before.areas.map((area) => [area.name, area.id]));
  if (plan.settingsChanged || plan.structureChanged) {
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
      new Set(before.areas.map((area) => area.id)),
    );
  }

  const periodOf = new Map(loaded.periods.map((p) => [p.key, p.id]));
  const storedLine = new Map(before.lines.map((line) => [`${line.areaId}:${line.kind}`, line]));
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
  for (const total of plan.totals) {
    const existing = before.totals.find((t) => t.scope === total.scope && t.kind === total.kind);
    const amounts = total.amounts;
    const written = amounts && {
      originalBudget: amounts.originalBudget,
      adjustedBudget: amounts.adjustedBudget,
      outcome: amounts.outcome,
      previousYearOutcome: amounts.previousYearOutcome,
      deviation: amounts.deviation,
    };
    const place = { scope: total.scope, kind: total.kind };
    if (
      !(await deps.economy.saveTotal(tenantId, stored.id, place, written, existing?.version ?? 0))
    )
      throw economyConflict();
  }
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
    const where = { unitId: existing.unitId, yearId: scope.yearId };
    if (!(await deps.economy.saveFund(tenantId, where, fund, existing.version, userId)))
      throw economyConflict();
  }

  // One entry for the file, with every change it made, before and after. Lines are rows of
  // LINE_COLUMNS: a large file's entry stays a few bytes a line.
  const old = sheetOf(loaded);
  const oldArea = new Map(old.areas.map((area) => [area.name, area]));
  const newArea = new Map(sheet.areas.map((area) => [area.name, area]));
  const rowOf =
    (source: Map<string, EconomySheet['areas'][number]>) =>
    ({ area, kind }: { area: string; kind: LineKind }) => {
      const amounts = source.get(area)?.lines[kind];
      return amounts ? auditRow(area, kind, amounts) : [area, kind];
    };
  const { created, updated, deleted } = plan.lines;
  await deps.audit.record(actorOf(principal), {
    entity: 'economy_year',
    entityId: stored.id,
    action: 'update',
    before: {
      settings: plan.settingsChanged ? old.settings : undefined,
      areas: plan.structureChanged ? old.areas.map(({ lines: _l, ...area }) => area) : undefined,
      lineColumns: LINE_COLUMNS,
      lines: [...updated, ...deleted].map(rowOf(oldArea)),
      deletedAreas: plan.areas.deleted.map((name) => ({
        name,
        lines: (Object.entries(oldArea.get(name)!.lines) as [LineKind, SheetAmounts][]).map(
          ([kind, amounts]) => auditRow(name, kind, amounts),
        ),
      })),
      totals: plan.totals.map(({ scope: s, kind }) => {
        const amounts = old.totals[s]?.[kind];
        return { scope: s, kind, amounts: amounts ? audited(amounts) : null };
      }),
      carryOvers: plan.carryOversChanged ? old.carryOvers : undefined,
      funds: plan.funds.map((f) => old.funds?.find((o) => o.unitName === f.unitName) ?? null),
    },
    after: {
      source: 'import',
      ...file,
      settings: plan.settingsChanged ? sheet.settings : undefined,
      areas: plan.structureChanged ? sheet.areas.map(({ lines: _l, ...area }) => area) : undefined,
      lineColumns: LINE_COLUMNS,
      lines: [...created, ...updated].map(rowOf(newArea)),
      removedLines: deleted.map(({ area, kind }) => [area, kind]),
      totals: plan.totals.map(({ scope: s, kind, amounts }) => ({
        scope: s,
        kind,
        amounts: amounts && audited(amounts),
      })),
      carryOvers: plan.carryOversChanged ? sheet.carryOvers : undefined,
      funds: plan.funds,
    },
  });
}
