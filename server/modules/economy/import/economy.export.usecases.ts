import type { EconomyFileFormat, EconomyView, LineKind, Money } from '#contracts/economy.ts';
import type { Principal } from '#server/principal.ts';
import { CSV_TYPE, writeCsv, writeXlsx, XLSX_TYPE } from '../sheet/economy.sheet.files.ts';
import type { StoredLine } from '../economy.repository.ts';
import { statementSheets, yearComparisonSheet } from '../sheet/economy.sheet.statements.rules.ts';
import { economyScope } from '../economy.scope.ts';
import {
  economySheets,
  type AmountColumn,
  type Computed,
  type EconomySheet,
  type SheetAmounts,
  type SheetFund,
} from '../sheet/economy.sheet.rules.ts';
import {
  loadEconomy,
  orderedAreas,
  settingsOf,
  viewOf,
  type Deps,
  type LoadedEconomy,
} from '../economy.usecases.ts';

/** Downloading a unit's economy for a year as an Excel workbook or a CSV file. */

/** What is stored, as the sheet a file of it holds. */
export function sheetOf(loaded: LoadedEconomy): EconomySheet {
  const settings = settingsOf(loaded.stored);
  const keyOf = new Map(loaded.periods.map((p) => [p.id, p.key]));
  const nameOf = new Map(loaded.table.areas.map((a) => [a.id, a.name]));
  const amountsOf = (line: StoredLine): SheetAmounts => ({
    originalBudget: line.originalBudget,
    adjustedBudget: line.adjustedBudget,
    outcome: line.outcome,
    previousYearOutcome: line.previousYearOutcome,
    deviation: line.printedDeviation,
    forecasts: new Map(
      line.forecasts
        .filter((f) => keyOf.has(f.periodId))
        .map((f) => [keyOf.get(f.periodId)!, f.amount]),
    ),
  });
  const linesOf = new Map<string, Partial<Record<LineKind, SheetAmounts>>>();
  for (const line of loaded.table.lines)
    linesOf.set(line.areaId, { ...linesOf.get(line.areaId), [line.kind]: amountsOf(line) });
  const totals: EconomySheet['totals'] = {};
  for (const total of loaded.table.totals)
    totals[total.scope] = {
      ...totals[total.scope],
      [total.kind]: {
        originalBudget: total.originalBudget,
        adjustedBudget: total.adjustedBudget,
        outcome: total.outcome,
        previousYearOutcome: total.previousYearOutcome,
        deviation: total.deviation,
        forecasts: new Map(),
      },
    };
  return {
    unit: { id: loaded.scope.unit.id, name: loaded.scope.unit.name },
    year: loaded.scope.year,
    settings: {
      title: settings.title,
      signConvention: settings.signConvention,
      unit: settings.unit,
      decimals: settings.decimals,
    },
    periods: loaded.periods.map((p) => p.key),
    areas: orderedAreas(loaded.table).map((area) => ({
      name: area.name,
      kind: area.kind,
      partOf: area.parentId === null ? null : (nameOf.get(area.parentId) ?? null),
      description: area.description,
      lines: linesOf.get(area.id) ?? {},
    })),
    totals,
    carryOvers: {
      printedTotal: loaded.stored?.carryOverTotal ?? null,
      requests: loaded.carryOvers.map((request) => ({ ...request })),
    },
    funds: loaded.funds.map((fund) => ({
      unitName: fund.unitName,
      turnover: fund.turnover,
      budget: fund.budget,
      capBase: fund.capBase,
      resultBeforeDisposition: fund.resultBeforeDisposition,
      opening: fund.opening,
      surplusOwnAction: fund.surplusOwnAction,
      used: fund.used,
      closing: fund.closing,
      closingShareOfBase: fund.closingShareOfBase,
      note: fund.note,
    })),
  };
}

/** The same areas and result units without a figure: a template to fill in. */
export function blankSheet(sheet: EconomySheet): EconomySheet {
  return {
    ...sheet,
    areas: sheet.areas.map((area) => ({ ...area, lines: {} })),
    totals: {},
    carryOvers: { printedTotal: null, requests: [] },
    funds: (sheet.funds ?? []).map((fund) => blankFund(fund.unitName, fund.capBase)),
  };
}

/** A result unit's fund row with its name and cap base, and nothing filled in. */
export const blankFund = (unitName: string, capBase: SheetFund['capBase']): SheetFund => ({
  unitName,
  turnover: null,
  budget: null,
  capBase,
  resultBeforeDisposition: null,
  opening: null,
  surplusOwnAction: null,
  used: null,
  closing: null,
  closingShareOfBase: null,
  note: '',
});

/** Rödtråd's computed values, cached in the sheet's formula cells. */
export function computedOf(view: EconomyView): Computed {
  type Line = EconomyView['areas'][number]['lines']['net'];
  const columns = (line: Pick<Line, 'figures' | 'computed'>, withFigures: boolean) => {
    const out: Partial<Record<AmountColumn, Money | null>> = { deviation: line.computed.deviation };
    if (withFigures) {
      out.originalBudget = line.figures.originalBudget;
      out.adjustedBudget = line.figures.adjustedBudget;
      out.outcome = line.figures.outcome;
      out.previousYearOutcome = line.figures.previousYearOutcome;
      for (const f of line.figures.forecasts) out[`forecast:${f.period}`] = f.amount;
    }
    return out;
  };
  return {
    rows: new Map(
      view.areas.map((area) => [
        area.name,
        {
          costs: columns(area.lines.costs, false),
          revenues: columns(area.lines.revenues, false),
          net: columns(area.lines.net, true),
        },
      ]),
    ),
    totals: {
      operating: {
        costs: columns(view.totals.operating.costs, true),
        revenues: columns(view.totals.operating.revenues, true),
        net: columns(view.totals.operating.net, true),
      },
      including_investments: { net: columns(view.totals.includingInvestments, true) },
    },
  };
}

const slug = (name: string) =>
  name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The file with its name and type; the sheets are as economy.sheet.rules.ts lays them out. */
export async function exportEconomy(
  deps: Deps,
  principal: Principal,
  unitId: string,
  year: number,
  options: { format: EconomyFileFormat; blank: boolean },
): Promise<{ fileName: string; contentType: string; body: Buffer | string }> {
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  const loaded = await loadEconomy(deps, principal.tenantId, scope);
  const stored = sheetOf(loaded);
  const sheet = options.blank ? blankSheet(stored) : stored;
  const view = options.blank ? null : viewOf(loaded, principal);
  const sheets = economySheets(sheet, view && computedOf(view));
  const base = `ekonomi-${slug(scope.unit.name) || 'enhet'}-${year}${options.blank ? '-mall' : ''}`;
  if (options.format === 'csv')
    return {
      fileName: `${base}.csv`,
      contentType: CSV_TYPE,
      body: writeCsv(sheets[0]!, sheet.settings.unit, sheet.settings.decimals),
    };
  const headerRows = Object.fromEntries(
    sheets.map((s) => [
      s.name,
      s.rows.findIndex(
        (row) =>
          typeof row[0] === 'string' && /^(Verksamhetsområde|Ändamål|Resultatenhet)$/.test(row[0]),
      ),
    ]),
  );
  const statements =
    options.blank || !loaded.stored
      ? []
      : statementSheets(
          year,
          sheet.settings.unit,
          await deps.economy.investmentAccount(principal.tenantId, loaded.stored.id),
          await deps.economy.balanceSheet(principal.tenantId, loaded.stored.id),
        );
  for (const s of statements) headerRows[s.name] = 3;
  const comparison = view && yearComparisonSheet(year, sheet.settings.unit, view.yearComparison);
  if (comparison) {
    statements.push(comparison);
    headerRows[comparison.name] = 0;
  }
  return {
    fileName: `${base}.xlsx`,
    contentType: XLSX_TYPE,
    body: await writeXlsx([...sheets, ...statements], {
      decimals: sheet.settings.decimals,
      headerRows,
    }),
  };
}
