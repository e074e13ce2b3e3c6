import type { FieldIssue } from '#contracts/common.ts';
import type { DisplayUnit, LineKind, SignConvention, TotalScope } from '#contracts/economy.ts';
import { displayUnits } from '#contracts/economy.ts';
import { isBlank, norm, readAmount, textOf, type Problems } from './economy.sheet.cells.rules.ts';
import {
  AREA_KINDS,
  CONVENTIONS,
  META,
  ROW_KINDS,
  SHEETS,
  TOTAL_LABELS,
  type EconomySheet,
  type Sheet,
  type SheetAmounts,
  type SheetArea,
} from './economy.sheet.rules.ts';
import { readCarryOvers, readFunds } from './economy.sheet.read.more.rules.ts';

/**
 * Reading the Excel or CSV layout of economy.sheet.rules.ts. Every cell is read and checked before
 * anything is used; every problem is reported in Swedish with its row and column ("Rad 7,
 * kolumn Justerad budget 2015: '12,3,4' är inget belopp (fler än ett decimaltecken)"), and a file
 * with any problem is not imported at all. Pure.
 */

type Column =
  | { kind: 'area' | 'row' | 'deviation' | 'type' | 'partOf' | 'description' }
  | {
      kind: 'amount';
      field: 'originalBudget' | 'adjustedBudget' | 'outcome' | 'previousYearOutcome';
    }
  | { kind: 'forecast'; period: string };

/** What a header names, given the file's year; a string is the problem. */
export function classifyHeader(header: string, year: number): Column | string {
  const h = norm(header);
  if (['verksamhetsområde', 'område', 'budgetområde'].includes(h)) return { kind: 'area' };
  if (h === 'rad') return { kind: 'row' };
  if (h === 'typ') return { kind: 'type' };
  if (h === 'del av') return { kind: 'partOf' };
  if (h === 'beskrivning') return { kind: 'description' };
  if (/^avvikelse\b/.test(h)) return { kind: 'deviation' };
  if (/^justerad budget( \d{4})?$/.test(h)) return { kind: 'amount', field: 'adjustedBudget' };
  if (/^(ursprunglig )?budget( \d{4})?$/.test(h))
    return { kind: 'amount', field: 'originalBudget' };
  const forecast = /^prognos ([a-zåäö0-9]{1,8})( \d{4})?$/.exec(h);
  if (forecast) return { kind: 'forecast', period: forecast[1]!.toLocaleUpperCase('sv') };
  if (h === 'utfall föregående år') return { kind: 'amount', field: 'previousYearOutcome' };
  const outcome = /^(utfall|bokfört|bokslut)(?: (\d{4}|\d{6}))?$/.exec(h);
  if (outcome) {
    const token = outcome[2];
    if (!token) return { kind: 'amount', field: 'outcome' };
    const of = token.length === 4 ? Number(token) : 2000 + Number(token.slice(0, 2));
    const yy = (n: number) => (token.length === 4 ? n : 2000 + (n % 100));
    if (of === yy(year)) return { kind: 'amount', field: 'outcome' };
    if (of === yy(year - 1)) return { kind: 'amount', field: 'previousYearOutcome' };
    return `'${header}' avser varken ${year} eller ${year - 1}`;
  }
  return `okänd kolumn '${header}'; Rödtråd läser Verksamhetsområde, Rad, Budget, Justerad budget, Utfall, Prognos <period>, Avvikelse, Typ, Del av och Beskrivning`;
}

export type Meta = {
  unit: { id: string | null; name: string | null };
  year: number | null;
  amountUnit: DisplayUnit | null;
  decimals: number;
  convention: SignConvention | null;
  title: string;
  headerRow: number;
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The settings above the table's header row, with what is wrong with them. */
export function readMeta(sheet: Sheet, problems: Problems): Meta {
  const meta: Meta = {
    unit: { id: null, name: null },
    year: null,
    amountUnit: null,
    decimals: 1,
    convention: null,
    title: '',
    headerRow: -1,
  };
  const rows = sheet.rows;
  const at = (r: number, what: string, message: string) =>
    problems.add(sheet.name, r + 1, what, message, 1);
  for (let r = 0; r < rows.length; r++) {
    const key = textOf(rows[r]?.[0]);
    if (key === null) continue;
    const value = textOf(rows[r]?.[1]);
    const k = norm(key);
    if (k === norm('Verksamhetsområde')) {
      meta.headerRow = r;
      break;
    }
    if (k === norm(META.unit)) meta.unit.name = value;
    else if (k === norm(META.unitId)) {
      if (value !== null && !uuid.test(value)) at(r, META.unitId, `'${value}' är inget id`);
      else meta.unit.id = value;
    } else if (k === norm(META.year)) {
      if (value === null || !/^\d{4}$/.test(value))
        at(r, META.year, `'${value ?? ''}' är inget år`);
      else meta.year = Number(value);
    } else if (k === norm(META.amountUnit)) {
      const unit = displayUnits.find((u) => u === norm(value ?? ''));
      if (!unit)
        at(r, META.amountUnit, `'${value ?? ''}' är ingen enhet; skriv kr, tkr eller mnkr`);
      else meta.amountUnit = unit;
    } else if (k === norm(META.decimals)) {
      if (value === null || !/^[0-2]$/.test(value))
        at(r, META.decimals, `'${value ?? ''}' ska vara 0, 1 eller 2`);
      else meta.decimals = Number(value);
    } else if (k === norm(META.convention)) {
      const found = (Object.keys(CONVENTIONS) as SignConvention[]).find(
        (c) => norm(CONVENTIONS[c]) === norm(value ?? ''),
      );
      if (!found)
        at(
          r,
          META.convention,
          `'${value ?? ''}' ska vara ${CONVENTIONS.revenue_negative} eller ${CONVENTIONS.revenue_positive}`,
        );
      else meta.convention = found;
    } else if (k === norm(META.title)) meta.title = value ?? '';
  }
  const missing = (what: string) => problems.add(sheet.name, null, null, `raden ${what} saknas`);
  if (meta.headerRow < 0) missing('med rubrikerna (Verksamhetsområde, Rad …)');
  if (meta.unit.name === null && meta.unit.id === null) missing(META.unit);
  if (meta.year === null && !problems.list.some((p) => p.params?.column === META.year))
    missing(META.year);
  if (meta.amountUnit === null && !problems.list.some((p) => p.params?.column === META.amountUnit))
    missing(META.amountUnit);
  if (meta.convention === null && !problems.list.some((p) => p.params?.column === META.convention))
    missing(META.convention);
  return meta;
}

const emptyAmounts = (): SheetAmounts => ({
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

export type ReadContext = {
  /** the keys of the year's forecast periods */
  periods: readonly string[];
  /** the names of the result units at or below the unit */
  resultUnits: readonly string[];
};

export type ReadResult =
  { ok: true; sheet: EconomySheet; rows: number } | { ok: false; issues: FieldIssue[] };

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
  const columns = new Map<number, Column>();
  const header = table.rows[meta.headerRow] ?? [];
  const headerRow = meta.headerRow + 1;
  const seenFields = new Map<string, number>();
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
          : column.kind;
    if (seenFields.has(key))
      return problems.add(table.name, headerRow, text, 'kolumnen finns redan', index);
    seenFields.set(key, index);
    columns.set(index, column);
  });
  for (const required of ['area', 'row'])
    if (!seenFields.has(required) && meta.headerRow >= 0)
      problems.add(
        table.name,
        headerRow,
        null,
        `kolumnen ${required === 'area' ? 'Verksamhetsområde' : 'Rad'} saknas`,
      );

  const headerText = (index: number) => textOf(header[index]) ?? '';
  const areas = new Map<string, SheetArea & { firstRow: number; typed: boolean }>();
  const totals: EconomySheet['totals'] = {};
  const seenLines = new Map<string, number>();
  let figureRows = 0;

  for (let r = meta.headerRow + 1; meta.headerRow >= 0 && r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const rowNo = r + 1;
    figureRows += 1;
    const labelAt = seenFields.get('area');
    const kindAt = seenFields.get('row');
    const label = labelAt === undefined ? null : textOf(cells[labelAt]);
    const kindText = kindAt === undefined ? null : textOf(cells[kindAt]);
    const scope = label === null ? undefined : TOTALS.get(norm(label));
    let kind = kindText === null ? undefined : ROW_LABELS.get(norm(kindText));
    if (scope === 'including_investments' && kindText === null) kind = 'net';
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
    if (scope === 'including_investments' && kind !== undefined && kind !== 'net')
      problems.add(
        table.name,
        rowNo,
        'Rad',
        `${TOTAL_LABELS.including_investments} har bara en Netto-rad`,
        kindAt,
      );
    const computedRow = scope !== undefined || kind === 'net';
    const amounts = emptyAmounts();
    let typedForecast = false;
    const extras: { type: string | null; partOf: string | null; description: string | null } = {
      type: null,
      partOf: null,
      description: null,
    };
    for (const [index, column] of columns) {
      const cell = cells[index];
      if (column.kind === 'amount' || column.kind === 'forecast' || column.kind === 'deviation') {
        const read = readAmount(cell, unit, computedRow || column.kind === 'deviation');
        if (!read.ok) {
          problems.add(table.name, rowNo, headerText(index), read.message, index);
          continue;
        }
        if (read.value === null) continue;
        if (column.kind === 'amount') amounts[column.field] = read.value;
        else if (column.kind === 'deviation') amounts.deviation = read.value;
        else if (column.kind === 'forecast') {
          amounts.forecasts.set(column.period, read.value);
          typedForecast = true;
        }
      } else if (column.kind === 'type') extras.type = textOf(cell);
      else if (column.kind === 'partOf') extras.partOf = textOf(cell);
      else if (column.kind === 'description') extras.description = textOf(cell);
    }
    if (label === null || kind === undefined) continue;

    if (scope !== undefined) {
      if (typedForecast)
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
      if (hasFigures(amounts)) totals[scope] = { ...totals[scope], [kind]: amounts };
      continue;
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
    let area = areas.get(label);
    if (!area) {
      area = {
        name: label,
        kind: 'operating',
        partOf: null,
        description: '',
        lines: {},
        firstRow: rowNo,
        typed: false,
      };
      areas.set(label, area);
    }
    readAreaExtras(area, extras, { row: rowNo, sheet: table.name, at: seenFields }, problems);
    if (hasFigures(amounts)) area.lines[kind] = amounts;
  }
  checkParents([...areas.values()], table.name, problems);
  const carryOvers = readCarryOvers(sheets, unit, problems);
  const funds = readFunds(sheets, unit, context.resultUnits, problems);

  if (problems.count > 0) return { ok: false, issues: problems.issues() };
  return {
    ok: true,
    rows: figureRows,
    sheet: {
      unit: { id: meta.unit.id, name: meta.unit.name ?? '' },
      year,
      settings: {
        title: meta.title,
        signConvention: meta.convention!,
        unit,
        decimals: meta.decimals,
      },
      periods: [...columns.values()].flatMap((c) => ('period' in c ? [c.period] : [])),
      areas: [...areas.values()].map(({ firstRow: _f, typed: _t, ...area }) => area),
      totals,
      carryOvers,
      funds,
    },
  };
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
  area: SheetArea & { firstRow: number; typed: boolean },
  extras: { type: string | null; partOf: string | null; description: string | null },
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
