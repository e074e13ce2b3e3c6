import {
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, tenantColumn } from '#server/db/columns.ts';
import { unitPeriodColumns } from '#server/db/report-columns.ts';
import { usersTable } from '../people/people.table.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The frozen versions of an adopted report's documents (issue #11 item 3): the rendered file's
 * bytes and SHA-256 as they were when the report was adopted (version 1) or corrected after it
 * (version 2, 3 … with a reason). One row per kind, format and version. A trigger (migration
 * `document_versions`) refuses every UPDATE and DELETE, as the audit log's does: a frozen file
 * is never changed, a correction is a new row.
 */
export const documentVersionsTable = pgTable(
  'document_versions',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...unitPeriodColumns(),
    /** 'report' | 'decision_case' (documents.freeze.usecases.ts: freezableDocuments) */
    kind: text('kind').notNull(),
    /** 'pdf' | 'docx' | 'html' */
    format: text('format').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    /** why a version after the adoption was made ('' for version 1) */
    reason: text('reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => usersTable.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('document_versions_unique').on(
      t.tenantId,
      t.unitId,
      t.periodId,
      t.kind,
      t.format,
      t.version,
    ),
    index('document_versions_sha256_idx').on(t.sha256),
  ],
);
