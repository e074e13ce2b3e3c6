/**
 * The reference for the roll-up benchmark: the best single SQL statement we could write for the
 * council roll-up's counts, with the published rules (docs/assessment-rules.md) in SQL. Per KF
 * goal of the period's year: how many reporting units wrote helt / delvis / inte, how many did
 * not report, and how many written assessments disagree with the evidence's suggestion (and of
 * those, the more positive ones without a justification).
 *
 * Scores are in halves (1 = 2 halves): a met indicator 2 × weight 2, a missed one 0; activities
 * completed or ongoing 2, delayed 1, cancelled 0 (weight 1, not started left out); nämndmål
 * helt 2, delvis 1, inte 0 (weight 1, not reported left out). helt when halves ≥ 0.9 × 2 ×
 * weight and nothing missed; inte when halves < 0.5 × 2 × weight; none without weight.
 *
 * $1 tenant id, $2 period id. Of the variants we timed this was the fastest: inner joins on
 * targets and outcomes, a filter on the organisation's tree or on the parent goals' level inside
 * `pairs`, or the period's outcomes and the year's targets as materialised CTEs all made the
 * planner expect a few hundred pairs and look up 37 000 outcomes one by one (or hash twice as
 * much); so the narrowing to KF goals and to the units open on the period's last day comes last.
 * Run it with JIT off (see queryWithoutJit), as the use case does: compiling costs more than it
 * saves.
 */
const SCORED = `
with per as (
  select id, year_id, ends_on from periods where id = $2 and tenant_id = $1
),
level_goals as (
  select g.id, g.position from goals g
  where g.tenant_id = $1 and g.level = 'council' and g.year_id = (select year_id from per)
),
tree as (
  select distinct v.unit_id from org_unit_versions v
  where v.tenant_id = $1 and v.valid_from <= (select ends_on from per)
    and (v.valid_to is null or v.valid_to >= (select ends_on from per))
),
pairs as (
  select l.parent_goal_id as goal_id, c.owner_unit_id as unit_id,
         coalesce(sum(case ca.value when 'helt' then 2 when 'delvis' then 1 when 'inte' then 0 end), 0)
           as halves,
         count(ca.value) as weight
  from goals c
  join goal_links l on l.goal_id = c.id and l.tenant_id = $1
  left join goal_assessments ca
    on ca.goal_id = c.id and ca.unit_id = c.owner_unit_id and ca.period_id = $2 and ca.tenant_id = $1
  where c.tenant_id = $1 and c.level = 'committee' and c.year_id = (select year_id from per)
  group by l.parent_goal_id, c.owner_unit_id
),
indicators as (
  select pr.goal_id, pr.unit_id,
         count(*) filter (where m.met) as met,
         count(*) filter (where not m.met) as not_met,
         count(*) filter (where m.met is null and t.target_kind = 'value' and t.target is not null)
           as missing
  from pairs pr
  join indicator_goals ig on ig.goal_id = pr.goal_id and ig.tenant_id = $1
  join indicators i on i.id = ig.indicator_id and i.tenant_id = $1
  left join indicator_targets t
    on t.indicator_id = ig.indicator_id and t.unit_id = pr.unit_id
   and t.year_id = (select year_id from per) and t.tenant_id = $1
  left join indicator_outcomes o
    on o.indicator_id = ig.indicator_id and o.unit_id = pr.unit_id and o.period_id = $2
   and o.tenant_id = $1
  cross join lateral (
    select case
             when t.target_kind <> 'value' or t.target is null or o.value is null then null
             when i.direction = 'higher_is_better' then o.value >= t.target
             when i.direction = 'lower_is_better' then o.value <= t.target
             else abs(o.value - t.target) <= coalesce(t.tolerance, 0)
           end as met
  ) m
  group by pr.goal_id, pr.unit_id
),
activities as (
  select pr.goal_id, pr.unit_id,
         sum(case r.status when 'delayed' then 1 when 'cancelled' then 0 else 2 end) as halves,
         count(*) as weight
  from pairs pr
  join activities a
    on a.goal_id = pr.goal_id and a.tenant_id = $1 and a.year_id = (select year_id from per)
  join activity_reports r
    on r.activity_id = a.id and r.unit_id = pr.unit_id and r.period_id = $2 and r.tenant_id = $1
   and r.status in ('completed', 'ongoing', 'delayed', 'cancelled')
  where a.responsible_unit_id = pr.unit_id
     or exists (select 1 from activity_units au where au.activity_id = a.id and au.unit_id = pr.unit_id)
  group by pr.goal_id, pr.unit_id
),
scored as (
  select pr.goal_id, pr.unit_id, wa.value as written,
         coalesce(ind.met, 0) as met, coalesce(ind.not_met, 0) as not_met,
         coalesce(ind.missing, 0) as missing,
         coalesce(btrim(wa.justification, E' \\t\\n\\r\\f\\v\\u00a0'), '') <> '' as justified,
         4 * coalesce(ind.met, 0) + coalesce(act.halves, 0) + pr.halves as halves,
         2 * (coalesce(ind.met, 0) + coalesce(ind.not_met, 0)) + coalesce(act.weight, 0) + pr.weight
           as weight,
         coalesce(ind.not_met, 0) as missed
  from pairs pr
  join tree on tree.unit_id = pr.unit_id
  left join indicators ind on ind.goal_id = pr.goal_id and ind.unit_id = pr.unit_id
  left join activities act on act.goal_id = pr.goal_id and act.unit_id = pr.unit_id
  left join goal_assessments wa
    on wa.goal_id = pr.goal_id and wa.unit_id = pr.unit_id and wa.period_id = $2 and wa.tenant_id = $1
),
suggested as (
  select goal_id, unit_id, written, justified, met, not_met, missing,
         case
           when weight = 0 then null
           when halves * 10 >= 18 * weight then case when missed = 0 then 'helt' else 'delvis' end
           when halves < weight then 'inte'
           else 'delvis'
         end as suggestion
  from scored
),
ranked as (
  select goal_id, unit_id, written, suggestion, justified, met, not_met, missing,
         case written when 'helt' then 2 when 'delvis' then 1 when 'inte' then 0 end as written_rank,
         case suggestion when 'helt' then 2 when 'delvis' then 1 when 'inte' then 0 end as suggested_rank
  from suggested
)
`;

/** Counts per KF goal. */
export const HAND_WRITTEN_ROLLUP = `${SCORED}
select lg.id as goal_id,
       count(r.goal_id)::int as total,
       count(*) filter (where r.written = 'helt')::int as helt,
       count(*) filter (where r.written = 'delvis')::int as delvis,
       count(*) filter (where r.written = 'inte')::int as inte,
       count(*) filter (where r.goal_id is not null and r.written is null)::int as not_reported,
       count(*) filter (where r.written <> r.suggestion)::int as disagreements,
       count(*) filter (where r.written_rank > r.suggested_rank and not r.justified)::int
         as unjustified_disagreements
from level_goals lg
left join ranked r on r.goal_id = lg.id
group by lg.id, lg.position
order by lg.position, lg.id`;

/**
 * The same answer as the use case's: every (KF goal, unit) row with the unit's name, its written
 * assessment, the suggestion, its indicators and its report's status, as the roll-up page shows
 * them (the counts are those rows counted).
 */
export const HAND_WRITTEN_ROLLUP_ROWS = `${SCORED}
select lg.id as goal_id, r.unit_id, names.name as unit_name, r.written, r.suggestion,
       r.justified, r.met::int as met, r.not_met::int as not_met, r.missing::int as missing,
       ur.status
from level_goals lg
join ranked r on r.goal_id = lg.id
join lateral (
  select v.name from org_unit_versions v
  where v.tenant_id = $1 and v.unit_id = r.unit_id and v.valid_from <= (select ends_on from per)
    and (v.valid_to is null or v.valid_to >= (select ends_on from per))
  limit 1
) names on true
left join unit_reports ur on ur.unit_id = r.unit_id and ur.period_id = $2 and ur.tenant_id = $1
order by lg.position, lg.id, names.name, r.unit_id`;

export type HandWrittenUnitRow = {
  goal_id: string;
  unit_id: string;
  unit_name: string;
  written: string | null;
  suggestion: string | null;
  justified: boolean;
  met: number;
  not_met: number;
  missing: number;
  status: string | null;
};

export type HandWrittenRow = {
  goal_id: string;
  total: number;
  helt: number;
  delvis: number;
  inte: number;
  not_reported: number;
  disagreements: number;
  unjustified_disagreements: number;
};
