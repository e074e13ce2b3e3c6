import { index, integer, jsonb, pgTable, unique } from 'drizzle-orm/pg-core';
import type { IndexDefinition, StaffFigures } from '#contracts/hr.ts';
import { idColumn, refColumn, tenantColumn, versionedColumns } from '#server/db/columns.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';

/**
 * A unit's staff key figures for a calendar year (its own staff, not its children's), as one
 * checked document (contracts/hr.ts `staffFigures`). Keyed by the year's number rather than a
 * budget year: last year's figures are shown beside this year's even where the tenant keeps no
 * budget year for it.
 */
export const hrStaffFiguresTable = pgTable(
  'hr_staff_figures',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
    year: integer('year').notNull(),
    figures: jsonb('figures').$type<StaffFigures>().notNull(),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [
    unique('hr_staff_figures_unique').on(t.tenantId, t.unitId, t.year),
    index('hr_staff_figures_year_idx').on(t.tenantId, t.year),
  ],
);

/** The names of a tenant's staff survey indices for a year (none stored: the defaults). */
export const hrIndexSetsTable = pgTable(
  'hr_index_sets',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    year: integer('year').notNull(),
    indices: jsonb('indices').$type<IndexDefinition[]>().notNull(),
    ...versionedColumns(() => usersTable.id),
  },
  (t) => [unique('hr_index_sets_unique').on(t.tenantId, t.year)],
);
