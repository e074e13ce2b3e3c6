import {
  integer,
  timestamp,
  uuid,
  type AnyPgColumn,
  type ReferenceConfig,
} from 'drizzle-orm/pg-core';
import { tenantsTable } from '#server/modules/tenants/tenants.table.ts';

/*
 * The columns the tables repeat, declared once. The year and the user they point at are passed
 * in (`yearColumn(() => budgetYearsTable.id)`): periods.table.ts and people.table.ts use these
 * helpers themselves, and importing them here would make an import loop whose order decides
 * whether a table can be declared. tenants.table.ts declares its own id for the same reason.
 */

export const idColumn = () => uuid('id').primaryKey().defaultRandom();

export const tenantColumn = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenantsTable.id);

export const yearColumn = (years: () => AnyPgColumn) => uuid('year_id').notNull().references(years);

/** A row of a tenant's budget year (a period, a goal, an activity): its id, tenant and year. */
export const yearRowColumns = (years: () => AnyPgColumn) => ({
  id: idColumn(),
  tenantId: tenantColumn(),
  yearId: yearColumn(years),
});

/** A required link to another row: `refColumn('unit_id', () => orgUnitsTable.id)`. */
export const refColumn = (
  name: string,
  target: () => AnyPgColumn,
  actions?: ReferenceConfig['actions'],
) => uuid(name).notNull().references(target, actions);

/** Counts the writes, for compare-and-set (server/db/versioned.ts). */
export const versionColumn = () => integer('version').notNull().default(1);

/** Who wrote the row last and when (null: the system). */
export const updatedColumns = (users: () => AnyPgColumn) => ({
  updatedBy: uuid('updated_by').references(users),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A row people edit: the version its compare-and-set counts, and who wrote it last and when. */
export const versionedColumns = (users: () => AnyPgColumn) => ({
  version: versionColumn(),
  ...updatedColumns(users),
});
