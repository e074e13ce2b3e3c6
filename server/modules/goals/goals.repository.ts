import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Goal, GoalAssessment, GoalInput } from '#contracts/goals.ts';
import type { Db } from '#server/db/client.ts';
import { reportsOf, saveReport, type ReportAudit, type Writer } from '#server/db/report-columns.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { orgUnitVersionsTable } from '../org/org.table.ts';
import { budgetYearsTable } from '../years/years.table.ts';
import {
  goalAssessmentsTable,
  goalAssignmentsTable,
  goalLinksTable,
  goalsTable,
} from './goals.table.ts';

export type StoredGoal = Omit<Goal, 'ownerUnitName'>;
export type AssessmentWrite = {
  goalId: string;
  unitId: string;
  periodId: string;
  value: GoalAssessment['value'];
  analysis: string;
  justification: string;
};

/** A stored goal row with its year and its parents' ids, as the report and the cascade read it. */
export const storedGoalOf = (
  { tenantId: _tenant, yearId: _year, ...row }: typeof goalsTable.$inferSelect,
  year: number,
  parentIds: string[],
): StoredGoal => ({ ...row, year, parentIds });

/** A goal's parents' ids, as an array in the goal's own statement (no second round trip). */
export const parentIdsOf = (tenantId: SQL, goalId: SQL) =>
  sql<string[]>`array(select l.parent_goal_id from ${goalLinksTable} l
    where l.tenant_id = ${tenantId} and l.goal_id = ${goalId})`;

/**
 * The ids of the goals in a unit's report, as a subquery: those the unit owns in the year, those
 * assigned to it (council goals a committee answers for directly), and every goal above them in
 * the same year. The unit's own goals and its assigned ones are two branches rather than one `or`:
 * with the `or` PostgreSQL guessed thousands of starting rows and hashed every link of the year
 * (42 ms of a 55 ms report read in a 1 500-unit city); as branches each takes its index and the
 * walk up follows the links' primary key (0,5 ms).
 */
export const unitReportGoalIds = (tenantId: string, year: number, unitId: string) => sql`
  with recursive included(id, year_id) as (
    select g.id, g.year_id from ${goalsTable} g join ${budgetYearsTable} y on y.id = g.year_id
     where g.tenant_id = ${tenantId} and y.year = ${year} and g.owner_unit_id = ${unitId}
    union
    select g.id, g.year_id from ${goalAssignmentsTable} a
      join ${goalsTable} g on g.id = a.goal_id
      join ${budgetYearsTable} y on y.id = g.year_id
     where a.tenant_id = ${tenantId} and a.unit_id = ${unitId} and y.year = ${year}
    union
    select p.id, p.year_id from included i
      join ${goalLinksTable} l on l.goal_id = i.id
      join ${goalsTable} p on p.id = l.parent_goal_id and p.year_id = i.year_id
  )
  select id from included`;

export function createGoalsRepository(db: Db) {
  const columns = {
    id: goalsTable.id,
    year: budgetYearsTable.year,
    level: goalsTable.level,
    number: goalsTable.number,
    title: goalsTable.title,
    description: goalsTable.description,
    ownerUnitId: goalsTable.ownerUnitId,
    heading: goalsTable.heading,
    previousGoalId: goalsTable.previousGoalId,
    position: goalsTable.position,
    version: goalsTable.version,
    // in the same statement: a second round trip for the links cost more than reading them
    parentIds: parentIdsOf(sql`${goalsTable.tenantId}`, sql`${goalsTable.id}`),
  };
  const select = () =>
    db
      .select(columns)
      .from(goalsTable)
      .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, goalsTable.yearId));

  return {
    async ofYear(tenantId: string, year: number): Promise<StoredGoal[]> {
      return select()
        .where(and(eq(goalsTable.tenantId, tenantId), eq(budgetYearsTable.year, year)))
        .orderBy(asc(goalsTable.position), asc(goalsTable.id));
    },

    /**
     * The goals of a unit's report: those the unit owns or is assigned in the year and every goal above them
     * (in the same year), in the order of `ofYear`. A report needs these few, not the year's
     * thousands (`reportGoalsOf` gives the same answer on either).
     */
    async ofUnitReport(tenantId: string, year: number, unitId: string): Promise<StoredGoal[]> {
      const inReport = sql`${goalsTable.id} in (${unitReportGoalIds(tenantId, year, unitId)})`;
      return select()
        .where(and(eq(goalsTable.tenantId, tenantId), eq(budgetYearsTable.year, year), inReport))
        .orderBy(asc(goalsTable.position), asc(goalsTable.id));
    },

    async byIds(tenantId: string, ids: string[]): Promise<StoredGoal[]> {
      if (ids.length === 0) return [];
      return select().where(and(eq(goalsTable.tenantId, tenantId), inArray(goalsTable.id, ids)));
    },

    async nextPosition(tenantId: string, yearId: string): Promise<number> {
      const [row] = await db
        .select({ max: sql<number | null>`max(${goalsTable.position})` })
        .from(goalsTable)
        .where(and(eq(goalsTable.tenantId, tenantId), eq(goalsTable.yearId, yearId)));
      return (row?.max ?? -1) + 1;
    },

    async insert(
      tenantId: string,
      yearId: string,
      input: GoalInput,
      position: number,
    ): Promise<string> {
      const [made] = await db
        .insert(goalsTable)
        .values({
          tenantId,
          yearId,
          level: input.level,
          number: input.number,
          title: input.title,
          description: input.description,
          ownerUnitId: input.ownerUnitId,
          heading: input.heading,
          previousGoalId: input.previousGoalId,
          position,
        })
        .returning({ id: goalsTable.id });
      const id = made!.id;
      if (input.parentIds.length > 0)
        await db
          .insert(goalLinksTable)
          .values(input.parentIds.map((parentGoalId) => ({ tenantId, goalId: id, parentGoalId })));
      return id;
    },

    /** Compare-and-set on the version: returns false when someone else saved first. */
    async update(
      tenantId: string,
      id: string,
      version: number,
      patch: Partial<Omit<GoalInput, 'year' | 'level'>>,
    ): Promise<boolean> {
      const { parentIds, ...fields } = patch;
      const where = and(eq(goalsTable.tenantId, tenantId), eq(goalsTable.id, id));
      if (
        !(await savedVersioned(db, goalsTable, { where, version, values: fields, existing: true }))
      )
        return false;
      if (parentIds) {
        await db.delete(goalLinksTable).where(eq(goalLinksTable.goalId, id));
        if (parentIds.length > 0)
          await db
            .insert(goalLinksTable)
            .values(parentIds.map((parentGoalId) => ({ tenantId, goalId: id, parentGoalId })));
      }
      return true;
    },

    /** The units' assessments for the periods; of `goalIds` only, when given. */
    assessments(
      tenantId: string,
      unitIds: string[],
      periodIds: string[],
      goalIds?: string[],
    ): Promise<GoalAssessment[]> {
      return reportsOf(
        db,
        goalAssessmentsTable,
        tenantId,
        unitIds,
        periodIds,
        goalIds && { key: 'goalId', ids: goalIds },
      );
    },

    /**
     * Writes an assessment if the stored version is still `version` (0: none stored yet).
     * Returns false when someone else saved in between.
     */
    saveAssessment(
      tenantId: string,
      write: AssessmentWrite,
      version: number,
      writer: Writer,
      audit?: ReportAudit,
    ): Promise<GoalAssessment | null> {
      return saveReport(
        db,
        goalAssessmentsTable,
        'goalId',
        tenantId,
        write,
        version,
        writer,
        audit,
      );
    },

    /** The owner units' names on a date, for display. */
    async unitNames(tenantId: string, unitIds: string[], date: string) {
      if (unitIds.length === 0) return new Map<string, string>();
      const rows = await db
        .select({ unitId: orgUnitVersionsTable.unitId, name: orgUnitVersionsTable.name })
        .from(orgUnitVersionsTable)
        .where(
          and(
            eq(orgUnitVersionsTable.tenantId, tenantId),
            inArray(orgUnitVersionsTable.unitId, unitIds),
            sql`${orgUnitVersionsTable.validFrom} <= ${date}`,
            sql`(${orgUnitVersionsTable.validTo} is null or ${orgUnitVersionsTable.validTo} >= ${date})`,
          ),
        );
      return new Map(rows.map((r) => [r.unitId, r.name]));
    },
  };
}
export type GoalsRepository = ReturnType<typeof createGoalsRepository>;
