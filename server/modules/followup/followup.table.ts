import { date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { reportStatuses } from '#contracts/followup.ts';
import { idColumn, tenantColumn, versionedColumns } from '#server/db/columns.ts';
import { unitPeriodColumns } from '#server/db/report-columns.ts';
import { usersTable } from '../people/people.table.ts';

/** Where a unit's report for a period stands in the workflow. No row: a draft. */
export const unitReportsTable = pgTable(
  'unit_reports',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...unitPeriodColumns(),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    returnComment: text('return_comment').notNull().default(''),
    /** set while an adopted report is published to the public (no login); cleared on reopen */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => usersTable.id),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    unique('unit_reports_unique').on(t.unitId, t.periodId),
    index('unit_reports_period_idx').on(t.tenantId, t.periodId),
  ],
);
