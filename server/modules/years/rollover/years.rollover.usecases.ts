import type {
  GoalHistory,
  RolloverInput,
  RolloverPreview,
  RolloverResult,
} from '#contracts/years.rollover.ts';
import { codedIssue } from '#contracts/issues.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { goalNotFound } from '../../goals/goals.errors.ts';
import type { StoredGoal } from '../../goals/goals.repository.ts';
import { can } from '../../people/people.rules.ts';
import { yearNotFound } from '../years.errors.ts';
import { rollTemplatesOver } from '../../reports/reports.usecases.ts';
import { rollInternalControlOver } from '../../internal-control/internal-control.rollover.usecases.ts';
import { defaultPeriods } from '../years.rules.ts';
import { rolloverChanged, targetYearNotEmpty } from './years.rollover.errors.ts';
import {
  planRollover,
  revisionOf,
  unitsInYear,
  type RolloverModel,
  type RolloverPlan,
} from './years.rollover.rules.ts';

type Deps = Pick<
  Repositories,
  | 'rollover'
  | 'goals'
  | 'goalLevels'
  | 'indicators'
  | 'activities'
  | 'years'
  | 'org'
  | 'audit'
  | 'reports'
  | 'internalControl'
>;

/** Rolling a year over reshapes the whole tenant's model: only a tenant-wide years.manage will do. */
function mayRollOver(principal: Principal) {
  if (!can(principal.grants, 'years.manage')) throw forbidden();
}

/** The year rolled from's model, and what the year rolled into already holds. */
async function load(deps: Deps, tenantId: string, { fromYear, toYear }: RolloverInput) {
  if (!(await deps.years.yearId(tenantId, fromYear))) throw yearNotFound({ year: fromYear });
  const versions = await deps.org.versions(tenantId);
  const unitIds = [...new Set(versions.map((v) => v.id))];
  const goals = await deps.goals.ofYear(tenantId, fromYear);
  const model: RolloverModel = {
    fromYear,
    toYear,
    goals,
    indicatorLinks: await deps.rollover.indicatorLinks(
      tenantId,
      goals.map((g) => g.id),
    ),
    targets: await deps.indicators.targets(tenantId, unitIds, fromYear),
    activities: await deps.activities.ofUnits(tenantId, fromYear, unitIds),
    existingTargets: await deps.indicators.targets(tenantId, unitIds, toYear),
    ...unitsInYear(versions, toYear),
  };
  const target = (await deps.years.years(tenantId)).find((y) => y.year === toYear) ?? null;
  const occupied =
    (await deps.goals.ofYear(tenantId, toYear)).length > 0 ||
    (await deps.activities.ofUnits(tenantId, toYear, unitIds)).length > 0;
  return { model, target, occupied };
}

const occupiedProblem = (toYear: number) =>
  codedIssue(
    'toYear',
    'rollover.year_not_empty',
    { year: String(toYear) },
    `${toYear} already has goals or activities; a rollover only fills an empty year`,
  );

/** What a rollover with this mapping would create, and what stands in its way; writes nothing. */
export async function previewRollover(
  deps: Deps,
  principal: Principal,
  input: RolloverInput,
): Promise<RolloverPreview> {
  mayRollOver(principal);
  const { model, target, occupied } = await load(deps, principal.tenantId, input);
  const plan = planRollover(model, input);
  const units = new Set([
    ...plan.goals.flatMap((g) => [g.from.ownerUnitId, ...(g.to ? [g.to.ownerUnitId] : [])]),
    ...plan.activities.flatMap((a) => [a.responsibleUnitId, ...a.coResponsibleUnitIds]),
    ...plan.targets.map((t) => t.unitId),
  ]);
  return {
    fromYear: input.fromYear,
    toYear: input.toYear,
    revision: revisionOf(model),
    periods: target
      ? {
          created: false,
          periods: target.periods.map(({ key, name, kind, startsOn, endsOn, deadline }) => ({
            key,
            name,
            kind,
            startsOn,
            endsOn,
            deadline,
          })),
        }
      : { created: true, periods: defaultPeriods(input.toYear) },
    goals: plan.goals,
    links: plan.links,
    indicatorLinks: plan.indicatorLinks,
    targets: plan.targets,
    activities: plan.activities,
    unitNames: Object.fromEntries(
      [...units].flatMap((id) => {
        const name = model.unitNames.get(id);
        return name === undefined ? [] : [[id, name]];
      }),
    ),
    problems: [...(occupied ? [occupiedProblem(input.toYear)] : []), ...plan.problems],
  };
}

/**
 * Rolls the year over in one transaction: the new year (with the default periods unless it
 * exists), then its goals top down, each pointing back to its source, their links, the
 * indicators' links, the targets if asked, and the activities; one audit entry says it all.
 */
export async function rollOver(
  deps: Deps,
  principal: Principal,
  input: RolloverInput,
): Promise<RolloverResult> {
  mayRollOver(principal);
  const { tenantId } = principal;
  await deps.rollover.lock(tenantId);
  const { model, target, occupied } = await load(deps, tenantId, input);
  if (occupied) throw targetYearNotEmpty({ toYear: input.toYear });
  const revision = revisionOf(model);
  if (input.revision !== undefined && input.revision !== revision)
    throw rolloverChanged({ revision, yours: input.revision });
  const plan = planRollover(model, input);
  if (plan.problems.length > 0) throw validationFailed(plan.problems);

  const periods = defaultPeriods(input.toYear);
  const yearId = target?.id ?? (await deps.years.createYear(tenantId, input.toYear, periods));
  const goalIds = await copyGoals(deps, tenantId, yearId, model, plan);
  const indicatorLinks = plan.indicatorLinks.filter((l) => l.copied);
  for (const l of indicatorLinks)
    await deps.indicators.linkGoal(tenantId, l.indicatorId, goalIds.get(l.goalId)!, l.position);
  const targets = plan.targets.filter((t) => t.copied);
  for (const { copied: _c, skipped: _s, indicatorId, ...t } of targets)
    await deps.indicators.setTarget(tenantId, indicatorId, yearId, t);
  const activities = await copyActivities(deps, tenantId, yearId, model, plan, goalIds);
  await copyGoalModel(deps, tenantId, input, yearId, goalIds);
  // The report templates go with the year (docs/report-templates.md).
  const templates = await rollTemplatesOver(deps, tenantId, principal.userId, input);
  // So does each unit's internal control plan, with its unfinished measures (docs/internal-control.md).
  const internalControl = await rollInternalControlOver(deps, tenantId, principal.userId, input);

  const result: RolloverResult = {
    fromYear: input.fromYear,
    toYear: input.toYear,
    yearId,
    goals: [...goalIds].map(([fromGoalId, toGoalId]) => ({ fromGoalId, toGoalId })),
    activities,
    created: {
      periods: target ? 0 : periods.length,
      goals: goalIds.size,
      links: plan.links.filter((l) => l.copied).length,
      indicatorLinks: indicatorLinks.length,
      targets: targets.length,
      activities: activities.length,
    },
  };
  await deps.audit.record(actorOf(principal), {
    entity: 'rollover',
    entityId: yearId,
    action: 'create',
    after: {
      ...result,
      revision,
      mapping: { goals: input.goals, activities: input.activities },
      carryTargets: input.carryTargets,
      templates: templates.map((t) => t.periodKind),
      internalControl,
    },
  });
  return result;
}

/**
 * The year's own goal levels (when the tenant stored them) and the council goals assigned to
 * committees, for the goals that were copied: the new year keeps the tenant's goal model.
 */
async function copyGoalModel(
  deps: Deps,
  tenantId: string,
  input: RolloverInput,
  yearId: string,
  goalIds: ReadonlyMap<string, string>,
) {
  const fromYearId = (await deps.years.yearId(tenantId, input.fromYear))!;
  await deps.goalLevels.copy(tenantId, fromYearId, yearId);
  for (const { goalId, unitId } of await deps.goalLevels.assignments(tenantId, input.fromYear)) {
    const copied = goalIds.get(goalId);
    if (copied) await deps.goalLevels.assign(tenantId, copied, unitId);
  }
}

/** Inserts the copied goals parents first; returns each source goal's new id. */
async function copyGoals(
  deps: Deps,
  tenantId: string,
  yearId: string,
  model: RolloverModel,
  plan: RolloverPlan,
) {
  const sources = new Map(model.goals.map((g) => [g.id, g]));
  const planned = new Map(plan.goals.map((g) => [g.fromGoalId, g]));
  const made = new Map<string, string>();
  for (const fromId of plan.order) {
    const source = sources.get(fromId)!;
    const to = planned.get(fromId)!.to!;
    const parentIds = plan.links
      .filter((l) => l.copied && l.goalId === fromId)
      .map((l) => made.get(l.parentGoalId)!);
    const id = await deps.goals.insert(
      tenantId,
      yearId,
      {
        year: model.toYear,
        level: source.level,
        number: to.number,
        title: to.title,
        description: source.description,
        ownerUnitId: to.ownerUnitId,
        heading: source.heading,
        parentIds,
        previousGoalId: fromId,
      },
      source.position,
    );
    made.set(fromId, id);
  }
  return made;
}

async function copyActivities(
  deps: Deps,
  tenantId: string,
  yearId: string,
  model: RolloverModel,
  plan: RolloverPlan,
  goalIds: ReadonlyMap<string, string>,
) {
  const sources = new Map(model.activities.map((a) => [a.id, a]));
  const made: RolloverResult['activities'] = [];
  for (const a of plan.activities.filter((p) => p.copied)) {
    const source = sources.get(a.fromActivityId)!;
    const id = await deps.activities.insert(
      tenantId,
      yearId,
      {
        year: model.toYear,
        kind: a.kind,
        title: a.title,
        description: source.description,
        goalId: a.goalId === null ? null : goalIds.get(a.goalId)!,
        responsibleUnitId: a.responsibleUnitId,
        coResponsibleUnitIds: a.coResponsibleUnitIds,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
      },
      source.position,
    );
    await deps.rollover.setPreviousActivity(tenantId, id, a.fromActivityId);
    made.push({ fromActivityId: a.fromActivityId, toActivityId: id });
  }
  return made;
}

/**
 * A goal's versions across budget years, oldest first: the goals it continues (previousGoalId,
 * back to the first) and the goals that continue it (forward, each successor of a split too).
 */
export async function goalHistory(
  { goals, rollover }: Pick<Repositories, 'goals' | 'rollover'>,
  tenantId: string,
  goalId: string,
): Promise<GoalHistory> {
  const [goal] = await goals.byIds(tenantId, [goalId]);
  if (!goal) throw goalNotFound();
  const found = new Map<string, StoredGoal>([[goal.id, goal]]);
  for (let at = goal; at.previousGoalId !== null && !found.has(at.previousGoalId);) {
    const [previous] = await goals.byIds(tenantId, [at.previousGoalId]);
    if (!previous) break;
    found.set(previous.id, previous);
    at = previous;
  }
  for (let frontier = [goal.id]; frontier.length > 0;) {
    const ids = (await rollover.successorIds(tenantId, frontier)).filter((id) => !found.has(id));
    const next = await goals.byIds(tenantId, ids);
    for (const g of next) found.set(g.id, g);
    frontier = next.map((g) => g.id);
  }
  const versions = [...found.values()]
    .sort((a, b) => a.year - b.year || a.position - b.position)
    .map(({ id, year, level, number, title, previousGoalId }) => ({
      goalId: id,
      year,
      level,
      number,
      title,
      previousGoalId,
    }));
  return { goalId, versions };
}
