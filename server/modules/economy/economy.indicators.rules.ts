import type { EconomyIndicator } from '#contracts/economy.ts';
import { compareRatios, percentString, toMoney, type Ratio } from './economy.money.ts';
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

export function computeIndicators(input: IndicatorInput): EconomyIndicator[] {
  const budget = input.net.adjustedBudget ?? input.net.originalBudget;
  const outcome = input.net.outcome;
  const forecast = input.net.forecasts.get(input.period) ?? null;
  const missing = (checks: [bigint | null, string][]) =>
    checks.filter(([value]) => value === null).map(([, what]) => what);
  const noBudget = 'nettobudget (Summa drift, netto)';
  const noOutcome = 'nettoutfall (Summa drift, netto)';
  // every ratio here divides by the net budget, so each says so when that is zero
  const zeroBudget = budget === 0n ? ['en nettobudget skild från noll'] : [];

  const before = budget === null || outcome === null ? null : budgetAdherence(budget, outcome);
  const after =
    budget === null || outcome === null || input.fundTransfers === null
      ? null
      : budgetAdherence(budget, outcome + input.fundTransfers);
  const accuracy =
    budget === null || outcome === null || forecast === null
      ? null
      : forecastAccuracy({ forecast, outcome, budget });
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
      formula: 'nettoutfall / nettobudget',
      inputs: { netBudget: money(budget), netOutcome: money(outcome) },
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
      formula: '(nettoutfall + avsatt till resultatfond − använt ur resultatfond) / nettobudget',
      inputs: {
        netBudget: money(budget),
        netOutcome: money(outcome),
        fundTransfers: money(input.fundTransfers),
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
      formula: `(helårsprognos ${input.period} − nettoutfall) / nettobudget`,
      inputs: { netBudget: money(budget), netOutcome: money(outcome), forecast: money(forecast) },
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
