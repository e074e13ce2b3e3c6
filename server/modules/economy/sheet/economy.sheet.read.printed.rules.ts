import type { CodedIssue } from '#contracts/issues.ts';
import type { ImportedColumn, LineKind, Money, SignConvention } from '#contracts/economy.ts';
import { absOre, formatMoney, ORE_PER_UNIT, toMoney, toOre } from '../economy.money.ts';
import { importIssue } from '../import/economy.import.issues.ts';
import { norm } from './economy.sheet.cells.rules.ts';
import { fieldOfColumn } from './economy.sheet.header.rules.ts';
import type { Layout, ReadArea, Row } from './economy.sheet.read.rules.ts';
import { columnName } from './economy.sheet.rules.ts';
import type { WarnColumn } from './economy.sheet.warnings.rules.ts';

/**
 * What the table sheet's reader makes of the columns and rows that real reports print
 * (economy.sheet.read.rules.ts): "Återstår" as the deviation, which header was read as what, and
 * the warnings about a total typed as an area and a printed "Differens mellan åren". Pure.
 */

/**
 * "Återstår" is budget − outcome: the deviation of every line but revenues under positive
 * revenues, whose deviation is outcome − budget (docs/economy-formulas.md), so −Återstår.
 */
export function remainingAsDeviation(
  value: Money,
  kind: LineKind | undefined,
  convention: SignConvention,
): Money {
  if (kind !== 'revenues' || convention !== 'revenue_positive') return value;
  return toMoney(-toOre(value));
}

/** The amount columns of the table, for the warnings about their scale. */
export const amountColumns = (layout: Layout): WarnColumn[] =>
  [...layout.columns].flatMap<WarnColumn>(([index, column]) =>
    column.kind === 'amount'
      ? [{ key: column.field, header: layout.headerText(index) }]
      : column.kind === 'forecast'
        ? [{ key: `f:${column.period}` as const, header: layout.headerText(index) }]
        : [],
  );

/** Each header of the table and what it was read as. */
export function importedColumns(layout: Layout): ImportedColumn[] {
  return [...layout.columns].map(([index, column]) => ({
    header: layout.headerText(index),
    field: fieldOfColumn(column),
    period: column.kind === 'forecast' ? column.period : null,
  }));
}

/**
 * A label that a report prints on a total: "Summa …", "Summa:", "Totalt …", "Total" (not
 * "Summan", "Totalförsvar").
 */
const TOTAL_LABEL = /^(summa|totalt?)(?![\p{L}\p{N}])/u;

/**
 * Areas whose label says they are a total ("Summa verksamhet", "Totalt:") but that are read as an
 * area of activity, since only "Summa drift" and "Totalt netto inkl investeringar" are totals: a
 * warning each, at the label's cell; they are imported all the same, and summed with the areas.
 */
export function totalsTypedAsAreas(layout: Layout, areas: readonly ReadArea[]): CodedIssue[] {
  const labelAt = layout.fieldAt.get('area') ?? 0;
  return areas
    .filter((area) => TOTAL_LABEL.test(norm(area.name)))
    .map((area) =>
      importIssue(
        `${layout.table.name}!${columnName(labelAt)}${area.firstRow}`,
        'economy.total_typed_as_area',
        { area: area.name, row: area.firstRow },
      ),
    );
}

/**
 * Rows whose printed "Differens mellan åren" is not this year's outcome less last year's (each
 * figure as printed, so up to one unit of the last printed decimal apart): a warning each, at the
 * printed cell. Read under the table's own convention, as both outcomes are.
 */
export function yearDifferences(
  layout: Layout,
  decimals: number,
  rows: readonly Row[],
): CodedIssue[] {
  const at = layout.fieldAt.get('yearDifference');
  if (at === undefined) return [];
  const unitOre = ORE_PER_UNIT[layout.unit] / 10n ** BigInt(decimals);
  const shown = (ore: bigint) => formatMoney(ore, { unit: layout.unit, decimals });
  return rows.flatMap(({ rowNo, label, yearDifference, amounts }) => {
    const { outcome, previousYearOutcome } = amounts;
    if (yearDifference === null || outcome === null || previousYearOutcome === null) return [];
    const computed = toOre(outcome) - toOre(previousYearOutcome);
    const printed = toOre(yearDifference);
    if (absOre(printed - computed) <= unitOre) return [];
    return [
      importIssue(`${layout.table.name}!${columnName(at)}${rowNo}`, 'economy.year_difference', {
        row: rowNo,
        area: label ?? '',
        printed: shown(printed),
        computed: shown(computed),
      }),
    ];
  });
}
