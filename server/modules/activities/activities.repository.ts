import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type {
  Activity,
  ActivityInput,
  ActivityReport,
  ActivityReportInput,
} from '#contracts/activities.ts';
import type { Db } from '#server/db/client.ts';
import { reportsOf, saveReport, type ReportAudit, type Writer } from '#server/db/report-columns.ts';
import { budgetYearsTable } from '../years/years.table.ts';
import { activitiesTable, activityReportsTable, activityUnitsTable } from './activities.table.ts';

export type ActivityReportWrite = Omit<ActivityReportInput, 'version'> & {
  activityId: string;
  unitId: string;
  periodId: string;
};

export const activityOf = (
  a: typeof activitiesTable.$inferSelect,
  year: number,
  coResponsibleUnitIds: string[],
): Activity => ({
  id: a.id,
  year,
  kind: a.kind,
  title: a.title,
  description: a.description,
  goalId: a.goalId,
  responsibleUnitId: a.responsibleUnitId,
  coResponsibleUnitIds,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  previousActivityId: a.previousActivityId,
  position: a.position,
  version: a.version,
});

export function createActivitiesRepository(db: Db) {
  /** Activities with their year's number. */
  const select = () =>
    db
      .select({ a: activitiesTable, year: budgetYearsTable.year })
      .from(activitiesTable)
      .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, activitiesTable.yearId));

  return {
    async insert(
      tenantId: string,
      yearId: string,
      input: ActivityInput,
      position: number,
    ): Promise<string> {
      const { coResponsibleUnitIds, year: _year, ...fields } = input;
      const [made] = await db
        .insert(activitiesTable)
        .values({ ...fields, tenantId, yearId, position })
        .returning({ id: activitiesTable.id });
      const id = made!.id;
      if (coResponsibleUnitIds.length > 0)
        await db
          .insert(activityUnitsTable)
          .values(coResponsibleUnitIds.map((unitId) => ({ tenantId, activityId: id, unitId })));
      return id;
    },

    /** One activity with its co-responsible units, or null. */
    async byId(tenantId: string, id: string): Promise<Activity | null> {
      const [row] = await select().where(
        and(eq(activitiesTable.tenantId, tenantId), eq(activitiesTable.id, id)),
      );
      if (!row) return null;
      const co = await db
        .select({ unitId: activityUnitsTable.unitId })
        .from(activityUnitsTable)
        .where(eq(activityUnitsTable.activityId, id));
      return activityOf(
        row.a,
        row.year,
        co.map((c) => c.unitId),
      );
    },

    /** The year's activities a unit answers for: as responsible or as co-responsible. */
    async ofUnits(tenantId: string, year: number, unitIds: string[]): Promise<Activity[]> {
      if (unitIds.length === 0) return [];
      const shared = db
        .select({ id: activityUnitsTable.activityId })
        .from(activityUnitsTable)
        .where(
          and(
            eq(activityUnitsTable.tenantId, tenantId),
            inArray(activityUnitsTable.unitId, unitIds),
          ),
        );
      const rows = await select()
        .where(
          and(
            eq(activitiesTable.tenantId, tenantId),
            eq(budgetYearsTable.year, year),
            // `= any(array(…))`, not `in (…)`: both sides of the `or` are then index scans
            // (activities_responsible_idx, the primary key), not a filter over the year's
            // activities
            or(
              inArray(activitiesTable.responsibleUnitId, unitIds),
              sql`${activitiesTable.id} = any(array(${shared}))`,
            ),
          ),
        )
        .orderBy(asc(activitiesTable.position));
      const co = rows.length
        ? await db
            .select()
            .from(activityUnitsTable)
            .where(
              inArray(
                activityUnitsTable.activityId,
                rows.map((r) => r.a.id),
              ),
            )
        : [];
      return rows.map(({ a, year }) =>
        activityOf(
          a,
          year,
          co.filter((c) => c.activityId === a.id).map((c) => c.unitId),
        ),
      );
    },

    /** The units' activity reports for the periods; of `activityIds` only, when given. */
    reports(
      tenantId: string,
      unitIds: string[],
      periodIds: string[],
      activityIds?: string[],
    ): Promise<ActivityReport[]> {
      return reportsOf(
        db,
        activityReportsTable,
        tenantId,
        unitIds,
        periodIds,
        activityIds && { key: 'activityId', ids: activityIds },
      );
    },

    /** Compare-and-set on the version (0: none stored yet): as stored, null when someone saved first. */
    saveReport(
      tenantId: string,
      write: ActivityReportWrite,
      version: number,
      writer: Writer,
      audit?: ReportAudit,
    ): Promise<ActivityReport | null> {
      return saveReport(
        db,
        activityReportsTable,
        'activityId',
        tenantId,
        write,
        version,
        writer,
        audit,
      );
    },
  };
}
export type ActivitiesRepository = ReturnType<typeof createActivitiesRepository>;
