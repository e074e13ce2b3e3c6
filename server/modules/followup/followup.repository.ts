import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Activity, ActivityReport } from '#contracts/activities.ts';
import type { ReportState, ReportStatus } from '#contracts/followup.ts';
import type { TemplateChapter } from '#contracts/reports.ts';
import type { GoalAssessment } from '#contracts/goals.ts';
import type { GoalLevelSettings } from '#contracts/goals.levels.ts';
import type { EnteredPreviousOutcome, Indicator, Outcome, Target } from '#contracts/indicators.ts';
import type { Period } from '#contracts/years.ts';
import type { Db } from '#server/db/client.ts';
import { fromJsonRow, jsonRow } from '#server/db/json-rows.ts';
import { storedReportOf } from '#server/db/report-columns.ts';
import { cachedQuery, cachedStatement } from '#server/db/statements.ts';
import { rowsOf } from '#server/db/transaction.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { activityOf } from '../activities/activities.repository.ts';
import {
  activitiesTable,
  activityReportsTable,
  activityUnitsTable,
} from '../activities/activities.table.ts';
import {
  parentIdsOf,
  storedGoalOf,
  unitReportGoalIds,
  type StoredGoal,
} from '../goals/goals.repository.ts';
import {
  goalAssessmentsTable,
  goalAssignmentsTable,
  goalLevelsTable,
  goalsTable,
} from '../goals/goals.table.ts';
import { levelSettingsOf } from '../goals/levels/goals.levels.repository.ts';
import {
  enteredPreviousOutcomeOf,
  indicatorOf,
  outcomeOf,
  targetOf,
} from '../indicators/indicators.repository.ts';
import {
  indicatorGoalsTable,
  indicatorOutcomesTable,
  indicatorPreviousOutcomesTable,
  indicatorTargetsTable,
  indicatorsTable,
} from '../indicators/indicators.table.ts';
import { ancestryRows, chainOf } from '../org/org.repository.ts';
import { orgUnitVersionsTable } from '../org/org.table.ts';
import { usersTable } from '../people/people.table.ts';
import { reportTemplatesTable } from '../reports/reports.table.ts';
import { budgetYearsTable, periodsTable } from '../years/years.table.ts';
import { unitReportsTable } from './followup.table.ts';

export type StateWrite = {
  status: ReportStatus;
  adoptedOn: string | null;
  decisionRef: string | null;
  returnComment: string;
  adoptReason?: string;
};

const present = (row: typeof unitReportsTable.$inferSelect): ReportState => ({
  unitId: row.unitId,
  periodId: row.periodId,
  status: row.status,
  adoptedOn: row.adoptedOn,
  decisionRef: row.decisionRef,
  returnComment: row.returnComment,
  version: row.version,
  published: row.publishedAt !== null,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  adoptReason: row.adoptReason,
  publishReason: row.publishReason,
});

/** What a unit's report for a period is made of, as the goals, indicators, activities repositories give it. */
export type ReportData = {
  goals: StoredGoal[];
  indicators: (Indicator & { position: number })[];
  targets: Target[];
  /**
   * the targets that the other units owning the report's goals set for its indicators (a KF
   * goal's owner, for the council's target beside the committee's)
   */
  ownersTargets: Target[];
  outcomes: Outcome[];
  previousOutcomes: Outcome[];
  /** last year's outcomes as this period's report prints them, where they were entered */
  enteredPreviousOutcomes: EnteredPreviousOutcome[];
  activities: Activity[];
  activityReports: ActivityReport[];
  assessments: GoalAssessment[];
  names: Map<string, string>;
  state: ReportState | null;
  /** the council goals of the year the unit answers for directly (goalLevels.assignedGoalIds) */
  assignedGoalIds: string[];
  /** the year's stored goal levels, null when the default holds (goalLevels.settingsOf) */
  levelSettings: GoalLevelSettings | null;
  /**
   * the chapters of the template the tenant stored for the year's periods of this kind, null when
   * it stored none (reports.templates): what the report must have written before it is ready
   */
  templateChapters: TemplateChapter[] | null;
};

type Json = Record<string, unknown>;
type ReportRows = {
  goals: { row: Json; year: number; parentIds: string[] }[] | null;
  indicators: { row: Json; links: { goalId: string; position: number }[] }[] | null;
  targets: { row: Json; year: number }[] | null;
  ownersTargets: { row: Json; year: number }[] | null;
  outcomes: { row: Json; by: string | null; previous: boolean }[] | null;
  enteredPrevious: { row: Json; by: string | null }[] | null;
  activities: { row: Json; year: number; units: string[] }[] | null;
  activityReports: { row: Json; by: string | null }[] | null;
  assessments: { row: Json; by: string | null }[] | null;
  names: { unitId: string; name: string }[] | null;
  state: Json | null;
  assigned: string[] | null;
  levels: Json[] | null;
  template: TemplateChapter[] | null;
};

/**
 * A unit's whole report for a period in one statement (one round trip instead of fifteen: the
 * report is what every reporter reads on deadline day). Each part selects what the repository
 * call of the same name selects (goals.ofUnitReport, indicators.ofGoals, targets, outcomes of the
 * period and of `previousPeriodId`, indicators.enteredPreviousOutcomes, activities.ofUnits,
 * activities.reports, goals.assessments, goals.unitNames on the period's last day, state,
 * goalLevels.assignedGoalIds, goalLevels.settingsOf, the stored template's chapters of
 * reports.templates) and is mapped by the same function; the
 * targets and outcomes only of the report's own indicators (a unit has figures for indicators of
 * other goals too: in the synthetic city five times as many, read and thrown away on every read).
 * followup.repository.test.ts holds them equal.
 */
function reportStatement(
  { tenantId, unitId, year, periodId, endsOn, previousId }: Record<ReportValue, never>,
  withPrevious: boolean,
) {
  const periods = withPrevious
    ? sql`array[${periodId}::uuid, ${previousId}::uuid]`
    : sql`array[${periodId}::uuid]`;
  return sql`
    with report_goals as materialized (
      select g.*, y.year from ${goalsTable} g join ${budgetYearsTable} y on y.id = g.year_id
       where g.tenant_id = ${tenantId} and y.year = ${year}
         and g.id in (${unitReportGoalIds(tenantId, year, unitId)})
    ),
    indicator_links as materialized (
      select l.indicator_id, l.goal_id, l.position from ${indicatorGoalsTable} l
       where l.tenant_id = ${tenantId} and l.goal_id in (select id from report_goals)
    ),
    unit_activities as materialized (
      select a.*, y.year from ${activitiesTable} a join ${budgetYearsTable} y on y.id = a.year_id
       where a.tenant_id = ${tenantId} and y.year = ${year}
         and (a.responsible_unit_id = ${unitId} or a.id = any(array(
           select u.activity_id from ${activityUnitsTable} u
            where u.tenant_id = ${tenantId} and u.unit_id = ${unitId})))
    )
    select json_build_object(
      'goals', (select json_agg(json_build_object(
          'row', ${jsonRow(goalsTable, 'g')}, 'year', g.year,
          'parentIds', ${parentIdsOf(sql`${tenantId}`, sql`g.id`)})
          order by g.position, g.id) from report_goals g),
      'indicators', (select json_agg(json_build_object(
          'row', ${jsonRow(indicatorsTable, 'i')},
          'links', (select json_agg(json_build_object('goalId', l.goal_id, 'position', l.position)
                     order by l.position) from indicator_links l where l.indicator_id = i.id)))
          from ${indicatorsTable} i
         where i.tenant_id = ${tenantId} and i.id in (select indicator_id from indicator_links)),
      'targets', (select json_agg(json_build_object('row', ${jsonRow(indicatorTargetsTable, 't')}, 'year', y.year))
          from ${indicatorTargetsTable} t join ${budgetYearsTable} y on y.id = t.year_id
         where t.tenant_id = ${tenantId} and t.unit_id = ${unitId} and y.year = ${year}
           and t.indicator_id in (select indicator_id from indicator_links)),
      'ownersTargets', (select json_agg(json_build_object('row', ${jsonRow(indicatorTargetsTable, 't')}, 'year', y.year))
          from ${indicatorTargetsTable} t join ${budgetYearsTable} y on y.id = t.year_id
         where t.tenant_id = ${tenantId} and y.year = ${year}
           and t.unit_id in (select owner_unit_id from report_goals where owner_unit_id <> ${unitId})
           and t.indicator_id in (select indicator_id from indicator_links)),
      'outcomes', (select json_agg(json_build_object(
          'row', ${jsonRow(indicatorOutcomesTable, 'o')}, 'by', u.name, 'previous', o.period_id <> ${periodId}))
          from ${indicatorOutcomesTable} o left join ${usersTable} u on u.id = o.updated_by
         where o.tenant_id = ${tenantId} and o.unit_id = ${unitId} and o.period_id = any(${periods})
           and o.indicator_id in (select indicator_id from indicator_links)),
      'enteredPrevious', (select json_agg(json_build_object('row', ${jsonRow(indicatorPreviousOutcomesTable, 'p')}, 'by', u.name))
          from ${indicatorPreviousOutcomesTable} p left join ${usersTable} u on u.id = p.updated_by
         where p.tenant_id = ${tenantId} and p.unit_id = ${unitId} and p.period_id = ${periodId}
           and p.indicator_id in (select indicator_id from indicator_links)),
      'activities', (select json_agg(json_build_object(
          'row', ${jsonRow(activitiesTable, 'a')}, 'year', a.year,
          'units', array(select u.unit_id from ${activityUnitsTable} u where u.activity_id = a.id))
          order by a.position) from unit_activities a),
      'activityReports', (select json_agg(json_build_object('row', ${jsonRow(activityReportsTable, 'r')}, 'by', u.name))
          from ${activityReportsTable} r left join ${usersTable} u on u.id = r.updated_by
         where r.tenant_id = ${tenantId} and r.unit_id = ${unitId} and r.period_id = ${periodId}),
      'assessments', (select json_agg(json_build_object('row', ${jsonRow(goalAssessmentsTable, 'a')}, 'by', u.name))
          from ${goalAssessmentsTable} a left join ${usersTable} u on u.id = a.updated_by
         where a.tenant_id = ${tenantId} and a.unit_id = ${unitId} and a.period_id = ${periodId}),
      'names', (select json_agg(json_build_object('unitId', v.unit_id, 'name', v.name))
          from ${orgUnitVersionsTable} v
         where v.tenant_id = ${tenantId} and v.valid_from <= ${endsOn}
           and (v.valid_to is null or v.valid_to >= ${endsOn})
           and v.unit_id in (select owner_unit_id from report_goals union select ${unitId}::uuid)),
      'state', (select ${jsonRow(unitReportsTable, 's')} from ${unitReportsTable} s
         where s.tenant_id = ${tenantId} and s.unit_id = ${unitId} and s.period_id = ${periodId}),
      'template', (select t.chapters from ${reportTemplatesTable} t
          join ${budgetYearsTable} y on y.id = t.year_id
         where t.tenant_id = ${tenantId} and y.tenant_id = ${tenantId} and y.year = ${year}
           and t.period_kind = (select per.kind from ${periodsTable} per
                                 where per.tenant_id = ${tenantId} and per.id = ${periodId})),
      ${goalModelParts(tenantId, year, unitId)}
    ) as report`;
}

const reportValues = ['tenantId', 'unitId', 'year', 'periodId', 'endsOn', 'previousId'] as const;
type ReportValue = (typeof reportValues)[number];
/** Built once each (server/db/statements.ts): with last year's period, and without. */
const reportStatements = {
  withPrevious: cachedStatement(reportValues, (values) => reportStatement(values, true)),
  alone: cachedStatement(reportValues, (values) => reportStatement(values, false)),
};

/** The unit's assigned goals and the year's goal levels, as two keys of a `json_build_object`. */
const goalModelParts = (tenantId: string, year: number, unitId: string) => sql`
      'assigned', (select json_agg(a.goal_id) from ${goalAssignmentsTable} a
          join ${goalsTable} g on g.id = a.goal_id join ${budgetYearsTable} y on y.id = g.year_id
         where a.tenant_id = ${tenantId} and a.unit_id = ${unitId} and y.year = ${year}),
      'levels', (select json_agg(${jsonRow(goalLevelsTable, 'l')}) from ${goalLevelsTable} l
          join ${budgetYearsTable} y on y.id = l.year_id
         where l.tenant_id = ${tenantId} and y.tenant_id = ${tenantId} and y.year = ${year})`;

/**
 * What a save checks its goal against: the report's goals, the goals assigned to the unit and the
 * year's levels, as three keys of a `json_build_object`.
 */
const reportGoalParts = (tenantId: string, year: number, unitId: string) => sql`
      'goals', (select json_agg(json_build_object(
          'row', ${jsonRow(goalsTable, 'g')}, 'year', y.year,
          'parentIds', ${parentIdsOf(sql`${tenantId}`, sql`g.id`)})
          order by g.position, g.id)
          from ${goalsTable} g join ${budgetYearsTable} y on y.id = g.year_id
         where g.tenant_id = ${tenantId} and y.year = ${year}
           and g.id in (${unitReportGoalIds(tenantId, year, unitId)})),
      ${goalModelParts(tenantId, year, unitId)}`;

const goalModelOf = (r: Pick<ReportRows, 'assigned' | 'levels'>) => ({
  assignedGoalIds: r.assigned ?? [],
  levelSettings: levelSettingsOf((r.levels ?? []).map((l) => fromJsonRow(goalLevelsTable, l))),
});

/**
 * What every read and write of a report looks up first, in one statement: the period, last
 * year's period of the same kind (years.period, years.periodByKey), the unit's ancestry on the
 * period's last day (org.ancestry: who may) and the report's state (state).
 */
const scopeStatementOf = (
  { tenantId, unitId, periodId }: Record<'tenantId' | 'unitId' | 'periodId', never>,
  withGoals: boolean,
) => sql`
    with p as materialized (
      select per.*, y.year from ${periodsTable} per join ${budgetYearsTable} y on y.id = per.year_id
       where per.tenant_id = ${tenantId} and per.id = ${periodId}
    )
    select json_build_object(
      'period', (select json_build_object('row', ${jsonRow(periodsTable, 'p')}, 'year', p.year) from p),
      'previous', (select json_build_object('row', ${jsonRow(periodsTable, 'q')}, 'year', y.year)
          from p, ${periodsTable} q join ${budgetYearsTable} y on y.id = q.year_id
         where q.tenant_id = ${tenantId} and y.tenant_id = ${tenantId}
           and y.year = p.year - 1 and q.key = p.key
         limit 1),
      'ancestry', (select json_agg(c.unit_id order by c.depth)
          from (${ancestryRows(tenantId, sql`${unitId}::uuid`, sql`(select ends_on from p)`)}) c),
      'state', (select ${jsonRow(unitReportsTable, 's')} from ${unitReportsTable} s
         where s.tenant_id = ${tenantId} and s.unit_id = ${unitId} and s.period_id = ${periodId})
      ${withGoals ? sql`, ${reportGoalParts(tenantId, sql`(select year from p)` as never, unitId)}` : sql``}
    ) as scope`;
const scopeValues = ['tenantId', 'unitId', 'periodId'] as const;
/** Built once each: for a read, and for a write (with what its goal is checked against). */
const scopeStatements = {
  read: cachedStatement(scopeValues, (values) => scopeStatementOf(values, false)),
  write: cachedStatement(scopeValues, (values) => scopeStatementOf(values, true)),
};

type PeriodJson = { row: Json; year: number };
const periodOf = ({ row, year }: PeriodJson): Period => {
  const p = fromJsonRow(periodsTable, row);
  return {
    id: p.id,
    yearId: p.yearId,
    year,
    key: p.key,
    name: p.name,
    kind: p.kind,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    deadline: p.deadline,
    position: p.position,
  };
};

export type ReportScope = {
  period: Period | null;
  previousPeriod: Period | null;
  /** the unit and its parents on the period's last day; empty when the unit did not exist */
  ancestry: string[];
  state: ReportState | null;
};

/**
 * A unit's report for a period as a lock held until the transaction ends: every save of the
 * report holds it shared, a transition (submit above all) exclusively. A submit so reads the
 * report after every save that began before it has committed, and a save that begins while a
 * submit runs waits for it and then finds the report no longer a draft. Without it a save
 * could land in a report just marked ready, or clear an assessment the submit had checked.
 * An advisory lock, not a row lock: a draft need not have a state row yet. Its own statement,
 * before the scope is read: a statement's snapshot is taken when it starts, before a lock it
 * waits for inside it.
 */
const reportLockKey = (v: Record<'unitId' | 'periodId', never>) =>
  sql`hashtextextended(${v.unitId}::text || '/' || ${v.periodId}::text, 0)`;
const reportLocks = {
  shared: cachedStatement(
    ['unitId', 'periodId'],
    (v) => sql`select 1 as locked from pg_advisory_xact_lock_shared(${reportLockKey(v)})`,
  ),
  exclusive: cachedStatement(
    ['unitId', 'periodId'],
    (v) => sql`select 1 as locked from pg_advisory_xact_lock(${reportLockKey(v)})`,
  ),
};

/** A report's state: every save checks that the report is still a draft (built once). */
const stateOf = cachedQuery(['tenantId', 'unitId', 'periodId'], (db, v) =>
  db
    .select()
    .from(unitReportsTable)
    .where(
      and(
        eq(unitReportsTable.tenantId, v.tenantId),
        eq(unitReportsTable.unitId, v.unitId),
        eq(unitReportsTable.periodId, v.periodId),
      ),
    ),
);

type ScopeRows = Pick<ReportRows, 'goals' | 'assigned' | 'levels'> & {
  period: PeriodJson | null;
  previous: PeriodJson | null;
  ancestry: string[] | null;
  state: Json | null;
};
const scopeRowsOf = (result: unknown): ScopeRows => {
  const cell = rowsOf<{ scope: ScopeRows | string }>(result)[0]!.scope;
  return (typeof cell === 'string' ? JSON.parse(cell) : cell) as ScopeRows;
};
const scopeOf = (r: ScopeRows): ReportScope => ({
  period: r.period && periodOf(r.period),
  previousPeriod: r.previous && periodOf(r.previous),
  ancestry: r.period ? chainOf(r.ancestry ?? []) : [],
  state: r.state ? present(fromJsonRow(unitReportsTable, r.state)) : null,
});

export function createFollowupRepository(db: Db) {
  return {
    /** A unit's report for a period in one round trip: see `reportStatement`. */
    async report(
      tenantId: string,
      unitId: string,
      period: Period,
      previousPeriodId: string | null,
    ): Promise<ReportData> {
      const { year, id: periodId, endsOn } = period;
      const values = { tenantId, unitId, year, periodId, endsOn, previousId: previousPeriodId };
      const statement = previousPeriodId ? reportStatements.withPrevious : reportStatements.alone;
      const result = await statement(db, values);
      const cell = rowsOf<{ report: ReportRows | string }>(result)[0]!.report;
      const r = (typeof cell === 'string' ? JSON.parse(cell) : cell) as ReportRows;
      const outcomes = (r.outcomes ?? []).map((o) => ({
        previous: o.previous,
        outcome: outcomeOf(
          storedReportOf(indicatorOutcomesTable, fromJsonRow(indicatorOutcomesTable, o.row), o.by),
        ),
      }));
      return {
        goals: (r.goals ?? []).map((g) =>
          storedGoalOf(fromJsonRow(goalsTable, g.row), g.year, g.parentIds),
        ),
        indicators: (r.indicators ?? []).map((i) =>
          indicatorOf(fromJsonRow(indicatorsTable, i.row), i.links),
        ),
        targets: (r.targets ?? []).map((t) =>
          targetOf(fromJsonRow(indicatorTargetsTable, t.row), t.year),
        ),
        ownersTargets: (r.ownersTargets ?? []).map((t) =>
          targetOf(fromJsonRow(indicatorTargetsTable, t.row), t.year),
        ),
        outcomes: outcomes.filter((o) => !o.previous).map((o) => o.outcome),
        previousOutcomes: outcomes.filter((o) => o.previous).map((o) => o.outcome),
        enteredPreviousOutcomes: (r.enteredPrevious ?? []).map((p) =>
          enteredPreviousOutcomeOf(
            storedReportOf(
              indicatorPreviousOutcomesTable,
              fromJsonRow(indicatorPreviousOutcomesTable, p.row),
              p.by,
            ),
          ),
        ),
        activities: (r.activities ?? []).map((a) =>
          activityOf(fromJsonRow(activitiesTable, a.row), a.year, a.units),
        ),
        activityReports: (r.activityReports ?? []).map((a) =>
          storedReportOf(activityReportsTable, fromJsonRow(activityReportsTable, a.row), a.by),
        ),
        assessments: (r.assessments ?? []).map((a) =>
          storedReportOf(goalAssessmentsTable, fromJsonRow(goalAssessmentsTable, a.row), a.by),
        ),
        names: new Map((r.names ?? []).map((n) => [n.unitId, n.name])),
        state: r.state ? present(fromJsonRow(unitReportsTable, r.state)) : null,
        ...goalModelOf(r),
        templateChapters: r.template,
      };
    },

    /** The period, last year's, the unit's ancestry and the state: see `scopeStatementOf`. */
    async scope(tenantId: string, unitId: string, periodId: string): Promise<ReportScope> {
      return scopeOf(scopeRowsOf(await scopeStatements.read(db, { tenantId, unitId, periodId })));
    },

    /**
     * The scope, and the report's goals, assigned and levels: what a save checks against. In a
     * transaction: it first takes the report's lock shared (`reportLocks`), sent with the scope's
     * statement in the same round trip and run before it.
     */
    async writeScope(
      tenantId: string,
      unitId: string,
      periodId: string,
    ): Promise<ReportScope & Pick<ReportData, 'goals' | 'assignedGoalIds' | 'levelSettings'>> {
      // both are sent now, in this order (a statement starts when called, `cachedStatement`)
      const [, result] = await Promise.all([
        reportLocks.shared(db, { unitId, periodId }),
        scopeStatements.write(db, { tenantId, unitId, periodId }),
      ]);
      const r = scopeRowsOf(result);
      return {
        ...scopeOf(r),
        goals: (r.goals ?? []).map((g) =>
          storedGoalOf(fromJsonRow(goalsTable, g.row), g.year, g.parentIds),
        ),
        ...goalModelOf(r),
      };
    },

    /**
     * The report's state for a write outside the report's own saves (a past outcome, a computed
     * one, an import), in a transaction: the report's lock is taken shared first, as
     * `writeScope` takes it, so no transition runs between this read and the write.
     */
    async stateForWrite(
      tenantId: string,
      unitId: string,
      periodId: string,
    ): Promise<ReportState | null> {
      await reportLocks.shared(db, { unitId, periodId });
      const [row] = await stateOf(db, { tenantId, unitId, periodId });
      return row ? present(row) : null;
    },

    /** In a transaction: waits until no save of the report runs, and holds saves off until it ends. */
    async lockForTransition(unitId: string, periodId: string): Promise<void> {
      await reportLocks.exclusive(db, { unitId, periodId });
    },

    async state(tenantId: string, unitId: string, periodId: string): Promise<ReportState | null> {
      const [row] = await stateOf(db, { tenantId, unitId, periodId });
      return row ? present(row) : null;
    },

    /** Every unit's report state for a period (units without a row are drafts). */
    async states(tenantId: string, periodId: string): Promise<ReportState[]> {
      const rows = await db
        .select()
        .from(unitReportsTable)
        .where(
          and(eq(unitReportsTable.tenantId, tenantId), eq(unitReportsTable.periodId, periodId)),
        );
      return rows.map(present);
    },

    /** The tenant's published reports (only adopted ones can be: see `saveState`). */
    async published(tenantId: string): Promise<ReportState[]> {
      const rows = await db
        .select()
        .from(unitReportsTable)
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.status, 'adopted'),
            isNotNull(unitReportsTable.publishedAt),
          ),
        );
      return rows.map(present);
    },

    /** The tenants that have at least one published report. */
    async publishingTenants(): Promise<string[]> {
      const rows = await db
        .selectDistinct({ tenantId: unitReportsTable.tenantId })
        .from(unitReportsTable)
        .where(
          and(eq(unitReportsTable.status, 'adopted'), isNotNull(unitReportsTable.publishedAt)),
        );
      return rows.map((r) => r.tenantId);
    },

    /**
     * Publish (a user and an instant) or unpublish (null) an adopted report; false when the
     * report is not adopted (the check and the write are one statement). The workflow's
     * version is not moved: publishing changes who may read the report, not the report.
     */
    async setPublication(
      tenantId: string,
      unitId: string,
      periodId: string,
      publication: { at: Date; userId: string; reason: string } | null,
    ): Promise<boolean> {
      const updated = await db
        .update(unitReportsTable)
        .set({
          publishedAt: publication?.at ?? null,
          publishedBy: publication?.userId ?? null,
          publishReason: publication?.reason ?? '',
        })
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.unitId, unitId),
            eq(unitReportsTable.periodId, periodId),
            eq(unitReportsTable.status, 'adopted'),
          ),
        )
        .returning({ id: unitReportsTable.id });
      return updated.length === 1;
    },

    /** Compare-and-set on the version (0: no row yet); false when someone moved it first. */
    async saveState(
      tenantId: string,
      unitId: string,
      periodId: string,
      write: StateWrite,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const values = {
        ...write,
        // Only an adopted report can be public: every other step (a reopen) unpublishes it.
        ...(write.status === 'adopted'
          ? {}
          : { publishedAt: null, publishedBy: null, publishReason: '' }),
        tenantId,
        unitId,
        periodId,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      const r = unitReportsTable;
      return savedVersioned(db, r, {
        where: and(eq(r.tenantId, tenantId), eq(r.unitId, unitId), eq(r.periodId, periodId)),
        version,
        values,
      });
    },
  };
}
export type FollowupRepository = ReturnType<typeof createFollowupRepository>;
