import type { EconomyIndicator } from '#contracts/economy.ts';
import {
  absOre,
  compareRatios,
  percentString,
  ratio,
  toMoney,
  type Ratio,
} from './economy.money.ts';
import { budgetAdherence, forecastAccuracy, withinBand, type Figures } from './economy.rules.ts';

/**
 * The council's economy indicators computed from a unit's economy lines (R-E7, R-E8;
 * docs/economy-formulas.md). The base is the computed Summa drift netto: the operating areas,
 * "Varav" sub-rows left out, never a printed total. The formulas are inferences (domain.md §6.3)
 * and each answer says which it used and what it was computed from.
 */

export interface IndicatorInput {
  /** Summa drift, net, in öre */
  net: Figures;
  /** Summa drift, costs (gross costs), in öre: the base of a revenue-financed committee */
  costs?: Figures | null;
  /** money moved into result funds less what was drawn from them (Σ closing − opening) */
  fundTransfers: bigint | null;
  /** why the transfers are unknown, if they are */
  fundTransfersMissing: string[];
  /** the period whose full-year forecast is judged, e.g. "T2" */
  period: string;
}

const HUNDRED: Ratio = { numerator: 1n, denominator: 1n };

const show = (value: Ratio | null) => (value === null ? null : percentString(value, 2));
const exact = (value: Ratio | null) =>
  value === null
    ? null
    : { numerator: value.numerator.toString(), denominator: value.denominator.toString() };
const money = (value: bigint | null) => (value === null ? null : toMoney(value));

/**
 * What the ratios divide by. An appropriation-financed committee: its net budget. A committee
 * financed by its revenues (intäktsfinansierad nämnd), whose net budget is under a tenth of its
 * gross costs (the cost budget of Summa drift), would have every deviation magnified by a
 * near-zero net budget: it divides by the gross costs instead (docs/economy-formulas.md).
 */
export type IndicatorBase = { kind: 'net' } | { kind: 'gross_costs'; amount: bigint };
export function indicatorBase(netBudget: bigint | null, grossCosts: bigint | null): IndicatorBase {
  if (netBudget === null || grossCosts === null || grossCosts === 0n) return { kind: 'net' };
  return absOre(netBudget) * 10n < absOre(grossCosts)
    ? { kind: 'gross_costs', amount: absOre(grossCosts) }
    : { kind: 'net' };
}

/** The cost budget of Summa drift (adjusted, else original): a revenue-financed committee's base. */
export const grossCostBudget = (costs: Figures | null | undefined) =>
  costs ? (costs.adjustedBudget ?? costs.originalBudget) : null;

/** Budget adherence over the base `indicatorBase` chooses (the roll-up's, and the indicator's). */
export const budgetAdherenceOver = (
  netBudget: bigint,
  netActual: bigint,
  grossCosts: bigint | null,
) => ratios(indicatorBase(netBudget, grossCosts), netBudget).adherence(netActual);

/**
 * Budget adherence, outcome against budget: outcome / budget over the net budget, and over gross
 * costs 1 − (budget − outcome) / gross costs; both are 100 % on budget and under it for an
 * underspend. Forecast accuracy: (forecast − outcome) over the same base.
 */
function ratios(base: IndicatorBase, budget: bigint) {
  const over = base.kind === 'net' ? budget : base.amount;
  return {
    adherence: (actual: bigint) =>
      base.kind === 'net' ? budgetAdherence(budget, actual) : ratio(over - (budget - actual), over),
    accuracy: (forecast: bigint, outcome: bigint) =>
      base.kind === 'net'
        ? forecastAccuracy({ forecast, outcome, budget })
        : ratio(forecast - outcome, over),
  };
}

export function computeIndicators(input: IndicatorInput): EconomyIndicator[] {
  const budget = input.net.adjustedBudget ?? input.net.originalBudget;
  const outcome = input.net.outcome;
  const forecast = input.net.forecasts.get(input.period) ?? null;
  const missing = (checks: [bigint | null, string][]) =>
    checks.filter(([value]) => value === null).map(([, what]) => what);
  const noBudget = 'nettobudget (Summa drift, netto)';
  const noOutcome = 'nettoutfall (Summa drift, netto)';
  // every ratio here divides by the net budget, so each says so when that is zero
  const zeroBudget =
    budget === 0n && indicatorBase(budget, grossCostBudget(input.costs)).kind === 'net'
      ? ['en nettobudget skild från noll']
      : [];

  const base = indicatorBase(budget, grossCostBudget(input.costs));
  const gross = base.kind === 'gross_costs';
  const of = budget === null ? null : ratios(base, budget);
  const before = of === null || outcome === null ? null : of.adherence(outcome);
  const after =
    of === null || outcome === null || input.fundTransfers === null
      ? null
      : of.adherence(outcome + input.fundTransfers);
  const accuracy =
    of === null || outcome === null || forecast === null ? null : of.accuracy(forecast, outcome);
  const grossInputs: Record<string, string | null> = gross
    ? { grossCosts: money(base.amount) }
    : {};
  const divisor = gross
    ? 'bruttokostnader (Summa drift, kostnader; intäktsfinansierad)'
    : 'nettobudget';
  // Within budget: at most 100 % of the net budget spent (an inference; the seeds give only the
  // target "100 %").
  const withinBudget = (value: Ratio | null) =>
    value === null ? null : compareRatios(value, HUNDRED) <= 0;

  return [
    {
      key: 'budget_adherence_before',
      name: 'Nämndens budgetföljsamhet före resultatöverföringar',
      value: show(before),
      ratio: exact(before),
      formula: gross ? `1 − (nettobudget − nettoutfall) / ${divisor}` : 'nettoutfall / nettobudget',
      inputs: { netBudget: money(budget), netOutcome: money(outcome), ...grossInputs },
      missing: [
        ...missing([
          [budget, noBudget],
          [outcome, noOutcome],
        ]),
        ...zeroBudget,
      ],
      target: '100 %',
      meetsTarget: withinBudget(before),
    },
    {
      key: 'budget_adherence_after',
      name: 'Nämndens budgetföljsamhet efter resultatöverföringar',
      value: show(after),
      ratio: exact(after),
      formula: gross
        ? `1 − (nettobudget − nettoutfall − avsatt till resultatfond + använt ur resultatfond) / ${divisor}`
        : '(nettoutfall + avsatt till resultatfond − använt ur resultatfond) / nettobudget',
      inputs: {
        netBudget: money(budget),
        netOutcome: money(outcome),
        fundTransfers: money(input.fundTransfers),
        ...grossInputs,
      },
      missing: [
        ...missing([
          [budget, noBudget],
          [outcome, noOutcome],
        ]),
        ...input.fundTransfersMissing,
        ...zeroBudget,
      ],
      target: '100 %',
      meetsTarget: withinBudget(after),
    },
    {
      key: 'forecast_accuracy',
      name: `Nämndens prognossäkerhet ${input.period}`,
      value: show(accuracy),
      ratio: exact(accuracy),
      formula: `(helårsprognos ${input.period} − nettoutfall) / ${divisor}`,
      inputs: {
        netBudget: money(budget),
        netOutcome: money(outcome),
        forecast: money(forecast),
        ...grossInputs,
      },
      missing: [
        ...missing([
          [budget, noBudget],
          [outcome, noOutcome],
          [forecast, `helårsprognos ${input.period} för varje verksamhetsområde`],
        ]),
        ...zeroBudget,
      ],
      target: '+/-1 %',
      meetsTarget: accuracy === null ? null : withinBand(accuracy),
    },
  ];
}
