import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { assessmentValues } from '#contracts/assessment.ts';
import { goalLevels } from '#contracts/goals.ts';
import { tenantColumn, yearRowColumns, versionColumn, refColumn } from '#server/db/columns.ts';
import { reportTable } from '#server/db/report-columns.ts';
import { orgUnitsTable } from '../org/org.table.ts';
import { budgetYearsTable } from '../years/years.table.ts';

/** A goal of one budget year at one level of the cascade. */
export const goalsTable = pgTable(
  'goals',
  {
    ...yearRowColumns(() => budgetYearsTable.id),
    level: text('level', { enum: goalLevels }).notNull(),
    number: text('number'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerUnitId: refColumn('owner_unit_id', () => orgUnitsTable.id),
    heading: text('heading'),
    /** the goal of the year before that this one continues, so that history follows it */
    previousGoalId: uuid('previous_goal_id'),
    position: integer('position').notNull().default(0),
    version: versionColumn(),
  },
  (t) => [
    index('goals_year_idx').on(t.tenantId, t.yearId, t.level),
    index('goals_owner_idx').on(t.tenantId, t.ownerUnitId),
  ],
);

/** A goal contributes to one or more goals one level up (a nämndmål to several KF goals). */
export const goalLinksTable = pgTable(
  'goal_links',
  {
    tenantId: tenantColumn(),
    goalId: refColumn('goal_id', () => goalsTable.id),
    parentGoalId: refColumn('parent_goal_id', () => goalsTable.id),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.parentGoalId] }),
    index('goal_links_parent_idx').on(t.parentGoalId),
  ],
);

/** A unit's written assessment of a goal for a period, with its analysis. */
export const goalAssessmentsTable = reportTable(
  'goal_assessments',
  'goalId',
  refColumn('goal_id', () => goalsTable.id),
  {
    value: text('value', { enum: assessmentValues }),
    analysis: text('analysis').notNull().default(''),
    justification: text('justification').notNull().default(''),
  },
);
