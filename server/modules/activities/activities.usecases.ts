import { codedIssue } from '#contracts/issues.ts';
import type { ActivityInput, ActivityReportsView } from '#contracts/activities.ts';
import { forbidden, validationFailed } from '#server/errors.ts';
import { unknownUnit } from '#server/report.errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { can } from '../people/people.rules.ts';
import { ancestry } from '../org/org.rules.ts';
import { periodNotFound, yearNotFound } from '../years/years.errors.ts';
import { activityNotFound } from './activities.errors.ts';

type Deps = Pick<Repositories, 'activities' | 'goals' | 'years' | 'org' | 'audit'>;

/** A new activity or assignment; needs model.write on the responsible unit. */
export async function createActivity(
  deps: Deps,
  principal: Principal,
  input: ActivityInput,
): Promise<string> {
  const { tenantId } = principal;
  const yearId = await deps.years.yearId(tenantId, input.year);
  if (!yearId) throw yearNotFound();
  const date = `${input.year}-12-31`;
  const issues = [];
  if (input.endsOn < input.startsOn)
    issues.push(codedIssue('endsOn', 'followup.before_start', {}, 'must not be before startsOn'));
  if (input.goalId) {
    const [goal] = await deps.goals.byIds(tenantId, [input.goalId]);
    if (!goal)
      issues.push(codedIssue('goalId', 'followup.unknown_goal', {}, 'there is no such goal'));
    else if (goal.year !== input.year)
      issues.push(
        codedIssue(
          'goalId',
          'followup.goal_of_other_year',
          { year: String(goal.year) },
          `the goal belongs to ${goal.year}, not ${input.year}`,
        ),
      );
  }
  for (const [i, unitId] of input.coResponsibleUnitIds.entries())
    if ((await deps.org.ancestry(tenantId, unitId, date)).length === 0)
      issues.push(unknownUnit(`coResponsibleUnitIds.${i}`));
  const ancestry = await deps.org.ancestry(tenantId, input.responsibleUnitId, date);
  if (ancestry.length === 0) issues.push(unknownUnit('responsibleUnitId'));
  if (issues.length > 0) throw validationFailed(issues);
  if (!can(principal.grants, 'model.write', ancestry)) throw forbidden();
  const position = (await deps.activities.ofUnits(tenantId, input.year, [input.responsibleUnitId]))
    .length;
  const id = await deps.activities.insert(tenantId, yearId, input, position);
  await deps.audit.record(actorOf(principal), {
    entity: 'activity',
    entityId: id,
    action: 'create',
    after: input,
  });
  return id;
}

/**
 * A council assignment given to several committees: each responsible unit's report for the
 * period side by side (the lead unit first), as far as the caller may read them.
 */
export async function activityReportsSideBySide(
  deps: Pick<Deps, 'activities' | 'years' | 'org' | 'goals'>,
  principal: Principal,
  activityId: string,
  periodId: string,
): Promise<ActivityReportsView> {
  const { tenantId } = principal;
  const activity = await deps.activities.byId(tenantId, activityId);
  if (!activity) throw activityNotFound();
  const period = await deps.years.period(tenantId, periodId);
  if (!period || period.year !== activity.year) throw periodNotFound();
  const unitIds = [activity.responsibleUnitId, ...activity.coResponsibleUnitIds];
  const tree = await deps.org.treeAt(tenantId, period.endsOn);
  const readable = unitIds.filter((u) => can(principal.grants, 'followup.read', ancestry(tree, u)));
  if (readable.length === 0) throw forbidden();
  const reports = await deps.activities.reports(tenantId, readable, [periodId]);
  const names = await deps.goals.unitNames(tenantId, readable, period.endsOn);
  return {
    activity,
    units: readable.map((unitId) => ({
      unitId,
      unitName: names.get(unitId) ?? '',
      responsible: unitId === activity.responsibleUnitId,
      report: reports.find((r) => r.unitId === unitId) ?? null,
    })),
  };
}
