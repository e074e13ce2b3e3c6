import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type {
  Activity,
  ActivityInput,
  ActivityReport,
  ActivityReportInput,
} from '#contracts/activities.ts';
import type { Db } from '#server/db/client.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { usersTable } from '../people/people.table.ts';
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

export const activityReportOf = (
  r: typeof activityReportsTable.$inferSelect,
  updatedByName: string | null,
): ActivityReport => ({
  activityId: r.activityId,
  unitId: r.unitId,
  periodId: r.periodId,
  status: r.status,
  deviation: r.deviation,
  analysis: r.analysis,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
  updatedByName,
});

export function createActivitiesRepository(db: Db) {
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
      const [row] = await db
        .select({ a: activitiesTable, year: budgetYearsTable.year })
        .from(activitiesTable)
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, activitiesTable.yearId))
        .where(and(eq(activitiesTable.tenantId, tenantId), eq(activitiesTable.id, id)));
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
      const rows = await db
        .select({ a: activitiesTable, year: budgetYearsTable.year })
        .from(activitiesTable)
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, activitiesTable.yearId))
        .where(
          and(
            eq(activitiesTable.tenantId, tenantId),
            eq(budgetYearsTable.year, year),
            or(
              inArray(activitiesTable.responsibleUnitId, unitIds),
              inArray(activitiesTable.id, shared),
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

    async reports(
      tenantId: string,
      unitIds: string[],
      periodIds: string[],
    ): Promise<ActivityReport[]> {
      if (unitIds.length === 0 || periodIds.length === 0) return [];
      const rows = await db
        .select({ r: activityReportsTable, updatedByName: usersTable.name })
        .from(activityReportsTable)
        .leftJoin(usersTable, eq(usersTable.id, activityReportsTable.updatedBy))
        .where(
          and(
            eq(activityReportsTable.tenantId, tenantId),
            inArray(activityReportsTable.unitId, unitIds),
            inArray(activityReportsTable.periodId, periodIds),
          ),
        );
      return rows.map(({ r, updatedByName }) => activityReportOf(r, updatedByName));
    },

    /** Compare-and-set on the version (0: none stored yet); false when someone saved first. */
    async saveReport(
      tenantId: string,
      write: ActivityReportWrite,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const r = activityReportsTable;
      return savedVersioned(db, r, {
        where: and(
          eq(r.tenantId, tenantId),
          eq(r.activityId, write.activityId),
          eq(r.unitId, write.unitId),
          eq(r.periodId, write.periodId),
        ),
        version,
        values: { ...write, tenantId, updatedBy: userId, updatedAt: new Date() },
      });
    },
  };
}
export type ActivitiesRepository = ReturnType<typeof createActivitiesRepository>;
