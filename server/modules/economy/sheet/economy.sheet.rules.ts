import {
  dispositionScopes,
  type AreaKind,
  type CapBase,
  type CarryOverCategory,
  type DisplayUnit,
  type LineKind,
  type Money,
  type SignConvention,
  type TotalScope,
} from '#contracts/economy.ts';
import { toDecimalString, toOre } from '../economy.money.ts';
import {
  AREA_KINDS,
  CARRY_OVER_HEADERS,
  CAP_BASES,
  CATEGORIES,
  CONVENTIONS,
  FUND_HEADERS,
  HOW_TO,
  META,
  ROW_KINDS,
  TOTAL_LABELS,
  tableHeaders,
  totalLabel,
} from './economy.sheet.words.ts';

/**
 * The Excel and CSV layout of a unit's economy for a year (docs/economy-import.md): a sheet
 * "Ekonomi" laid out like the printed operating table (each area's Kostnader, Intäkter and Netto
 * rows, then Summa drift, the investments and the total including them, then the large
 * projects), with "Ombudgeteringar" and "Resultatfonder" as sheets of their own in a workbook.
 * Pure: a grid of cells in, a grid out; economy.sheet.files.ts turns grids into files.
 *
 * What Rödtråd computes (Netto, Avvikelse, the Summa rows) is written as Excel formulas, and a
 * formula in those cells is never read back. A number typed there is a printed figure: kept and
 * checked against the computed one, never used in its place.
 */

export type Formula = { formula: string; result?: number | string | null };
export type Cell = string | number | null | Formula;
export type Grid = Cell[][];
export type Sheet = { name: string; rows: Grid };

export const isFormula = (cell: Cell): cell is Formula =>
  typeof cell === 'object' && cell !== null && 'formula' in cell;

export const SHEETS = { table: 'Ekonomi', carryOvers: 'Ombudgeteringar', funds: 'Resultatfonder' };

/** The figures of one row, in kronor (contract money). */
export type SheetAmounts = {
  originalBudget: Money | null;
  adjustedBudget: Money | null;
  outcome: Money | null;
  previousYearOutcome: Money | null;
  /** the deviation as printed or typed */
  deviation: Money | null;
  /** by period key */
  forecasts: Map<string, Money>;
};

export type SheetArea = {
  name: string;
  kind: AreaKind;
  partOf: string | null;
  description: string;
  lines: Partial<Record<LineKind, SheetAmounts>>;
};

export type SheetCarryOver = {
  purpose: string;
  category: CarryOverCategory;
  amount: Money;
  amountInDecision: Money | null;
  decisionRef: string | null;
};

export type SheetFund = {
  unitName: string;
  turnover: Money | null;
  budget: Money | null;
  capBase: CapBase;
  resultBeforeDisposition: Money | null;
  opening: Money | null;
  surplusOwnAction: Money | null;
  used: Money | null;
  closing: Money | null;
  closingShareOfBase: string | null;
  note: string;
};

export type EconomySheet = {
  unit: { id: string | null; name: string };
  year: number;
  settings: { title: string; signConvention: SignConvention; unit: DisplayUnit; decimals: number };
  /** the forecast columns, by period key, in order */
  periods: string[];
  areas: SheetArea[];
  totals: Partial<Record<TotalScope, Partial<Record<LineKind, SheetAmounts>>>>;
  /** null: not part of the file (a CSV file holds the table only) */
  carryOvers: { printedTotal: Money | null; requests: SheetCarryOver[] } | null;
  funds: SheetFund[] | null;
};

/** Rödtråd's own values, cached in the formula cells for programs that do not recalculate. */
export type Computed = {
  /** by area name and line kind: net figures and the computed deviation */
  rows: Map<string, Partial<Record<LineKind, Partial<Record<AmountColumn, Money | null>>>>>;
  totals: Partial<
    Record<TotalScope, Partial<Record<LineKind, Partial<Record<AmountColumn, Money | null>>>>>
  >;
};

export type AmountColumn =
  | 'originalBudget'
  | 'adjustedBudget'
  | 'outcome'
  | 'previousYearOutcome'
  | 'deviation'
  | `forecast:${string}`;

// ── Writing ──────────────────────────────────────────────────────────────────────────────────

/**
 * An amount in the sheet's unit: a number when a spreadsheet's binary floating point holds it
 * exactly as written (15 significant digits), else the exact decimal text.
 */
export function amountCell(value: Money | null, unit: DisplayUnit): Cell {
  if (value === null) return null;
  const text = toDecimalString(toOre(value), unit);
  return text.replace(/[-.]/g, '').replace(/^0+/, '').length <= 15 ? Number(text) : text;
}

/** Column letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const numberOf = (value: Money | null | undefined, unit: DisplayUnit) => {
  const cell = amountCell(value ?? null, unit);
  return typeof cell === 'number' ? cell : null;
};

/** The "Ekonomi" sheet: settings above, then the table. */
export function tableSheet(sheet: EconomySheet, computed: Computed | null): Sheet {
  const { settings, year, periods } = sheet;
  const unit = settings.unit;
  const h = tableHeaders(year, periods);
  const amountColumns: AmountColumn[] = [
    'originalBudget',
    'adjustedBudget',
    'outcome',
    ...periods.map((key) => `forecast:${key}` as const),
    'previousYearOutcome',
  ];
  const header = [
    h.area,
    h.row,
    h.originalBudget,
    h.adjustedBudget,
    h.outcome,
    ...h.forecasts,
    h.previousYearOutcome,
    h.deviation,
    h.kind,
    h.partOf,
    h.description,
  ];
  const col = (index: number) => columnName(index);
  const amountCol = (column: AmountColumn) => col(2 + amountColumns.indexOf(column));
  const kindCol = col(3 + amountColumns.length);
  const partOfCol = col(4 + amountColumns.length);
  const [ob, ab, oc] = [
    amountCol('originalBudget'),
    amountCol('adjustedBudget'),
    amountCol('outcome'),
  ];
  const rows: Grid = [
    ['Rödtråd – ekonomi per verksamhetsområde'],
    [META.unit, sheet.unit.name],
    [META.unitId, sheet.unit.id],
    [META.year, year],
    [META.amountUnit, unit],
    [META.decimals, settings.decimals],
    [META.convention, CONVENTIONS[settings.signConvention]],
    [META.title, settings.title],
    [META.howTo, HOW_TO],
    [],
    header,
  ];
  const value = (amounts: SheetAmounts | undefined, column: AmountColumn) => {
    if (!amounts) return null;
    if (column.startsWith('forecast:'))
      return amounts.forecasts.get(column.slice('forecast:'.length)) ?? null;
    return amounts[column as Exclude<AmountColumn, `forecast:${string}`>];
  };
  // Deviation of a row: budget (adjusted, else original) against the outcome.
  const deviationFormula = (r: number, kind: LineKind) => {
    const base = `IF(${ab}${r}="",${ob}${r},${ab}${r})`;
    const actual = `${oc}${r}`;
    const body =
      kind === 'revenues' && settings.signConvention === 'revenue_positive'
        ? `${actual}-${base}`
        : `${base}-${actual}`;
    return `IF(OR(AND(${ob}${r}="",${ab}${r}=""),${actual}=""),"",${body})`;
  };
  const sign = settings.signConvention === 'revenue_negative' ? '+' : '-';
  const cached = (
    source: Partial<Record<AmountColumn, Money | null>> | undefined,
    column: AmountColumn,
  ) => numberOf(source?.[column], unit);

  /** One row: typed amounts as numbers, computed ones as formulas. */
  const row = (
    label: string,
    kind: LineKind,
    amounts: SheetAmounts | undefined,
    formulaOf: ((column: AmountColumn, r: number) => string) | null,
    results: Partial<Record<AmountColumn, Money | null>> | undefined,
    extra: Cell[],
  ): Cell[] => {
    const r = rows.length + 1;
    const cells: Cell[] = [label, ROW_KINDS[kind]];
    for (const column of amountColumns) {
      const typed = value(amounts, column);
      cells.push(
        typed !== null || !formulaOf
          ? amountCell(typed, unit)
          : { formula: formulaOf(column, r), result: cached(results, column) },
      );
    }
    const printed = amounts?.deviation ?? null;
    cells.push(
      printed !== null
        ? amountCell(printed, unit)
        : { formula: deviationFormula(r, kind), result: cached(results, 'deviation') },
    );
    return [...cells, ...extra];
  };
  const netFormula = (column: AmountColumn, r: number) => {
    const x = amountCol(column);
    return `IF(OR(${x}${r - 2}="",${x}${r - 1}=""),"",${x}${r - 2}${sign}${x}${r - 1})`;
  };

  const byKind = (kind: AreaKind) => sheet.areas.filter((area) => area.kind === kind);
  const areaRows = (area: SheetArea) => {
    const extra = (first: boolean): Cell[] => [
      AREA_KINDS[area.kind],
      area.partOf,
      first && area.description !== '' ? area.description : null,
    ];
    const results = computed?.rows.get(area.name);
    rows.push(row(area.name, 'costs', area.lines.costs, null, results?.costs, extra(true)));
    rows.push(
      row(area.name, 'revenues', area.lines.revenues, null, results?.revenues, extra(false)),
    );
    rows.push(row(area.name, 'net', area.lines.net, netFormula, results?.net, extra(false)));
  };

  const operatingStart = rows.length + 1;
  byKind('operating').forEach(areaRows);
  const operatingEnd = rows.length;
  const operating = byKind('operating').length > 0 || sheet.totals.operating;
  let summaNetRow = 0;
  if (operating) {
    const label = TOTAL_LABELS.operating;
    const sumFormula = (kind: LineKind) => (column: AmountColumn) => {
      const x = amountCol(column);
      const range = (c: string) =>
        `$${c}$${operatingStart}:$${c}$${Math.max(operatingEnd, operatingStart)}`;
      return `SUMIFS(${range(x)},${range('B')},"${ROW_KINDS[kind]}",${range(kindCol)},"${AREA_KINDS.operating}",${range(partOfCol)},"")`;
    };
    const totals = sheet.totals.operating ?? {};
    const results = computed?.totals.operating;
    rows.push(row(label, 'costs', totals.costs, sumFormula('costs'), results?.costs, []));
    rows.push(
      row(label, 'revenues', totals.revenues, sumFormula('revenues'), results?.revenues, []),
    );
    rows.push(row(label, 'net', totals.net, netFormula, results?.net, []));
    summaNetRow = rows.length;
  }
  const investmentStart = rows.length + 1;
  byKind('investment').forEach(areaRows);
  const investmentEnd = rows.length;
  if (byKind('investment').length > 0 || sheet.totals.including_investments) {
    const inclusive = (column: AmountColumn) => {
      const x = amountCol(column);
      const range = (c: string) =>
        `$${c}$${investmentStart}:$${c}$${Math.max(investmentEnd, investmentStart)}`;
      const investments =
        investmentEnd >= investmentStart
          ? `SUMIFS(${range(x)},${range('B')},"${ROW_KINDS.net}",${range(kindCol)},"${AREA_KINDS.investment}",${range(partOfCol)},"")`
          : '0';
      return summaNetRow > 0 ? `${x}${summaNetRow}+${investments}` : investments;
    };
    rows.push(
      row(
        TOTAL_LABELS.including_investments,
        'net',
        sheet.totals.including_investments?.net,
        inclusive,
        computed?.totals.including_investments?.net,
        [],
      ),
    );
  }
  // The result per business area's dispositions, as printed (results: no formulas of Rödtråd's).
  for (const scope of dispositionScopes) {
    const amounts = sheet.totals[scope]?.net;
    if (!amounts) continue;
    const cells = row(totalLabel(scope, year), 'net', amounts, null, undefined, []);
    if (amounts.deviation === null) cells[2 + amountColumns.length] = null;
    rows.push(cells);
  }
  byKind('large_project').forEach(areaRows);
  return { name: SHEETS.table, rows };
}

/** The "Ombudgeteringar" sheet. */
export function carryOverSheet(sheet: EconomySheet): Sheet | null {
  if (!sheet.carryOvers) return null;
  const unit = sheet.settings.unit;
  const h = CARRY_OVER_HEADERS;
  return {
    name: SHEETS.carryOvers,
    rows: [
      [`Ombudgeteringar ${sheet.year} till ${sheet.year + 1}`],
      [META.amountUnit, unit],
      [META.printedTotal, amountCell(sheet.carryOvers.printedTotal, unit)],
      [],
      [h.purpose, h.category, h.amount, h.amountInDecision, h.decisionRef],
      ...sheet.carryOvers.requests.map((r) => [
        r.purpose,
        CATEGORIES[r.category],
        amountCell(r.amount, unit),
        amountCell(r.amountInDecision, unit),
        r.decisionRef,
      ]),
    ],
  };
}

/** The "Resultatfonder" sheet: one row per result unit at or below the unit. */
export function fundSheet(sheet: EconomySheet): Sheet | null {
  if (!sheet.funds) return null;
  const unit = sheet.settings.unit;
  const h = FUND_HEADERS;
  return {
    name: SHEETS.funds,
    rows: [
      [`Resultatfonder ${sheet.year}`],
      [META.amountUnit, unit],
      [],
      Object.values(h),
      ...sheet.funds.map((f) => [
        f.unitName,
        amountCell(f.turnover, unit),
        amountCell(f.budget, unit),
        CAP_BASES[f.capBase],
        amountCell(f.resultBeforeDisposition, unit),
        amountCell(f.opening, unit),
        amountCell(f.surplusOwnAction, unit),
        amountCell(f.used, unit),
        amountCell(f.closing, unit),
        f.closingShareOfBase === null ? null : Number(f.closingShareOfBase),
        f.note === '' ? null : f.note,
      ]),
    ],
  };
}

export function economySheets(sheet: EconomySheet, computed: Computed | null): Sheet[] {
  return [tableSheet(sheet, computed), carryOverSheet(sheet), fundSheet(sheet)].filter(
    (s): s is Sheet => s !== null,
  );
}
