import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { activitiesTable } from '../../activities/activities.table.ts';
import { goalsTable } from '../../goals/goals.table.ts';
import { indicatorGoalsTable, indicatorsTable } from '../../indicators/indicators.table.ts';

/** What the year rollover needs beyond the other modules' repositories. */
export function createRolloverRepository(db: Db) {
  return {
    /**
     * Holds the tenant's rollover lock until the transaction ends, so that two rollovers into
     * the same year cannot both find it empty.
     */
    async lock(tenantId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`rollover:${tenantId}`}))`);
    },

    /** Each link of an indicator to one of the goals, with the indicator's name. */
    async indicatorLinks(tenantId: string, goalIds: string[]) {
      if (goalIds.length === 0) return [];
      return db
        .select({
          indicatorId: indicatorGoalsTable.indicatorId,
          indicatorName: indicatorsTable.name,
          goalId: indicatorGoalsTable.goalId,
          position: indicatorGoalsTable.position,
        })
        .from(indicatorGoalsTable)
        .innerJoin(indicatorsTable, eq(indicatorsTable.id, indicatorGoalsTable.indicatorId))
        .where(
          and(
            eq(indicatorGoalsTable.tenantId, tenantId),
            inArray(indicatorGoalsTable.goalId, goalIds),
          ),
        )
        .orderBy(asc(indicatorGoalsTable.goalId), asc(indicatorGoalsTable.position));
    },

    async setPreviousActivity(tenantId: string, activityId: string, previousActivityId: string) {
      await db
        .update(activitiesTable)
        .set({ previousActivityId })
        .where(and(eq(activitiesTable.tenantId, tenantId), eq(activitiesTable.id, activityId)));
    },

    /** The goals that continue any of these in a later year. */
    async successorIds(tenantId: string, goalIds: string[]): Promise<string[]> {
      if (goalIds.length === 0) return [];
      const rows = await db
        .select({ id: goalsTable.id })
        .from(goalsTable)
        .where(and(eq(goalsTable.tenantId, tenantId), inArray(goalsTable.previousGoalId, goalIds)));
      return rows.map((r) => r.id);
    },
  };
}
export type RolloverRepository = ReturnType<typeof createRolloverRepository>;
