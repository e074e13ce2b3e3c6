import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { GoalLevel } from '#contracts/goals.ts';
import type { GoalAssignment, GoalLevelSettings } from '#contracts/goals.levels.ts';
import type { Db } from '#server/db/client.ts';
import { budgetYearsTable } from '../../years/years.table.ts';
import { indicatorGoalsTable } from '../../indicators/indicators.table.ts';
import { goalAssignmentsTable, goalLevelsTable, goalsTable } from '../goals.table.ts';

/** The goals of a year at one level: how many, and the first one's title (to name them). */
export type LevelGoals = { level: GoalLevel; count: number; example: string };

/** A year's stored level rows as settings; null when the tenant stored none (the default holds). */
export function levelSettingsOf(
  rows: (Pick<typeof goalLevelsTable.$inferSelect, 'level'> & GoalLevelSettings[GoalLevel])[],
): GoalLevelSettings | null {
  if (rows.length === 0) return null;
  return Object.fromEntries(
    rows.map((row) => {
      const { name, inUse, assessed, carriesIndicators } = row;
      return [row.level, { name, inUse, assessed, carriesIndicators }];
    }),
  ) as GoalLevelSettings;
}

/** A year's goal levels as stored, and the council goals committees answer for directly. */
export function createGoalLevelsRepository(db: Db) {
  const ofYear = (tenantId: string, year: number) =>
    and(eq(budgetYearsTable.tenantId, tenantId), eq(budgetYearsTable.year, year));

  return {
    /** The year's levels, or null when the tenant stored none for it (the default then holds). */
    async settingsOf(tenantId: string, year: number): Promise<GoalLevelSettings | null> {
      const rows = await db
        .select({
          level: goalLevelsTable.level,
          name: goalLevelsTable.name,
          inUse: goalLevelsTable.inUse,
          assessed: goalLevelsTable.assessed,
          carriesIndicators: goalLevelsTable.carriesIndicators,
        })
        .from(goalLevelsTable)
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, goalLevelsTable.yearId))
        .where(and(eq(goalLevelsTable.tenantId, tenantId), ofYear(tenantId, year)));
      return levelSettingsOf(rows);
    },

    /** Replaces the year's levels. */
    async save(tenantId: string, yearId: string, settings: GoalLevelSettings): Promise<void> {
      await db
        .delete(goalLevelsTable)
        .where(and(eq(goalLevelsTable.tenantId, tenantId), eq(goalLevelsTable.yearId, yearId)));
      await db.insert(goalLevelsTable).values(
        Object.entries(settings).map(([level, setting]) => ({
          tenantId,
          yearId,
          level: level as GoalLevel,
          ...setting,
        })),
      );
    },

    /** Copies a year's stored levels to another year that has none (a rollover). */
    async copy(tenantId: string, fromYearId: string, toYearId: string): Promise<void> {
      await db.execute(sql`
        insert into ${goalLevelsTable}
          (tenant_id, year_id, level, name, in_use, assessed, carries_indicators)
        select tenant_id, ${toYearId}, level, name, in_use, assessed, carries_indicators
          from ${goalLevelsTable} where tenant_id = ${tenantId} and year_id = ${fromYearId}
        on conflict do nothing`);
    },

    /** The year's goals per level: how many, and the first one's title. */
    async goalsPerLevel(tenantId: string, yearId: string): Promise<LevelGoals[]> {
      return db
        .select({
          level: goalsTable.level,
          count: count().mapWith(Number),
          example: sql<string>`min(${goalsTable.title})`,
        })
        .from(goalsTable)
        .where(and(eq(goalsTable.tenantId, tenantId), eq(goalsTable.yearId, yearId)))
        .groupBy(goalsTable.level);
    },

    /** The year's goals that indicators measure, per level: how many, and the first one's title. */
    async measuredGoalsPerLevel(tenantId: string, yearId: string): Promise<LevelGoals[]> {
      const measured = sql`exists (select 1 from ${indicatorGoalsTable} m
        where m.tenant_id = ${tenantId} and m.goal_id = ${goalsTable.id})`;
      return db
        .select({
          level: goalsTable.level,
          count: count().mapWith(Number),
          example: sql<string>`min(${goalsTable.title})`,
        })
        .from(goalsTable)
        .where(and(eq(goalsTable.tenantId, tenantId), eq(goalsTable.yearId, yearId), measured))
        .groupBy(goalsTable.level);
    },

    /** The units each goal of the year is assigned to (names filled in by the caller). */
    async assignments(tenantId: string, year: number): Promise<Omit<GoalAssignment, 'unitName'>[]> {
      return db
        .select({ goalId: goalAssignmentsTable.goalId, unitId: goalAssignmentsTable.unitId })
        .from(goalAssignmentsTable)
        .innerJoin(goalsTable, eq(goalsTable.id, goalAssignmentsTable.goalId))
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, goalsTable.yearId))
        .where(and(eq(goalAssignmentsTable.tenantId, tenantId), ofYear(tenantId, year)))
        .orderBy(asc(goalsTable.position), asc(goalAssignmentsTable.unitId));
    },

    /** The goals of the year a unit answers for directly. */
    async assignedGoalIds(tenantId: string, year: number, unitId: string): Promise<string[]> {
      const rows = await db
        .select({ goalId: goalAssignmentsTable.goalId })
        .from(goalAssignmentsTable)
        .innerJoin(goalsTable, eq(goalsTable.id, goalAssignmentsTable.goalId))
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, goalsTable.yearId))
        .where(
          and(
            eq(goalAssignmentsTable.tenantId, tenantId),
            eq(goalAssignmentsTable.unitId, unitId),
            ofYear(tenantId, year),
          ),
        );
      return rows.map((r) => r.goalId);
    },

    /** Assigns a goal to a unit; false when it already was. */
    async assign(tenantId: string, goalId: string, unitId: string): Promise<boolean> {
      const made = await db
        .insert(goalAssignmentsTable)
        .values({ tenantId, goalId, unitId })
        .onConflictDoNothing()
        .returning({ goalId: goalAssignmentsTable.goalId });
      return made.length > 0;
    },

    /** Takes a goal from a unit; false when it was not assigned. */
    async unassign(tenantId: string, goalId: string, unitId: string): Promise<boolean> {
      const gone = await db
        .delete(goalAssignmentsTable)
        .where(
          and(
            eq(goalAssignmentsTable.tenantId, tenantId),
            eq(goalAssignmentsTable.goalId, goalId),
            eq(goalAssignmentsTable.unitId, unitId),
          ),
        )
        .returning({ goalId: goalAssignmentsTable.goalId });
      return gone.length > 0;
    },
  };
}
export type GoalLevelsRepository = ReturnType<typeof createGoalLevelsRepository>;
