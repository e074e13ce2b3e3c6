import { sql, type SQL } from 'drizzle-orm';
import type { AssessmentValue } from '#contracts/assessment.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import type { ReportStatus } from '#contracts/followup.ts';
import type { Db } from '#server/db/client.ts';
import { uuids } from '#server/db/statements.ts';
import { rowsOf } from '#server/db/transaction.ts';

/**
 * The evidence of one (goal, unit) pair of a roll-up, counted in SQL: what the published rules
 * (docs/assessment-rules.md) need to suggest an assessment, and what the roll-up shows beside it.
 */
export type RollUpEvidence = {
  goalId: string;
  unitId: string;
  /** the smallest position among the unit's goals under this one: the order they were listed in */
  firstPosition: number;
  indicators: { met: number; notMet: number; missing: number };
  /** targets with a negative tolerance among the judged indicators (the rules refuse those) */
  negativeTolerances: number;
  activities: { onTrack: number; delayed: number; cancelled: number; notStarted: number };
  childGoals: { helt: number; delvis: number; inte: number; notReported: number };
  written: AssessmentValue | null;
  /**
   * The justification when it may be blank after trimming ('' when it is empty; 'x' when it holds
   * an ASCII letter or digit, which no trimming removes). The caller trims the rest the way the
   * rules do, so that SQL's idea of white space never decides.
   */
  justification: string;
  status: ReportStatus;
};

type Row = {
  goal_id: string;
  unit_id: string;
  first_position: number;
  met: number;
  not_met: number;
  missing: number;
  negative_tolerances: number;
  on_track: number;
  delayed: number;
  cancelled: number;
  not_started: number;
  child_helt: number;
  child_delvis: number;
  child_inte: number;
  child_not_reported: number;
  written: AssessmentValue | null;
  justification: string | null;
  status: ReportStatus | null;
};

/** The first position of a unit that answers for a goal only by assignment: after the others. */
export const maxPosition = 2_147_483_647;

export function createRollUpRepository(db: Db) {
  return {
    /** The ids of a year's goals of one level, in the order the year lists them. */
    async levelGoalIds(tenantId: string, yearId: string, level: GoalLevel): Promise<string[]> {
      const rows = rowsOf<{ id: string }>(
        await db.execute(sql`
          select g.id from goals g
          where g.tenant_id = ${tenantId} and g.year_id = ${yearId} and g.level = ${level}
          order by g.position, g.id`),
      );
      return rows.map((r) => r.id);
    },

    /**
     * For every goal that a goal one level below `level` in the period's year contributes to, and
     * every unit that owns such a goal (optionally only `unitIds`), the counts the roll-up is
     * computed from. The parents are not filtered to `level` here (the caller keeps its level's
     * goals): a filter on them hides from the planner how many pairs there are, and it then
     * looks up a city's outcomes one by one instead of reading the period's at once.
     *
     * Indicators are judged here, exactly, in `numeric`: higher ≥, lower ≤, within |outcome −
     * target| ≤ tolerance (none = 0); a target that is not a value is no target, and a value
     * target without an outcome is missing (assessment.indicators.rules.ts, statusOf).
     */
    async evidence(
      tenantId: string,
      period: { id: string; yearId: string },
      levels: { level: GoalLevel; childLevel: GoalLevel | null },
      unitIds: readonly string[] | null,
    ): Promise<RollUpEvidence[]> {
      const only = (column: SQL) =>
        unitIds === null ? sql`` : sql`and ${column} = any(${uuids(unitIds)}::uuid[])`;
      const childLevel = levels.childLevel ?? '';
      const query = sql`
        with child_pairs as (
          select l.parent_goal_id as goal_id, c.owner_unit_id as unit_id,
                 min(c.position) as first_position,
                 count(*) filter (where ca.value = 'helt') as child_helt,
                 count(*) filter (where ca.value = 'delvis') as child_delvis,
                 count(*) filter (where ca.value = 'inte') as child_inte,
                 count(*) filter (where ca.value is null) as child_not_reported
          from goals c
          join goal_links l on l.goal_id = c.id and l.tenant_id = ${tenantId}
          left join goal_assessments ca
            on ca.goal_id = c.id and ca.unit_id = c.owner_unit_id
           and ca.period_id = ${period.id} and ca.tenant_id = ${tenantId}
          where c.tenant_id = ${tenantId} and c.year_id = ${period.yearId}
            and c.level = ${childLevel}
            ${only(sql`c.owner_unit_id`)}
          group by l.parent_goal_id, c.owner_unit_id
        ),
        pairs as (
          select * from child_pairs
          union all
          -- a goal assigned to a unit with none of the unit's goals under it: a pair of its own,
          -- listed after the units with goals under it
          select a.goal_id, a.unit_id, ${sql.raw(String(maxPosition))}, 0, 0, 0, 0
          from goal_assignments a
          join goals g on g.id = a.goal_id and g.tenant_id = ${tenantId}
          where a.tenant_id = ${tenantId} and g.year_id = ${period.yearId}
            and g.level = ${levels.level}
            ${only(sql`a.unit_id`)}
            and not exists (
              select 1 from goals c join goal_links l on l.goal_id = c.id
              where l.parent_goal_id = a.goal_id and c.owner_unit_id = a.unit_id
                and c.tenant_id = ${tenantId} and c.year_id = ${period.yearId}
                and c.level = ${childLevel})
        ),
        judged as (
          select pr.goal_id, pr.unit_id, t.tolerance,
                 case
                   when t.target_kind is distinct from 'value' or t.target is null then null
                   when o.value is null then 'no_outcome'
                   when case i.direction
                          when 'higher_is_better' then o.value >= t.target
                          when 'lower_is_better' then o.value <= t.target
                          else abs(o.value - t.target) <= coalesce(t.tolerance, 0)
                        end then 'met'
                   else 'not_met'
                 end as status
          from pairs pr
          join indicator_goals ig on ig.goal_id = pr.goal_id and ig.tenant_id = ${tenantId}
          join indicators i on i.id = ig.indicator_id and i.tenant_id = ${tenantId}
          left join indicator_targets t
            on t.indicator_id = ig.indicator_id and t.unit_id = pr.unit_id
           and t.year_id = ${period.yearId} and t.tenant_id = ${tenantId}
          left join indicator_outcomes o
            on o.indicator_id = ig.indicator_id and o.unit_id = pr.unit_id
           and o.period_id = ${period.id} and o.tenant_id = ${tenantId}
          where t.id is not null or o.id is not null
        ),
        indicators as (
          select goal_id, unit_id,
                 count(*) filter (where status = 'met') as met,
                 count(*) filter (where status = 'not_met') as not_met,
                 count(*) filter (where status = 'no_outcome') as missing,
                 count(*) filter (where tolerance < 0) as negative_tolerances
          from judged group by goal_id, unit_id
        ),
        activities as (
          select pr.goal_id, pr.unit_id,
                 count(*) filter (where r.status in ('completed', 'ongoing')) as on_track,
                 count(*) filter (where r.status = 'delayed') as delayed,
                 count(*) filter (where r.status = 'cancelled') as cancelled,
                 count(*) filter (where r.status = 'not_started') as not_started
          from pairs pr
          join activities a
            on a.goal_id = pr.goal_id and a.tenant_id = ${tenantId} and a.year_id = ${period.yearId}
          join activity_reports r
            on r.activity_id = a.id and r.unit_id = pr.unit_id
           and r.period_id = ${period.id} and r.tenant_id = ${tenantId}
          where r.status is not null
            and (a.responsible_unit_id = pr.unit_id
                 or exists (select 1 from activity_units au
                            where au.activity_id = a.id and au.unit_id = pr.unit_id))
          group by pr.goal_id, pr.unit_id
        )
        select pr.goal_id, pr.unit_id, pr.first_position::int as first_position,
               coalesce(ind.met, 0)::int as met, coalesce(ind.not_met, 0)::int as not_met,
               coalesce(ind.missing, 0)::int as missing,
               coalesce(ind.negative_tolerances, 0)::int as negative_tolerances,
               coalesce(act.on_track, 0)::int as on_track, coalesce(act.delayed, 0)::int as delayed,
               coalesce(act.cancelled, 0)::int as cancelled,
               coalesce(act.not_started, 0)::int as not_started,
               pr.child_helt::int as child_helt, pr.child_delvis::int as child_delvis,
               pr.child_inte::int as child_inte, pr.child_not_reported::int as child_not_reported,
               wa.value as written,
               case when wa.justification ~ '[A-Za-z0-9]' then 'x' else wa.justification end
                 as justification,
               ur.status
        from pairs pr
        left join indicators ind on ind.goal_id = pr.goal_id and ind.unit_id = pr.unit_id
        left join activities act on act.goal_id = pr.goal_id and act.unit_id = pr.unit_id
        left join goal_assessments wa
          on wa.goal_id = pr.goal_id and wa.unit_id = pr.unit_id
         and wa.period_id = ${period.id} and wa.tenant_id = ${tenantId}
        left join unit_reports ur
          on ur.unit_id = pr.unit_id and ur.period_id = ${period.id} and ur.tenant_id = ${tenantId}`;
      // PostgreSQL's JIT would spend longer compiling this plan than running it.
      const result = await db.transaction(async (tx) => {
        await tx.execute(sql`set local jit = off`);
        return tx.execute(query);
      });
      return rowsOf<Row>(result).map((r) => ({
        goalId: r.goal_id,
        unitId: r.unit_id,
        firstPosition: r.first_position,
        indicators: { met: r.met, notMet: r.not_met, missing: r.missing },
        negativeTolerances: r.negative_tolerances,
        activities: {
          onTrack: r.on_track,
          delayed: r.delayed,
          cancelled: r.cancelled,
          notStarted: r.not_started,
        },
        childGoals: {
          helt: r.child_helt,
          delvis: r.child_delvis,
          inte: r.child_inte,
          notReported: r.child_not_reported,
        },
        written: r.written,
        justification: r.justification ?? '',
        status: r.status ?? 'draft',
      }));
    },
  };
}
export type RollUpRepository = ReturnType<typeof createRollUpRepository>;
