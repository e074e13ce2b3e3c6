import { boolean, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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

/**
 * A tenant's goal model for a year: one row per level key, with the name as printed and whether
 * the level is used, assessed and carries indicators. A year without rows has Stockholm's model
 * (contracts/goals.levels.ts, defaultGoalLevelSettings).
 */
export const goalLevelsTable = pgTable(
  'goal_levels',
  {
    tenantId: tenantColumn(),
    yearId: refColumn('year_id', () => budgetYearsTable.id),
    level: text('level', { enum: goalLevels }).notNull(),
    name: text('name').notNull(),
    inUse: boolean('in_use').notNull(),
    assessed: boolean('assessed').notNull(),
    carriesIndicators: boolean('carries_indicators').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.yearId, t.level] }),
    index('goal_levels_tenant_idx').on(t.tenantId),
  ],
);

/** A council goal a committee answers for directly, without a nämndmål of its own beneath it. */
export const goalAssignmentsTable = pgTable(
  'goal_assignments',
  {
    tenantId: tenantColumn(),
    goalId: refColumn('goal_id', () => goalsTable.id),
    unitId: refColumn('unit_id', () => orgUnitsTable.id),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.unitId] }),
    index('goal_assignments_unit_idx').on(t.tenantId, t.unitId),
  ],
);
