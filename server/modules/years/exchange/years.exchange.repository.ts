import { sql } from 'drizzle-orm';
import { insertInBatches } from '#server/db/batch.ts';
import type { Db } from '#server/db/client.ts';
import { rowsOf } from '#server/db/transaction.ts';
import {
  activitiesTable,
  activityReportsTable,
  activityUnitsTable,
} from '../../activities/activities.table.ts';
import {
  goalAssessmentsTable,
  goalAssignmentsTable,
  goalLinksTable,
  goalsTable,
} from '../../goals/goals.table.ts';
import { reportChapterTextsTable } from '../../reports/reports.table.ts';
import {
  indicatorGoalsTable,
  indicatorOutcomesTable,
  indicatorPreviousOutcomesTable,
  indicatorTargetsTable,
  indicatorsTable,
} from '../../indicators/indicators.table.ts';
import type { YearRows } from './years.exchange.write.rules.ts';

/**
 * An imported year's rows, written a table at a time in multi-row statements (parents before
 * children), where the app's use cases write one row and read the year back for the next.
 */
export function createExchangeRepository(db: Db) {
  return {
    /** Where the year's next goal goes, and how many activities each unit has in the year. */
    async positions(tenantId: string, yearId: string, unitIds: readonly string[]) {
      const [goal] = rowsOf<{ next: number }>(
        await db.execute(sql`
          select coalesce(max(${goalsTable.position}) + 1, 0)::int as next from ${goalsTable}
          where ${goalsTable.tenantId} = ${tenantId} and ${goalsTable.yearId} = ${yearId}`),
      );
      const activitiesOfUnit = new Map<string, number>();
      if (unitIds.length === 0) return { nextGoalPosition: goal!.next, activitiesOfUnit };
      const units = sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      // as activities.ofUnits counts them: those a unit is responsible for or shares
      const counts = rowsOf<{ unit: string; n: number }>(
        await db.execute(sql`
          select unit, count(*)::int as n from (
            select a.id, a.responsible_unit_id as unit from activities a
            where a.tenant_id = ${tenantId} and a.year_id = ${yearId}
            union
            select a.id, u.unit_id from activities a join activity_units u on u.activity_id = a.id
            where a.tenant_id = ${tenantId} and a.year_id = ${yearId}
          ) pairs where unit in (${units}) group by unit`),
      );
      for (const { unit, n } of counts) activitiesOfUnit.set(unit, n);
      return { nextGoalPosition: goal!.next, activitiesOfUnit };
    },

    /** Every row, parents first; the signal is checked between batches. */
    async insert(rows: YearRows, signal?: AbortSignal): Promise<void> {
      await insertInBatches(db, goalsTable, rows.goals, signal);
      await insertInBatches(db, goalLinksTable, rows.goalLinks, signal);
      await insertInBatches(db, indicatorsTable, rows.indicators, signal);
      await insertInBatches(db, indicatorGoalsTable, rows.indicatorGoals, signal);
      await insertInBatches(db, indicatorTargetsTable, rows.targets, signal);
      await insertInBatches(db, activitiesTable, rows.activities, signal);
      await insertInBatches(db, activityUnitsTable, rows.activityUnits, signal);
      await insertInBatches(db, goalAssessmentsTable, rows.assessments, signal);
      await insertInBatches(db, indicatorOutcomesTable, rows.outcomes, signal);
      await insertInBatches(db, indicatorPreviousOutcomesTable, rows.previousOutcomes, signal);
      await insertInBatches(db, activityReportsTable, rows.activityReports, signal);
      await insertInBatches(db, goalAssignmentsTable, rows.assignments, signal);
      await insertInBatches(db, reportChapterTextsTable, rows.chapterTexts, signal);
    },
  };
}
export type ExchangeRepository = ReturnType<typeof createExchangeRepository>;
