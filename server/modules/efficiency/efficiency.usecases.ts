import type { AreaLinks, AreaLinksInput, EfficiencyView } from '#contracts/efficiency.ts';
import type { FieldIssue } from '#contracts/common.ts';
import { createError, validationFailed } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { toOre } from '../economy/economy.money.ts';
import { economyScope } from '../economy/economy.scope.ts';
import { computeEconomy, loadEconomy } from '../economy/economy.usecases.ts';
import { can } from '../people/people.rules.ts';
import { periodNotFound } from '../years/years.errors.ts';
import { reportGoalsOf } from '../followup/followup.rules.ts';
import { unitReport } from '../followup/followup.usecases.ts';
import { costPerOutput } from './efficiency.rules.ts';

/**
 * Cost and quality side by side: each operating area of a unit's economy with its net cost, the
 * goals and indicators it is linked to (with the unit's assessment and outcomes of the period),
 * and a cost per output for each indicator that counts the area's output.
 */
type Deps = Pick<
  Repositories,
  | 'org'
  | 'years'
  | 'economy'
  | 'audit'
  | 'goals'
  | 'goalLevels'
  | 'indicators'
  | 'activities'
  | 'followup'
  | 'reports'
  | 'efficiency'
  | 'internalControl'
>;

export const areaNotFound = createError(
  'efficiency.area_not_found',
  404,
  'No such area of activity in the unit’s economy for the year',
);

const optionalOre = (money: string | null) => (money === null ? null : toOre(money));

export async function efficiencyView(
  deps: Deps,
  principal: Principal,
  unitId: string,
  year: number,
  periodKey: string,
): Promise<EfficiencyView> {
  const { tenantId } = principal;
  const scope = await economyScope(deps, principal, unitId, year, 'followup.read');
  const period = await deps.years.periodByKey(tenantId, year, periodKey);
  if (!period) throw periodNotFound();
  const report = await unitReport(deps, principal, unitId, period.id);
  const loaded = await loadEconomy(deps, tenantId, scope);
  const { table, settings } = computeEconomy(loaded);
  const basis = period.kind === 'annual' ? 'outcome' : 'forecast';
  const areas = table.areas.filter((area) => area.kind === 'operating');
  const links = await deps.efficiency.ofAreas(
    tenantId,
    areas.map((area) => area.id),
  );
  return {
    unit: { id: unitId, name: scope.unit.name },
    year,
    period: { id: period.id, key: period.key, name: period.name },
    basis,
    display: { unit: settings.unit, decimals: settings.decimals },
    areas: areas.map((area) => {
      const net = area.lines.net;
      const netActual =
        basis === 'outcome'
          ? net.computed.outcome
          : (net.figures.forecasts.find((f) => f.period === period.key)?.amount ?? null);
      const own = links.find((l) => l.areaId === area.id)!;
      const output = new Map(own.indicators.map((i) => [i.indicatorId, i.countsOutput]));
      return {
        id: area.id,
        name: area.name,
        kind: area.kind,
        partOf: area.partOf,
        netBudget: net.computed.budget,
        netActual,
        // In the report's order, so the table reads as the report does.
        goals: report.goals
          .filter((g) => own.goalIds.includes(g.goal.id))
          .map((g) => ({
            goalId: g.goal.id,
            number: g.goal.number,
            title: g.goal.title,
            level: g.goal.level,
            assessment: g.assessment?.value ?? null,
            suggestion: g.assessed ? g.suggestion.suggestion : null,
          })),
        indicators: report.indicators
          .filter((i) => output.has(i.indicator.id))
          .map((i) => {
            const countsOutput = output.get(i.indicator.id)!;
            return {
              indicatorId: i.indicator.id,
              name: i.indicator.name,
              unit: i.indicator.unit,
              decimals: i.indicator.decimals,
              outcome: i.outcome?.value ?? null,
              target: i.target?.targetKind === 'value' ? i.target.target : null,
              status: i.attainment.status,
              computed: Boolean(i.indicator.formula),
              countsOutput,
              costPerOutput: countsOutput
                ? costPerOutput(optionalOre(netActual), i.outcome?.value ?? null, i.indicator.unit)
                : null,
            };
          }),
      };
    }),
    choices: {
      goals: report.goals
        .filter((g) => g.assessed)
        .map((g) => ({ id: g.goal.id, number: g.goal.number, title: g.goal.title })),
      indicators: report.indicators.map((i) => ({
        id: i.indicator.id,
        name: i.indicator.name,
        unit: i.indicator.unit,
      })),
    },
    may: { link: can(principal.grants, 'model.write', scope.ancestry) },
  };
}

/**
 * Replaces an area's links to goals and indicators (model.write on the unit). Only the goals and
 * indicators of the unit's report for the year can be linked; anything else is refused by field,
 * and nothing is written.
 */
export async function setAreaLinks(
  deps: Deps,
  principal: Principal,
  place: { unitId: string; year: number; areaId: string },
  input: AreaLinksInput,
): Promise<AreaLinks> {
  const { tenantId } = principal;
  const scope = await economyScope(deps, principal, place.unitId, place.year, 'model.write');
  const stored = await deps.economy.findYear(tenantId, place.unitId, scope.yearId);
  const table = stored ? await deps.economy.table(tenantId, stored.id) : null;
  if (!table?.areas.some((area) => area.id === place.areaId)) throw areaNotFound();

  // the council goals assigned to the unit directly are in its report too (decision 007)
  const goals = reportGoalsOf(
    await deps.goals.ofYear(tenantId, place.year),
    place.unitId,
    await deps.goalLevels.assignedGoalIds(tenantId, place.year, place.unitId),
  );
  const goalIds = new Set(goals.map((g) => g.id));
  const indicatorIds = new Set(
    (
      await deps.indicators.ofGoals(
        tenantId,
        goals.map((g) => g.id),
      )
    ).map((i) => i.id),
  );
  const issues: FieldIssue[] = [
    ...input.goalIds.flatMap((id, i) =>
      goalIds.has(id)
        ? []
        : [
            {
              path: `goalIds.${i}`,
              message: `is not a goal of the unit’s report for ${place.year}`,
            },
          ],
    ),
    ...input.indicators.flatMap((link, i) =>
      indicatorIds.has(link.indicatorId)
        ? []
        : [
            {
              path: `indicators.${i}.indicatorId`,
              message: `is not an indicator of the unit’s report for ${place.year}`,
            },
          ],
    ),
  ];
  if (issues.length > 0) throw validationFailed(issues);

  const [before] = await deps.efficiency.ofAreas(tenantId, [place.areaId]);
  await deps.efficiency.replace(tenantId, place.areaId, input, principal.userId);
  await deps.audit.record(actorOf(principal), {
    entity: 'economy_area_links',
    entityId: place.areaId,
    action: 'update',
    before: before && { goalIds: before.goalIds, indicators: before.indicators },
    after: input,
  });
  return { areaId: place.areaId, ...input };
}
