import type {
  DisplayUnit,
  EconomyMismatch,
  LineKind,
  Mismatch,
  MismatchCode,
  MismatchPlaceRef,
  SignConvention,
} from '#contracts/economy.ts';
import {
  amountIn,
  areaMismatches,
  checkedColumns,
  checkSubRows,
  expectedDeviation,
  mismatchOf,
  netIn,
  sumPresent,
  type CheckedColumn,
  type LineAmounts,
} from './economy.checks.rules.ts';
import { ORE_PER_UNIT } from '../economy.money.ts';

/**
 * The consistency checks of `checkTable` (economy.checks.rules.ts) over a stored table, where any
 * figure may be missing: a printed figure is compared with what the other figures say it should
 * be whenever both are there. On a complete table the findings are exactly `checkTable`'s, with
 * the same paths (`rows[i]` counts the operating areas, sub-rows included), plus where each sits.
 *
 * A row's "shown" figure is the printed one when there is one, else the computed one: the net of
 * an area is printed only when a net line is stored, else derived from costs and revenues, and a
 * deviation is printed only when one was typed, else computed. Sums and expectations use shown
 * figures; what is checked is always a printed one.
 *
 * A missing figure silences no total: totals are checked over the rows that have the figure (a
 * row's net from the costs or revenues it has, when it has only one of them), and a row without
 * any figure in a table whose other rows have them is itself a finding (`row.without_figures`).
 */

export type Amounts = LineAmounts;
export type AreaAmounts = Record<LineKind, Amounts>;

export interface CheckedArea {
  areaId: string;
  kind: 'operating' | 'investment' | 'large_project';
  subRow: boolean;
  /** the area a "Varav" sub-row is part of; its figures are checked against that area's */
  parentId?: string | null;
  shown: AreaAmounts;
  /** only what was printed or typed; null where nothing was */
  printed: AreaAmounts;
}

export interface StoredTableCheck {
  convention: SignConvention;
  tolerance: bigint;
  areas: CheckedArea[];
  /** Summa drift as printed, if it was */
  operatingTotal: AreaAmounts | null;
  /** the computed operating totals (shown when nothing is printed) */
  computedOperatingTotal: AreaAmounts;
  /** Totalt netto inkl investeringar as printed, if it was */
  includingInvestments: Amounts | null;
}

export const kinds: readonly LineKind[] = ['costs', 'revenues', 'net'];

/** One unit of the last printed decimal: 0,1 mnkr for mnkr with one decimal. */
export const toleranceOf = (unit: DisplayUnit, decimals: number) =>
  ORE_PER_UNIT[unit] / 10n ** BigInt(decimals);

type Where = Pick<EconomyMismatch, 'section' | 'areaId' | 'unitId'>;

/** Collects mismatches with where they sit; equal figures add nothing. */
export class Located {
  readonly list: EconomyMismatch[] = [];
  constructor(private readonly tolerance: bigint) {}

  compare(
    where: Where,
    code: MismatchCode,
    path: string,
    expected: bigint | null,
    printed: bigint | null,
    /** the other place the same figure is stated, for a check across tables */
    also?: MismatchPlaceRef,
  ) {
    if (expected === null || printed === null || expected === printed) return;
    const found = mismatchOf(code, path, expected, printed, this.tolerance);
    this.list.push({ ...found, ...where, ...(also ? { also } : {}) });
  }

  /** Mismatches from the pure checks, placed. */
  add(where: Where, found: readonly Mismatch[]) {
    for (const mismatch of found) this.list.push({ ...mismatch, ...where });
  }

  /** A finding whatever the amounts: a row without figures counts as 0 where `expected` is owed. */
  flag(where: Where, code: MismatchCode, path: string, expected: bigint) {
    this.list.push({ ...mismatchOf(code, path, expected, 0n, 0n), kind: 'error', ...where });
  }
}

/** A row's figure in a sum: the shown one; a net without one from the costs or revenues it has. */
function rowFigure(
  area: CheckedArea,
  kind: LineKind,
  column: CheckedColumn,
  convention: SignConvention,
): bigint | null {
  const shown = amountIn(area.shown[kind], column);
  if (shown !== null || kind !== 'net') return shown;
  const costs = amountIn(area.shown.costs, column);
  const revenues = amountIn(area.shown.revenues, column);
  if (costs === null && revenues === null) return null;
  return netIn(column, costs ?? 0n, revenues ?? 0n, convention);
}

const hasFigures = (area: CheckedArea) =>
  kinds.some((kind) =>
    checkedColumns.some(
      (column) =>
        amountIn(area.shown[kind], column) !== null ||
        amountIn(area.printed[kind], column) !== null,
    ),
  );

/** Every mismatch of a stored table, in `checkTable`'s order. */
export function checkStoredTable(input: StoredTableCheck): EconomyMismatch[] {
  const found = new Located(input.tolerance);
  const { convention, tolerance } = input;
  const operating = input.areas.filter((area) => area.kind === 'operating');
  const investments = input.areas.filter((area) => area.kind === 'investment');
  const projects = input.areas.filter((area) => area.kind === 'large_project');
  const summed = operating.filter((area) => !area.subRow);
  const place = (area: CheckedArea, section: Where['section']): Where => ({
    section,
    areaId: area.areaId,
    unitId: null,
  });
  const sumOf = (areas: readonly CheckedArea[], kind: LineKind, column: CheckedColumn) =>
    sumPresent(areas.map((area) => rowFigure(area, kind, column, convention)));
  const printedTotal = input.operatingTotal;

  /** A section's rows: each checked, then its empty rows, then its "Varav" rows. */
  const checkRows = (
    areas: readonly CheckedArea[],
    section: Where['section'],
    pathOf: (index: number) => string,
    leftForEmpty: (area: CheckedArea) => bigint,
  ) => {
    areas.forEach((area, index) =>
      found.add(
        place(area, section),
        areaMismatches(pathOf(index), area.shown, area.printed, convention, tolerance),
      ),
    );
    if (areas.some(hasFigures))
      areas.forEach((area, index) => {
        if (!hasFigures(area))
          found.flag(
            place(area, section),
            'row.without_figures',
            pathOf(index),
            leftForEmpty(area),
          );
      });
    areas.forEach((parent, index) => {
      const subRows = areas.filter((area) => area.subRow && area.parentId === parent.areaId);
      if (parent.subRow || subRows.length === 0) return;
      found.add(
        place(parent, section),
        checkSubRows(
          parent.shown,
          subRows.map((area) => area.shown),
          pathOf(index),
          tolerance,
        ),
      );
    });
  };

  // What the printed Summa netto (outcome) leaves for the summed rows without figures.
  const leftByTotal = (area: CheckedArea) => {
    const total = printedTotal && amountIn(printedTotal.net, 'outcome');
    return total === null || area.subRow ? 0n : total - (sumOf(summed, 'net', 'outcome') ?? 0n);
  };
  checkRows(operating, 'area', (index) => `rows[${index}]`, leftByTotal);

  if (printedTotal) {
    const where: Where = { section: 'operating_total', areaId: null, unitId: null };
    for (const kind of kinds)
      for (const column of checkedColumns)
        found.compare(
          where,
          'total.sum_of_rows',
          `totals.${kind}.${column}`,
          sumOf(summed, kind, column),
          amountIn(printedTotal[kind], column),
        );
    found.add(where, areaMismatches('totals', printedTotal, printedTotal, convention, tolerance));
  }

  checkRows(
    investments,
    'investments',
    (index) => (investments.length === 1 ? 'investments' : `investments[${index}]`),
    () => 0n,
  );
  projects.forEach((area, index) =>
    found.add(
      place(area, 'area'),
      areaMismatches(`projects[${index}]`, area.shown, area.printed, convention, tolerance),
    ),
  );

  const all = input.includingInvestments;
  if (all) {
    const where: Where = { section: 'including_investments', areaId: null, unitId: null };
    const operatingNet = (column: CheckedColumn) =>
      (printedTotal && amountIn(printedTotal.net, column)) ??
      amountIn(input.computedOperatingTotal.net, column) ??
      sumOf(summed, 'net', column);
    for (const column of checkedColumns)
      found.compare(
        where,
        'total_incl_investments.sum',
        `totalInclInvestments.${column}`,
        sumPresent([operatingNet(column), sumOf(investments, 'net', column)]),
        amountIn(all, column),
      );
    found.compare(
      where,
      'deviation.budget_minus_outcome',
      'totalInclInvestments.deviation',
      expectedDeviation('net', all, convention),
      all.deviation,
    );
  }
  return found.list;
}
