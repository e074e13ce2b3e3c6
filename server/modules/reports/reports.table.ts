import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { periodKinds } from '#contracts/years.ts';
import type { TemplateChapter } from '#contracts/reports.ts';
import { idColumn, tenantColumn, versionedColumns, yearRowColumns } from '#server/db/columns.ts';
import { reportTable, unitPeriodColumns } from '#server/db/report-columns.ts';
import { usersTable } from '../people/people.table.ts';
import { budgetYearsTable } from '../years/years.table.ts';

/**
 * A tenant's template for the reports of one kind of period in a year: its chapters in order,
 * edited as a whole (one version for the list). No row: the default (reports.defaults.ts).
 */
export const reportTemplatesTable = pgTable(
  'report_templates',
  {
    ...yearRowColumns(() => budgetYearsTable.id),
    periodKind: text('period_kind', { enum: periodKinds }).notNull(),
    chapters: jsonb('chapters').$type<TemplateChapter[]>().notNull(),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [unique('report_templates_unique').on(t.tenantId, t.yearId, t.periodKind)],
);

/** A unit's text of a chapter for a period, by the chapter's key (renaming keeps the text). */
export const reportChapterTextsTable = reportTable(
  'report_chapter_texts',
  'chapterKey',
  text('chapter_key').notNull(),
  { text: text('text').notNull() },
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/** A file a unit attaches to its report for a period (Bilagor), kept in the database. */
export const reportAttachmentsTable = pgTable(
  'report_attachments',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...unitPeriodColumns(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => usersTable.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_attachments_period_idx').on(t.tenantId, t.periodId, t.unitId)],
);
