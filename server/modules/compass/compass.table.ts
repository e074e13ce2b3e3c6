import { index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { pointKinds } from '#contracts/compass.ts';
import { idColumn, refColumn, tenantColumn, updatedColumns } from '#server/db/columns.ts';
import { activitiesTable } from '../activities/activities.table.ts';
import { usersTable } from '../people/people.table.ts';

/**
 * A Kommunkompassen evaluation of the tenant (docs/kommunkompassen.md): tenant-level, one per
 * month. Its areas, sub-areas and points are written with it and replaced only as a whole (an
 * import), so they carry no versions of their own; the printed figures are stored beside the
 * points so that what does not add up can be flagged.
 */
export const compassEvaluationsTable = pgTable(
  'compass_evaluations',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    /** "2021-02": the report gives the month, not the day */
    heldIn: text('held_in').notNull(),
    ordinal: integer('ordinal'),
    modelVersion: text('model_version').notNull().default(''),
    interviewees: text('interviewees').notNull().default(''),
    notes: text('notes').notNull().default(''),
    ...updatedColumns(() => usersTable.id),
  },
  (t) => [unique('compass_evaluations_month_unique').on(t.tenantId, t.heldIn)],
);

/** A main area (huvudområde 1–8) with what the table and the detailed section print for it. */
export const compassAreasTable = pgTable(
  'compass_areas',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    evaluationId: refColumn('evaluation_id', () => compassEvaluationsTable.id, {
      onDelete: 'cascade',
    }),
    no: integer('no').notNull(),
    name: text('name').notNull(),
    sectionName: text('section_name').notNull().default(''),
    printedAchieved: integer('printed_achieved'),
    printedMax: integer('printed_max'),
    printedPercent: integer('printed_percent'),
    sectionPoints: integer('section_points'),
  },
  (t) => [unique('compass_areas_no_unique').on(t.evaluationId, t.no)],
);

/** A sub-area (delområde, "4.2") with its achieved and maximum points and printed percent. */
export const compassSubAreasTable = pgTable(
  'compass_sub_areas',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    areaId: refColumn('area_id', () => compassAreasTable.id, { onDelete: 'cascade' }),
    no: text('no').notNull(),
    name: text('name').notNull(),
    achieved: integer('achieved').notNull(),
    max: integer('max').notNull(),
    printedPercent: integer('printed_percent'),
  },
  (t) => [unique('compass_sub_areas_no_unique').on(t.areaId, t.no)],
);

/**
 * A strength or improvement point of an area; an improvement point may be turned into an
 * activity (an assignment, uppdrag), which is linked here.
 */
export const compassPointsTable = pgTable(
  'compass_points',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    areaId: refColumn('area_id', () => compassAreasTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: pointKinds }).notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    activityId: uuid('activity_id').references(() => activitiesTable.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('compass_points_area_idx').on(t.areaId),
    index('compass_points_activity_idx').on(t.activityId),
  ],
);
