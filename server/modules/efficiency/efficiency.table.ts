import { boolean, check, index, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { idColumn, tenantColumn, updatedColumns, refColumn } from '#server/db/columns.ts';
import { economyAreasTable } from '../economy/economy.table.ts';
import { goalsTable } from '../goals/goals.table.ts';
import { indicatorsTable } from '../indicators/indicators.table.ts';
import { usersTable } from '../people/people.table.ts';

/**
 * Which goals and indicators an area of activity (verksamhetsområde) of a unit's economy serves,
 * so that its net cost can be shown beside its quality (the efficiency view). One row links one
 * area to either one goal or one indicator; an indicator link may say that the indicator counts
 * the area's output (cases handled, places, …), which gives a cost per output. Areas belong to
 * one unit and year, so links do too; removing an area removes its links.
 */
export const economyAreaLinksTable = pgTable(
  'economy_area_links',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    areaId: refColumn('area_id', () => economyAreasTable.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').references(() => goalsTable.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id').references(() => indicatorsTable.id, {
      onDelete: 'cascade',
    }),
    countsOutput: boolean('counts_output').notNull().default(false),
    ...updatedColumns(() => usersTable.id),
  },
  (t) => [
    index('economy_area_links_area_idx').on(t.tenantId, t.areaId),
    unique('economy_area_links_goal_unique').on(t.areaId, t.goalId),
    unique('economy_area_links_indicator_unique').on(t.areaId, t.indicatorId),
    check(
      'economy_area_links_one_target',
      sql`(${t.goalId} is null) <> (${t.indicatorId} is null)`,
    ),
    check(
      'economy_area_links_output_is_indicator',
      sql`not ${t.countsOutput} or ${t.indicatorId} is not null`,
    ),
  ],
);
