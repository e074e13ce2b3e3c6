import type { FieldIssue } from '#contracts/common.ts';
import type { CodedIssue } from '#contracts/issues.ts';
import type {
  DisplayUnit,
  ImportedColumn,
  LineKind,
  Money,
  SignConvention,
  TotalScope,
} from '#contracts/economy.ts';
import { isBlank, norm, readAmount, textOf, type Problems } from './economy.sheet.cells.rules.ts';
import {
  columnName,
  SHEETS,
  type Cell,
  type EconomySheet,
  type Sheet,
  type SheetAmounts,
  type SheetArea,
} from './economy.sheet.rules.ts';
import { AREA_KINDS, ROW_KINDS, TOTAL_LABELS } from './economy.sheet.words.ts';
import { classifyHeader, type Column, type Meta } from './economy.sheet.header.rules.ts';
import { readCarryOvers, readFunds } from './economy.sheet.read.funds.rules.ts';
import { scaleWarnings, signWarnings } from './economy.sheet.warnings.rules.ts';
import {
  amountColumns,
  importedColumns,
  remainingAsDeviation,
  totalsTypedAsAreas,
  yearDifferences,
} from './economy.sheet.read.printed.rules.ts';

/**
 * Reading the Excel or CSV layout of economy.sheet.rules.ts. Every cell is read and checked before
 * anything is used; every problem is reported in Swedish with its row and column ("Rad 7,
 * kolumn Justerad budget 2015: '12,3,4' är inget belopp (fler än ett decimaltecken)"), and a file
 * with any problem is not imported at all. Pure.
 */

export const emptyAmounts = (): SheetAmounts => ({
  originalBudget: null,
  adjustedBudget: null,
  outcome: null,
  previousYearOutcome: null,
  deviation: null,
  forecasts: new Map(),
});

const ROW_LABELS = new Map<string, LineKind>(
  (Object.keys(ROW_KINDS) as LineKind[]).flatMap((kind) => [
    [norm(ROW_KINDS[kind]), kind],
    [norm(`Summa ${ROW_KINDS[kind]}`), kind],
  ]),
);
const TOTALS = new Map<string, TotalScope>(
  (Object.keys(TOTAL_LABELS) as TotalScope[]).map((scope) => [norm(TOTAL_LABELS[scope]), scope]),
);
/** A total by its label; "Utgående resultatfond (överföring till 2016)" names a year. */
const totalScopeOf = (label: string) =>
  TOTALS.get(norm(label).replace(/\s*\(överföring till \d{4}\)$/, ''));
/** The totals printed as one row: Totalt netto inkl investeringar and the dispositions. */
const singleLine = (scope: TotalScope | undefined) => scope !== undefined && scope !== 'operating';

export type ReadContext = {
  /** the keys of the year's forecast periods */
  periods: readonly string[];
  /** the names of the result units at or below the unit */
  resultUnits: readonly string[];
};

export type ReadResult =
  | {
      ok: true;
      sheet: EconomySheet;
      rows: number;
      warnings: CodedIssue[];
      columns: ImportedColumn[];
    }
  | { ok: false; issues: FieldIssue[] };

/** Where each column of the table sheet is: by position, and by field for the named ones. */
export type Layout = {
  table: Sheet;
  unit: DisplayUnit;
  convention: SignConvention;
  columns: Map<number, Column>;
  /** position of each field ('area', 'row', 'type', an amount's field, `f:T2` …) */
  fieldAt: Map<string, number>;
  headerText: (index: number) => string;
  /** position of the header's last filled cell: nothing may stand right of it */
  headerEnd: number;
};
type Extras = { type: string | null; partOf: string | null; description: string | null };
/** A non-blank row of the table sheet, its cells read. */
export type Row = {
  rowNo: number;
  label: string | null;
  kind: LineKind | undefined;
  scope: TotalScope | undefined;
  amounts: SheetAmounts;
  /** "Differens mellan åren" as printed: checked, not stored */
  yearDifference: Money | null;
  typedForecast: boolean;
  extras: Extras;
};
export type ReadArea = SheetArea & { firstRow: number; typed: boolean };
/** What the rows build: the areas, the printed totals and where each line was first seen. */
type Collected = {
  areas: Map<string, ReadArea>;
  totals: EconomySheet['totals'];
  seenLines: Map<string, number>;
};

/** The whole file read and checked; `meta` from `readMeta` on the same table sheet. */
export function readEconomySheets(
  sheets: readonly Sheet[],
  meta: Meta,
  context: ReadContext,
  problems: Problems,
): ReadResult {
  const table = sheets.find((s) => s.name === SHEETS.table) ?? sheets[0]!;
  const unit = meta.amountUnit ?? 'kr';
  const year = meta.year ?? 0;
  const layout = readLayout(table, meta, year, unit, context, problems);
  const collected: Collected = { areas: new Map(), totals: {}, seenLines: new Map() };
  let figureRows = 0;
  const read: Row[] = [];
  for (let r = meta.headerRow + 1; meta.headerRow >= 0 && r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    figureRows += 1;
    const row = readRow(layout, cells, r + 1, problems);
    read.push(row);
    if (row.label !== null && row.kind !== undefined)
      collectRow(layout, { ...row, label: row.label, kind: row.kind }, collected, problems);
  }
  checkParents([...collected.areas.values()], table.name, problems);
  const carryOvers = readCarryOvers(sheets, unit, problems);
  const funds = readFunds(sheets, unit, context.resultUnits, problems);

  if (problems.count > 0) return { ok: false, issues: problems.issues() };
  return {
    ok: true,
    rows: figureRows,
    columns: importedColumns(layout),
    warnings: [
      ...totalsTypedAsAreas(layout, [...collected.areas.values()]),
      ...yearDifferences(layout, meta.decimals, read),
      ...scaleWarnings(table.name, amountColumns(layout), read),
      ...signWarnings(
        table.name,
        layout.convention,
        read.filter((row) => row.scope === undefined),
      ),
    ],
    sheet: {
      unit: { id: meta.unit.id, name: meta.unit.name ?? '' },
      year,
      settings: {
        title: meta.title,
        signConvention: meta.convention!,
        unit,
        decimals: meta.decimals,
      },
      periods: [...layout.columns.values()].flatMap((c) => ('period' in c ? [c.period] : [])),
      areas: [...collected.areas.values()].map(({ firstRow: _f, typed: _t, ...area }) => area),
      totals: collected.totals,
      carryOvers,
      funds,
    },
  };
}

/** The header row: what each column holds, each named once, the area and row columns there. */
function readLayout(
  table: Sheet,
  meta: Meta,
  year: number,
  unit: DisplayUnit,
  context: ReadContext,
  problems: Problems,
): Layout {
  const columns = new Map<number, Column>();
  const header = table.rows[meta.headerRow] ?? [];
  const headerRow = meta.headerRow + 1;
  const fieldAt = new Map<string, number>();
  header.forEach((cell, index) => {
    const text = textOf(cell);
    if (text === null) return;
    const column = classifyHeader(text, year);
    if (typeof column === 'string') return problems.add(table.name, headerRow, text, column, index);
    if (column.kind === 'forecast' && !context.periods.includes(column.period))
      return problems.add(
        table.name,
        headerRow,
        text,
        `${year} har ingen prognosperiod ${column.period} (${context.periods.join(', ') || 'inga'})`,
        index,
      );
    const key =
      column.kind === 'amount'
        ? column.field
        : column.kind === 'forecast'
          ? `f:${column.period}`
          : column.kind === 'remaining'
            ? 'deviation'
            : column.kind;
    if (fieldAt.has(key))
      return problems.add(table.name, headerRow, text, 'kolumnen finns redan', index);
    fieldAt.set(key, index);
    columns.set(index, column);
  });
  for (const required of ['area', 'row'])
    if (!fieldAt.has(required) && meta.headerRow >= 0)
      problems.add(
        table.name,
        headerRow,
        null,
        `kolumnen ${required === 'area' ? 'Verksamhetsområde' : 'Rad'} saknas`,
      );
  const headerText = (index: number) => textOf(header[index]) ?? '';
  const convention = meta.convention ?? 'revenue_negative';
  return { table, unit, convention, columns, fieldAt, headerText, headerEnd: lastHeader(header) };
}

/** One row's label, kind and cells, each checked. */
function readRow(layout: Layout, cells: readonly Cell[], rowNo: number, problems: Problems): Row {
  const { table, fieldAt } = layout;
  refuseCellsOutside(layout, cells, rowNo, problems);
  const labelAt = fieldAt.get('area');
  const kindAt = fieldAt.get('row');
  const label = labelAt === undefined ? null : textOf(cells[labelAt]);
  const kindText = kindAt === undefined ? null : textOf(cells[kindAt]);
  const scope = label === null ? undefined : totalScopeOf(label);
  let kind = kindText === null ? undefined : ROW_LABELS.get(norm(kindText));
  if (singleLine(scope) && kindText === null) kind = 'net';
  if (label === null)
    problems.add(table.name, rowNo, 'Verksamhetsområde', 'namnet saknas', labelAt);
  if (kind === undefined)
    problems.add(
      table.name,
      rowNo,
      'Rad',
      `'${kindText ?? ''}' ska vara Kostnader, Intäkter eller Netto`,
      kindAt,
    );
  if (singleLine(scope) && kind !== undefined && kind !== 'net')
    problems.add(table.name, rowNo, 'Rad', `${label ?? ''} har bara en Netto-rad`, kindAt);
  const computedRow = scope !== undefined || kind === 'net';
  return {
    rowNo,
    label,
    kind,
    scope,
    ...readCells(layout, cells, { rowNo, kind, computedRow }, problems),
  };
}

/** The amounts, forecasts and area columns of one row. */
function readCells(
  layout: Layout,
  cells: readonly Cell[],
  { rowNo, kind, computedRow }: { rowNo: number; kind: LineKind | undefined; computedRow: boolean },
  problems: Problems,
): Pick<Row, 'amounts' | 'yearDifference' | 'typedForecast' | 'extras'> {
  const amounts = emptyAmounts();
  let yearDifference: Money | null = null;
  let typedForecast = false;
  const extras: Extras = { type: null, partOf: null, description: null };
  for (const [index, column] of layout.columns) {
    const cell = cells[index];
    if (
      column.kind === 'amount' ||
      column.kind === 'forecast' ||
      column.kind === 'deviation' ||
      column.kind === 'remaining' ||
      column.kind === 'yearDifference'
    ) {
      const printedOnly = column.kind !== 'amount' && column.kind !== 'forecast';
      const read = readAmount(cell, layout.unit, computedRow || printedOnly);
      if (!read.ok) {
        problems.add(layout.table.name, rowNo, layout.headerText(index), read.message, index);
        continue;
      }
      if (read.value === null) continue;
      if (column.kind === 'amount') amounts[column.field] = read.value;
      else if (column.kind === 'deviation') amounts.deviation = read.value;
      else if (column.kind === 'remaining')
        amounts.deviation = remainingAsDeviation(read.value, kind, layout.convention);
      else if (column.kind === 'yearDifference') yearDifference = read.value;
      else if (column.kind === 'forecast') {
        amounts.forecasts.set(column.period, read.value);
        typedForecast = true;
      }
    } else if (column.kind === 'type') extras.type = textOf(cell);
    else if (column.kind === 'partOf') extras.partOf = textOf(cell);
    else if (column.kind === 'description') extras.description = textOf(cell);
  }
  return { amounts, yearDifference, typedForecast, extras };
}

/** A read row as a printed total (Summa …) or a line of its area; each line once. */
function collectRow(
  layout: Layout,
  row: Row & { label: string; kind: LineKind },
  collected: Collected,
  problems: Problems,
) {
  const { table } = layout;
  const { rowNo, label, kind, scope, amounts } = row;
  const { seenLines } = collected;
  if (scope !== undefined) {
    if (row.typedForecast)
      problems.add(
        table.name,
        rowNo,
        null,
        'prognoser för summor räknas av Rödtråd; skriv dem per verksamhetsområde',
      );
    const key = `${scope}:${kind}`;
    if (seenLines.has(key))
      problems.add(
        table.name,
        rowNo,
        null,
        `${label}, ${ROW_KINDS[kind]} står redan på rad ${seenLines.get(key)}`,
      );
    seenLines.set(key, rowNo);
    if (hasFigures(amounts))
      collected.totals[scope] = { ...collected.totals[scope], [kind]: amounts };
    return;
  }
  const key = `${label}\u0000${kind}`;
  if (seenLines.has(key))
    problems.add(
      table.name,
      rowNo,
      null,
      `${ROW_KINDS[kind]} för '${label}' står redan på rad ${seenLines.get(key)}`,
    );
  seenLines.set(key, rowNo);
  const area = areaOf(collected.areas, label, rowNo);
  readAreaExtras(area, row.extras, { row: rowNo, sheet: table.name, at: layout.fieldAt }, problems);
  if (hasFigures(amounts)) area.lines[kind] = amounts;
}

/** The area of this name, begun at this row if it is new. */
function areaOf(areas: Map<string, ReadArea>, name: string, rowNo: number): ReadArea {
  let area = areas.get(name);
  if (!area) {
    area = {
      name,
      kind: 'operating',
      partOf: null,
      description: '',
      lines: {},
      firstRow: rowNo,
      typed: false,
    };
    areas.set(name, area);
  }
  return area;
}

const lastHeader = (header: readonly Cell[]) =>
  header.findLastIndex((cell) => textOf(cell) !== null);

/**
 * A filled cell right of the header's last column (a CSV row with a separator too many, or two
 * rows run together) would be dropped unread; it is refused instead.
 */
function refuseCellsOutside(
  layout: Layout,
  cells: readonly Cell[],
  rowNo: number,
  problems: Problems,
) {
  for (let c = layout.headerEnd + 1; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    problems.add(
      layout.table.name,
      rowNo,
      columnName(c),
      `'${textOf(cells[c])}' står utanför tabellen: rubrikraden har ${layout.headerEnd + 1} kolumner`,
      c,
    );
    return;
  }
}

const hasFigures = (amounts: SheetAmounts) =>
  amounts.forecasts.size > 0 ||
  [
    amounts.originalBudget,
    amounts.adjustedBudget,
    amounts.outcome,
    amounts.previousYearOutcome,
    amounts.deviation,
  ].some((value) => value !== null);

const AREA_KIND_LABELS = new Map<string, SheetArea['kind']>([
  ...(Object.entries(AREA_KINDS) as [SheetArea['kind'], string][]).map(
    ([kind, label]) => [norm(label), kind] as [string, SheetArea['kind']],
  ),
  ['investeringar', 'investment'],
  ['stort projekt som inte är en investering', 'large_project'],
]);

function readAreaExtras(
  area: ReadArea,
  extras: Extras,
  where: { row: number; sheet: string; at: ReadonlyMap<string, number> },
  problems: Problems,
) {
  const { row, sheet } = where;
  const at = (field: string) => where.at.get(field);
  if (extras.type !== null) {
    const kind = AREA_KIND_LABELS.get(norm(extras.type));
    if (!kind)
      problems.add(
        sheet,
        row,
        'Typ',
        `'${extras.type}' ska vara Drift, Investering eller Stort projekt`,
        at('type'),
      );
    else if (area.typed && kind !== area.kind)
      problems.add(
        sheet,
        row,
        'Typ',
        `'${extras.type}' men rad ${area.firstRow} säger ${AREA_KINDS[area.kind]}`,
        at('type'),
      );
    else {
      area.kind = kind;
      area.typed = true;
    }
  }
  if (extras.partOf !== null) {
    if (area.partOf !== null && area.partOf !== extras.partOf)
      problems.add(
        sheet,
        row,
        'Del av',
        `'${extras.partOf}' men rad ${area.firstRow} säger '${area.partOf}'`,
        at('partOf'),
      );
    area.partOf = extras.partOf;
  }
  if (extras.description !== null) {
    if (area.description !== '' && area.description !== extras.description)
      problems.add(
        sheet,
        row,
        'Beskrivning',
        `skiljer sig från beskrivningen på rad ${area.firstRow}`,
        at('description'),
      );
    area.description = extras.description;
  }
}

/** A "Varav" row's parent: another area of the same kind above it, not itself a sub-row. */
function checkParents(
  areas: readonly (SheetArea & { firstRow: number })[],
  sheet: string,
  problems: Problems,
) {
  const byName = new Map(areas.map((area) => [area.name, area]));
  for (const area of areas) {
    if (TOTALS.has(norm(area.name)))
      problems.add(
        sheet,
        area.firstRow,
        'Verksamhetsområde',
        `'${area.name}' är namnet på en summa`,
      );
    if (area.partOf === null) continue;
    const parent = byName.get(area.partOf);
    const fail = (message: string) => problems.add(sheet, area.firstRow, 'Del av', message);
    if (!parent || parent === area)
      fail(`'${area.partOf}' är inget annat verksamhetsområde i filen`);
    else if (parent.firstRow > area.firstRow) fail(`'${area.partOf}' ska stå före sin varav-rad`);
    else if (parent.partOf !== null) fail(`'${area.partOf}' är själv en varav-rad`);
    else if (parent.kind !== area.kind) fail(`'${area.partOf}' är av en annan typ`);
  }
}
