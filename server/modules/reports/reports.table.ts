import { date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { reportStatuses } from '#contracts/reports.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';
import { periodsTable } from '../periods/periods.table.ts';
import { tenantsTable } from '../tenants/tenants.table.ts';

/** Where a unit's report for a period stands in the workflow. No row: a draft. */
export const unitReportsTable = pgTable(
  'unit_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenantsTable.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periodsTable.id),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    returnComment: text('return_comment').notNull().default(''),
    /** set while an adopted report is published to the public (no login); cleared on reopen */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => usersTable.id),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => usersTable.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('unit_reports_unique').on(t.unitId, t.periodId),
    index('unit_reports_period_idx').on(t.tenantId, t.periodId),
  ],
);
