import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { activityKinds } from '#contracts/activities.ts';
import { activityStatuses } from '#contracts/assessment.ts';
import { tenantColumn, yearRowColumns, versionColumn, refColumn } from '#server/db/columns.ts';
import { reportTable } from '#server/db/report-columns.ts';
import { goalsTable } from '../goals/goals.table.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { budgetYearsTable } from '../years/years.table.ts';

/** An activity or assignment of a year, under a goal, with a responsible unit. */
export const activitiesTable = pgTable(
  'activities',
  {
    ...yearRowColumns(() => budgetYearsTable.id),
    kind: text('kind', { enum: activityKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    goalId: uuid('goal_id').references(() => goalsTable.id),
    responsibleUnitId: refColumn('responsible_unit_id', () => orgUnitsTable.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    previousActivityId: uuid('previous_activity_id'),
    position: integer('position').notNull().default(0),
    version: versionColumn(),
  },
  (t) => [
    index('activities_year_idx').on(t.tenantId, t.yearId),
    index('activities_goal_idx').on(t.goalId),
    // a unit's activities (every report read), found without reading all of the year's
    index('activities_responsible_idx').on(t.tenantId, t.responsibleUnitId),
  ],
);

/** Units that share an activity ("i samråd med") and report on it too. */
export const activityUnitsTable = pgTable(
  'activity_units',
  {
    tenantId: tenantColumn(),
    activityId: refColumn('activity_id', () => activitiesTable.id),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.unitId] }),
    // the activities a unit shares (every report read)
    index('activity_units_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/** A unit's report on an activity for a period: status, deviation and analysis. */
export const activityReportsTable = reportTable(
  'activity_reports',
  'activityId',
  refColumn('activity_id', () => activitiesTable.id),
  {
    status: text('status', { enum: activityStatuses }),
    deviation: text('deviation').notNull().default(''),
    analysis: text('analysis').notNull().default(''),
  },
);
