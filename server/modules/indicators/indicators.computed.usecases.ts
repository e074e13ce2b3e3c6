import type { IndicatorFormulaInput } from '#contracts/formulas.ts';
import { forbidden } from '#server/errors.ts';
import type { Repositories } from '#server/repositories.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Actor } from '../audit/audit.repository.ts';
import { evaluateFormula, formulaText, type FormulaEconomy } from './indicators.formulas.rules.ts';
import { systemScope, type EconomyScope } from '../economy/economy.scope.ts';
import { computeEconomy, loadEconomy } from '../economy/economy.usecases.ts';
import { can } from '../people/people.rules.ts';
import { reportGoalsOf } from '../followup/followup.rules.ts';
import { indicatorNotFound } from './indicators.errors.ts';
import { formulaSources, sourceStored } from '../hr/hr.sources.usecases.ts';

/**
 * Computed indicators (docs/decisions/004-computed-indicators-materialised.md): an indicator with
 * a formula takes its outcome of the year's annual period from the unit's economy. The outcome is
 * written into indicator_outcomes whenever the economy of the unit (or of a result unit below it)
 * changes, in the same transaction as that change, so that the report, its evidence and the
 * roll-up's SQL all read it like any other outcome. A report that is no longer a draft is not
 * changed: what was submitted, approved or adopted stays as it was.
 */
export type ComputedDeps = Pick<
  Repositories,
  'org' | 'years' | 'economy' | 'audit' | 'goals' | 'indicators' | 'followup' | 'hr' | 'feedback'
>;

/** The unit's economy for the year, computed, as the formulas read it. */
export async function formulaEconomy(
  deps: ComputedDeps,
  tenantId: string,
  scope: EconomyScope,
): Promise<FormulaEconomy> {
  const loaded = await loadEconomy(deps, tenantId, scope);
  const { table, funds } = computeEconomy(loaded);
  const unknown = funds.filter((fund) => fund.netTransfer === null);
  return {
    stored: loaded.stored !== null,
    areas: table.areas,
    operating: table.totals.operating,
    operatingNet: table.operatingNet,
    operatingCosts: table.operatingCosts,
    fundTransfers:
      unknown.length > 0 ? null : funds.reduce((sum, fund) => sum + fund.netTransfer!, 0n),
    fundTransfersMissing: unknown.map(
      (fund) => `ingående och utgående resultatfond för ${fund.view.unitName}`,
    ),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Recomputes the computed outcomes of the annual period of `year` for `unitIds` (default: every
 * unit with an economy that year), optionally only for some indicators. Writes only what changed,
 * each write audited in the name of `actor`. Returns how many outcomes were written.
 */
export async function refreshComputedOutcomes(
  deps: ComputedDeps,
  actor: Actor,
  year: number,
  options: { unitIds?: readonly string[]; indicatorIds?: readonly string[] } = {},
): Promise<number> {
  const { tenantId } = actor;
  const budgetYear = (await deps.years.years(tenantId)).find((y) => y.year === year);
  const annual = budgetYear?.periods.find((p) => p.kind === 'annual');
  if (!budgetYear || !annual) return 0;
  const goals = await deps.goals.ofYear(tenantId, year);
  if (goals.length === 0) return 0;
  const unitIds = [
    ...new Set(
      options.unitIds ??
        (await deps.economy.yearsOf(tenantId, budgetYear.id)).map((stored) => stored.unitId),
    ),
  ];
  let written = 0;
  for (const unitId of unitIds) {
    const reportGoalIds = reportGoalsOf(goals, unitId).map((g) => g.id);
    const computed = (await deps.indicators.ofGoals(tenantId, reportGoalIds)).filter(
      (indicator) => indicator.formula && (options.indicatorIds?.includes(indicator.id) ?? true),
    );
    if (computed.length === 0) continue;
    const state = await deps.followup.stateForWrite(tenantId, unitId, annual.id);
    if (state && state.status !== 'draft') continue;
    const scope = await systemScope(deps, tenantId, unitId, year);
    if (!scope) continue;
    const economy = await formulaEconomy(deps, tenantId, scope);
    economy.sources = await formulaSources(deps, tenantId, unitId, year);
    const outcomes = await deps.indicators.outcomes(tenantId, [unitId], [annual.id]);
    for (const indicator of computed) {
      const formula = indicator.formula!.definition;
      const result = evaluateFormula(formula, economy);
      const text = formulaText(formula);
      const before = outcomes.find((o) => o.indicatorId === indicator.id) ?? null;
      // A unit without an economy gets no row; one that had a computed value keeps the trail.
      if (!(sourceStored(formula, economy.sources) ?? economy.stored) && !before) continue;
      if (
        before?.computed &&
        before.value === result.value &&
        before.computed.formula === text &&
        sameList(before.computed.missing, result.missing)
      )
        continue;
      const computation = {
        formula: text,
        missing: result.missing,
        computedAt: new Date().toISOString(),
      };
      const write = {
        indicatorId: indicator.id,
        unitId,
        periodId: annual.id,
        value: result.value,
        computed: computation,
      };
      await deps.indicators.saveComputedOutcome(tenantId, write, actor.userId);
      await deps.audit.record(actor, {
        entity: 'indicator_outcome',
        entityId: indicator.id,
        action: before ? 'update' : 'create',
        before: before && { value: before.value, computed: before.computed ?? null },
        after: write,
      });
      written++;
    }
  }
  return written;
}

/**
 * Marks an indicator as computed from the economy (or, with null, as reported by hand again);
 * needs model.write on the owner of every goal it measures. The outcomes of every year whose
 * goals it measures are computed at once; outcomes computed before become typed ones when the
 * formula is removed (their values stay, and can then be edited).
 */
export async function setIndicatorFormula(
  deps: ComputedDeps,
  principal: Principal,
  indicatorId: string,
  input: IndicatorFormulaInput,
): Promise<{ written: number }> {
  const { tenantId } = principal;
  const found = await deps.indicators.formulaOf(tenantId, indicatorId);
  if (!found) throw indicatorNotFound();
  const goals = await deps.goals.byIds(tenantId, found.goalIds);
  for (const goal of goals) {
    const ancestry = await deps.org.ancestry(tenantId, goal.ownerUnitId, `${goal.year}-12-31`);
    if (!can(principal.grants, 'model.write', ancestry)) throw forbidden();
  }
  await deps.indicators.setFormula(tenantId, indicatorId, input.formula);
  await deps.audit.record(actorOf(principal), {
    entity: 'indicator',
    entityId: indicatorId,
    action: 'update',
    before: { formula: found.formula },
    after: { formula: input.formula },
  });
  if (input.formula === null) {
    await deps.indicators.forgetComputed(tenantId, indicatorId);
    return { written: 0 };
  }
  let written = 0;
  for (const year of [...new Set(goals.map((goal) => goal.year))].sort())
    written += await refreshComputedOutcomes(deps, actorOf(principal), year, {
      indicatorIds: [indicatorId],
    });
  return { written };
}
