import { goalLevels } from '#contracts/goals.ts';
import { yearFileFormat, yearFileVersion, type YearFile } from '#contracts/exchange.ts';
import type { BudgetYear } from '#contracts/periods.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { createActivity } from '../activities/activities.usecases.ts';
import { createGoal } from '../goals/goals.usecases.ts';
import { formulaText } from '../indicators/indicators.formulas.rules.ts';
import { refreshComputedOutcomes } from '../indicators/indicators.computed.usecases.ts';
import { createIndicator, setTarget } from '../indicators/indicators.usecases.ts';
import { createYear } from '../periods/periods.usecases.ts';
import {
  saveActivityReport,
  saveGoalAssessment,
  saveOutcome,
} from '../reports/reports.write.usecases.ts';
import type { ImportPlan } from './exchange.plan.rules.ts';
import type { UnitOf } from './exchange.rules.ts';

type Deps = Pick<
  Repositories,
  'org' | 'periods' | 'goals' | 'indicators' | 'activities' | 'reports' | 'audit' | 'economy'
>;
type FileIndicator = YearFile['indicators'][number];
type Place = { unitId: string; periodId: string; indicatorId: string };

/**
 * An outcome of an indicator that the file says is computed (decision 004). The reporter's path
 * refuses such outcomes, so they are written as the economy's refresh writes them: a computed one
 * with the file's value, marked computed under the formula (its `missing` saying where the value
 * came from when it has none), and a typed one, which the file keeps from before the formula, as
 * it was. Either is audited in the importer's name.
 */
async function writeOutcomeOfComputed(
  deps: Deps,
  principal: Principal,
  place: Place,
  indicator: FileIndicator & { formula: NonNullable<FileIndicator['formula']> },
  o: FileIndicator['outcomes'][string],
) {
  const { tenantId, userId } = principal;
  const label = { periodLabel: o.periodLabel, comment: o.comment };
  const write = o.computed
    ? {
        ...place,
        ...label,
        value: o.value,
        computed: {
          formula: formulaText(indicator.formula),
          missing: o.value === null ? ['ett värde (den importerade filen har inget)'] : [],
          computedAt: new Date().toISOString(),
        },
      }
    : { ...place, ...label, value: o.value, valueWomen: o.women, valueMen: o.men };
  if ('computed' in write) await deps.indicators.saveComputedOutcome(tenantId, write, userId);
  else await deps.indicators.saveOutcome(tenantId, write, 0, userId);
  await deps.audit.record(actorOf(principal), {
    entity: 'indicator_outcome',
    entityId: place.indicatorId,
    action: 'create',
    after: write,
  });
}

/**
 * Writes a checked file through the app's own use cases, so that every row is made, checked and
 * audited as if it had been entered by hand, in the name of the importing user. The caller's
 * transaction makes it all or nothing.
 */
export async function writeYear(
  deps: Deps,
  principal: Principal,
  file: YearFile,
  {
    unitOf,
    unitId,
    plan,
    budgetYear,
  }: {
    unitOf: UnitOf;
    unitId: string;
    plan: ImportPlan;
    budgetYear: BudgetYear | null;
  },
): Promise<void> {
  const { tenantId } = principal;
  const { year } = file;
  const periods =
    budgetYear?.periods ??
    (await createYear(deps, actorOf(principal), { year, periods: file.periods })).periods;
  const periodId = (key: string) => periods.find((p) => p.key === key)!.id;

  // Parents before children: down the cascade, each level in the file's order, so that the
  // goals' positions keep the file's order.
  const goalIds = [...plan.goals];
  const refs = new Map(file.goals.map((g, i) => [g.ref, i]));
  const goalId = (ref: string) => goalIds[refs.get(ref)!]!;
  const order = file.goals
    .map((_, i) => i)
    .sort(
      (a, b) => goalLevels.indexOf(file.goals[a]!.level) - goalLevels.indexOf(file.goals[b]!.level),
    );
  for (const i of order) {
    if (goalIds[i] !== null) continue;
    const g = file.goals[i]!;
    const made = await createGoal(deps, principal, {
      year,
      level: g.level,
      number: g.number,
      title: g.title,
      description: g.description,
      ownerUnitId: unitOf(g.owner)!,
      heading: g.heading,
      parentIds: g.parents.map(goalId),
      previousGoalId: null,
    });
    goalIds[i] = made.id;
  }

  const indicatorIds: string[] = [];
  for (const [i, indicator] of file.indicators.entries()) {
    const { existingId, link } = plan.indicators[i]!;
    const { ref: _ref, goals, target, outcomes: _outcomes, ...fields } = indicator;
    let id = existingId;
    if (id === null) {
      const { formula, ...typed } = fields;
      id = await createIndicator(deps, principal, { ...typed, goalIds: goals.map(goalId) });
      if (formula) {
        await deps.indicators.setFormula(tenantId, id, formula);
        await deps.audit.record(actorOf(principal), {
          entity: 'indicator',
          entityId: id,
          action: 'update',
          before: { formula: null },
          after: { formula },
        });
      }
    } else {
      for (const ref of link) {
        await deps.indicators.linkGoal(tenantId, id, goalId(ref), goals.indexOf(ref));
        await deps.audit.record(actorOf(principal), {
          entity: 'indicator_goal',
          entityId: id,
          action: 'create',
          after: { indicatorId: id, goalId: goalId(ref) },
        });
      }
    }
    indicatorIds.push(id);
    if (target)
      await setTarget(deps, principal, id, {
        unitId,
        year,
        targetKind: target.kind,
        target: target.value,
        councilTargetKind: target.councilKind,
        councilTarget: target.councilValue,
        tolerance: target.tolerance,
      });
  }

  const activityIds: string[] = [];
  for (const [i, activity] of file.activities.entries()) {
    activityIds.push(
      plan.activities[i] ??
        (await createActivity(deps, principal, {
          year,
          kind: activity.kind,
          title: activity.title,
          description: activity.description,
          goalId: activity.goal === null ? null : goalId(activity.goal),
          responsibleUnitId: unitOf(activity.responsible)!,
          coResponsibleUnitIds: activity.coResponsible.map((ref) => unitOf(ref)!),
          startsOn: activity.startsOn,
          endsOn: activity.endsOn,
        })),
    );
  }

  // The follow-up, once the whole model is there (a report holds the goals above the unit's).
  for (const [ref, byPeriod] of Object.entries(file.assessments))
    for (const [key, a] of Object.entries(byPeriod))
      await saveGoalAssessment(
        deps,
        principal,
        { unitId, periodId: periodId(key), goalId: goalId(ref) },
        { ...a, version: 0 },
      );
  for (const [i, indicator] of file.indicators.entries())
    for (const [key, o] of Object.entries(indicator.outcomes)) {
      const place = { unitId, periodId: periodId(key), indicatorId: indicatorIds[i]! };
      const { formula } = indicator;
      if (formula) {
        await writeOutcomeOfComputed(deps, principal, place, { ...indicator, formula }, o);
        continue;
      }
      await saveOutcome(deps, principal, place, {
        value: o.value,
        valueWomen: o.women,
        valueMen: o.men,
        periodLabel: o.periodLabel,
        comment: o.comment,
        version: 0,
      });
    }
  for (const [i, activity] of file.activities.entries())
    for (const [key, r] of Object.entries(activity.reports))
      await saveActivityReport(
        deps,
        principal,
        { unitId, periodId: periodId(key), activityId: activityIds[i]! },
        { ...r, version: 0 },
      );

  // Where this tenant has an economy for the year, it decides the computed outcomes, as after
  // any economy write: the unit's imported values give way to its own figures, and an indicator
  // the file brought with a formula is computed for the other units too, as setting a formula
  // by hand does. Where there is no economy (the usual case in another installation), the
  // file's values stand until one is entered.
  const computedIds = indicatorIds.filter((_, i) => file.indicators[i]!.formula);
  if (computedIds.length > 0)
    await refreshComputedOutcomes(deps, actorOf(principal), year, { indicatorIds: computedIds });

  await deps.audit.record(actorOf(principal), {
    entity: 'unit_year',
    entityId: `${unitId}/${year}`,
    action: 'create',
    after: {
      format: yearFileFormat,
      formatVersion: yearFileVersion,
      from: file.tenant.scbCode,
      goals: plan.goals.filter((id) => id === null).length,
      indicators: plan.indicators.filter((p) => p.existingId === null).length,
      activities: plan.activities.filter((id) => id === null).length,
    },
  });
}
