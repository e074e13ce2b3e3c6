import type { Db } from '#server/db/client.ts';
import { countRows } from '#server/db/counts.testing.ts';
import {
  activitiesTable,
  activityReportsTable,
  activityUnitsTable,
} from '../../activities/activities.table.ts';
import { auditLogTable } from '../../audit/audit.table.ts';
import { goalAssessmentsTable, goalLinksTable, goalsTable } from '../../goals/goals.table.ts';
import {
  indicatorGoalsTable,
  indicatorOutcomesTable,
  indicatorPreviousOutcomesTable,
  indicatorTargetsTable,
  indicatorsTable,
} from '../../indicators/indicators.table.ts';
import { usersTable } from '../../people/people.table.ts';
import { budgetYearsTable, periodsTable } from '../years.table.ts';

/** The rows of every table an import writes to, in all tenants: to prove that nothing was. */
export const rowCounts = (db: Db) =>
  countRows(db, {
    years: budgetYearsTable,
    periods: periodsTable,
    goals: goalsTable,
    goalLinks: goalLinksTable,
    assessments: goalAssessmentsTable,
    indicators: indicatorsTable,
    indicatorGoals: indicatorGoalsTable,
    targets: indicatorTargetsTable,
    outcomes: indicatorOutcomesTable,
    previousOutcomes: indicatorPreviousOutcomesTable,
    activities: activitiesTable,
    activityUnits: activityUnitsTable,
    activityReports: activityReportsTable,
    users: usersTable,
    audit: auditLogTable,
  });
