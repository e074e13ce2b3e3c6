import { index, integer, jsonb, pgTable, unique } from 'drizzle-orm/pg-core';
import type { FeedbackYear } from '#contracts/feedback.ts';
import { idColumn, refColumn, tenantColumn, versionedColumns } from '#server/db/columns.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';

/**
 * A unit's complaints, suggestions and surveys of a calendar year as one checked document
 * (contracts/feedback.ts `feedbackYear`); keyed by the year's number as staff figures are.
 */
export const feedbackYearsTable = pgTable(
  'feedback_years',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
    year: integer('year').notNull(),
    feedback: jsonb('feedback').$type<FeedbackYear>().notNull(),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    unique('feedback_years_unique').on(t.tenantId, t.unitId, t.year),
    index('feedback_years_year_idx').on(t.tenantId, t.year),
  ],
);
