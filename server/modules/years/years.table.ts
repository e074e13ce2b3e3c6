import { date, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { periodKinds } from '#contracts/years.ts';
import { idColumn, tenantColumn, yearRowColumns } from '#server/db/columns.ts';

/** A budget year (budgetår) of a tenant. */
export const budgetYearsTable = pgTable(
  'budget_years',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    year: integer('year').notNull(),
  },
  (t) => [unique('budget_years_unique').on(t.tenantId, t.year)],
);

/** A reporting period of a year: tertial 1 (Jan–Apr), tertial 2 (Jan–Aug), VB (the year) … */
export const periodsTable = pgTable(
  'periods',
  {
    ...yearRowColumns(() => budgetYearsTable.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: periodKinds }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }),
    position: integer('position').notNull(),
  },
  (t) => [unique('periods_unique').on(t.yearId, t.key), index('periods_tenant_idx').on(t.tenantId)],
);
