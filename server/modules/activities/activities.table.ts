import { date, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { activityKinds } from '#contracts/activities.ts';
import { activityStatuses } from '#contracts/assessment.ts';
import {
  idColumn,
  tenantColumn,
  yearColumn,
  versionColumn,
  updatedColumns,
} from '#server/db/columns.ts';
import { goalsTable } from '../goals/goals.table.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';
import { budgetYearsTable, periodsTable } from '../years/years.table.ts';

/** An activity or assignment of a year, under a goal, with a responsible unit. */
export const activitiesTable = pgTable(
  'activities',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    yearId: yearColumn(() => budgetYearsTable.id),
    kind: text('kind', { enum: activityKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    goalId: uuid('goal_id').references(() => goalsTable.id),
    responsibleUnitId: uuid('responsible_unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    previousActivityId: uuid('previous_activity_id'),
    position: integer('position').notNull().default(0),
    version: versionColumn(),
  },
  (t) => [
    index('activities_year_idx').on(t.tenantId, t.yearId),
    index('activities_goal_idx').on(t.goalId),
  ],
);

/** Units that share an activity ("i samråd med") and report on it too. */
export const activityUnitsTable = pgTable(
  'activity_units',
  {
    tenantId: tenantColumn(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activitiesTable.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.unitId] })],
);

/** A unit's report on an activity for a period: status, deviation and analysis. */
export const activityReportsTable = pgTable(
  'activity_reports',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activitiesTable.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnitsTable.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periodsTable.id),
    status: text('status', { enum: activityStatuses }),
    deviation: text('deviation').notNull().default(''),
    analysis: text('analysis').notNull().default(''),
    version: versionColumn(),
    ...updatedColumns(() => usersTable.id),
  },
  (t) => [
    unique('activity_reports_unique').on(t.activityId, t.unitId, t.periodId),
    index('activity_reports_period_idx').on(t.tenantId, t.periodId, t.unitId),
  ],
);
