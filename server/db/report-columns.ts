import { index, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { refColumn } from './columns.ts';
import { orgUnitsTable } from '#server/modules/org/org.table.ts';
import { periodsTable } from '#server/modules/years/years.table.ts';

/*
 * A unit's report on one subject (a goal, an indicator, an activity) for a period: the columns
 * and keys the report tables share. Apart from columns.ts because it needs the unit and period
 * tables, which themselves use columns.ts.
 */

export const unitPeriodColumns = () => ({
  unitId: refColumn('unit_id', () => orgUnitsTable.id),
  periodId: refColumn('period_id', () => periodsTable.id),
});

/** One report per subject, unit and period; a period's reports found by unit. */
export const unitPeriodKeys = (
  table: string,
  subject: AnyPgColumn,
  t: { tenantId: AnyPgColumn; unitId: AnyPgColumn; periodId: AnyPgColumn },
) => [
  unique(`${table}_unique`).on(subject, t.unitId, t.periodId),
  index(`${table}_period_idx`).on(t.tenantId, t.periodId, t.unitId),
];
