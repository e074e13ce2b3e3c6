import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { compilationFormats, compilationStatuses } from '#contracts/compilations.ts';
import { idColumn, refColumn, tenantColumn } from '#server/db/columns.ts';
import { usersTable } from '../../people/people.table.ts';
import { periodsTable } from '../../years/years.table.ts';
import type { Section } from '../documents.model.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The city's compilation of a period (docs/documents.md): its progress as the job moves through
 * the committees, and when done the file itself (kept until deleted with the tenant).
 */
export const compilationsTable = pgTable(
  'compilations',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    periodId: refColumn('period_id', () => periodsTable.id),
    year: integer('year').notNull(),
    format: text('format', { enum: compilationFormats }).notNull(),
    status: text('status', { enum: compilationStatuses }).notNull(),
    unitsTotal: integer('units_total').notNull().default(0),
    unitsDone: integer('units_done').notNull().default(0),
    currentUnit: text('current_unit'),
    error: text('error'),
    fileName: text('file_name'),
    file: bytea('file'),
    size: integer('size'),
    sha256: text('sha256'),
    requestedBy: uuid('requested_by').references(() => usersTable.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('compilations_tenant_idx').on(t.tenantId, t.requestedAt)],
);

/**
 * A committee's part of a compilation as the job built it (its document sections), kept as it
 * completes so that a restarted job goes on from the next committee instead of the first.
 */
export const compilationPartsTable = pgTable(
  'compilation_parts',
  {
    compilationId: uuid('compilation_id')
      .notNull()
      .references(() => compilationsTable.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    unitId: uuid('unit_id').notNull(),
    unitName: text('unit_name').notNull(),
    sections: jsonb('sections').$type<Section[]>().notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.compilationId, t.position] })],
);
