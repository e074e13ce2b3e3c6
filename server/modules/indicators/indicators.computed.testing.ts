import { expect } from 'vitest';
import type { BudgetYear } from '#contracts/years.ts';
import type { UnitReport } from '#contracts/followup.ts';
import type { Session } from '#server/testing.ts';
import type { EconomyView } from '#contracts/economy.ts';
import {
  economyTown,
  illustrativeEconomy,
  mnkr,
  type EconomyTown,
} from '../economy/economy.testing.ts';
import type { TestApp } from '../org/org.routes.testing.ts';

/**
 * The economy town (economy.testing.ts) with a follow-up of 2015: KF's direction and council goal
 * ("Ekonomin är i balans", owned by KF), Nämnd A's committee goal under it ("Handläggningen är
 * snabb"), a council indicator of budget adherence (target 100 %, lower is better) and a
 * committee indicator counting output ("Antal handlagda ärenden", target 400 st), with Nämnd A's
 * targets. Nothing is computed yet.
 */
export async function computedTown(town: EconomyTown) {
  const { inject, units, people } = town;
  const years = (await inject('GET', people.admin, '/api/years')).json<{ years: BudgetYear[] }>();
  const year = years.years.find((y) => y.year === 2015)!;
  const vb = year.periods.find((p) => p.key === 'VB')!.id;
  const post = async (url: string, body: object) => {
    const made = await inject('POST', people.admin, url, body);
    expect(made.statusCode, made.body).toBe(201);
    return made.json<{ id: string }>().id;
  };
  const direction = await post('/api/goals', {
    year: 2015,
    level: 'direction',
    number: '3',
    title: 'Ett ekonomiskt hållbart Testby',
    ownerUnitId: units.kf,
  });
  const council = await post('/api/goals', {
    year: 2015,
    level: 'council',
    number: '3.5',
    title: 'Ekonomin är i balans',
    ownerUnitId: units.kf,
    parentIds: [direction],
  });
  const committee = await post('/api/goals', {
    year: 2015,
    level: 'committee',
    title: 'Handläggningen är snabb',
    ownerUnitId: units.a,
    heading: 'Nämndmål:',
    parentIds: [council],
  });
  const adherence = await post('/api/indicators', {
    name: 'Nämndens budgetföljsamhet före resultatöverföringar',
    unit: '%',
    decimals: 2,
    direction: 'lower_is_better',
    level: 'council',
    goalIds: [council],
  });
  const cases = await post('/api/indicators', {
    name: 'Antal handlagda ärenden',
    unit: 'st',
    decimals: 0,
    direction: 'higher_is_better',
    level: 'committee',
    goalIds: [committee],
  });
  for (const [indicatorId, target] of [
    [adherence, '100'],
    [cases, '400'],
  ] as const) {
    const set = await inject('PUT', people.admin, `/api/indicators/${indicatorId}/target`, {
      unitId: units.a,
      year: 2015,
      targetKind: 'value',
      target,
      councilTargetKind: 'value',
      councilTarget: target,
    });
    expect(set.statusCode, set.body).toBe(204);
  }
  const report = async (session: Session = people.admin, unitId = units.a) => {
    const response = await inject('GET', session, `/api/units/${unitId}/periods/${vb}/report`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<UnitReport>();
  };
  const setFormula = (indicatorId: string, formula: object | null, session = people.admin) =>
    inject('PUT', session, `/api/indicators/${indicatorId}/formula`, { formula });
  return {
    vb,
    goals: { direction, council, committee },
    indicators: { adherence, cases },
    report,
    setFormula,
  };
}
export type ComputedTown = Awaited<ReturnType<typeof computedTown>>;

/** Writes one area's costs (budget, outcome, T2 forecast in mnkr) as `session`; the new view. */
export async function writeCosts(
  town: EconomyTown,
  session: Session,
  view: EconomyView,
  areaName: string,
  amounts: { budget: string; outcome: string; t2: string },
) {
  const area = view.areas.find((a) => a.name === areaName)!;
  const changed = await town.inject('PUT', session, `${town.economy(town.units.a)}/lines`, {
    lines: [
      {
        areaId: area.id,
        kind: 'costs',
        adjustedBudget: mnkr(amounts.budget),
        outcome: mnkr(amounts.outcome),
        forecasts: [{ period: 'T2', amount: mnkr(amounts.t2) }],
        version: area.lines.costs.version,
      },
    ],
  });
  expect(changed.statusCode, changed.body).toBe(200);
  return changed.json<EconomyView>();
}

/**
 * A fresh computed town whose budget adherence is computed: the formula set first, then Nämnd
 * A's illustrative economy (106,067416 %), then its reporter's new costs for Område A (31,5 →
 * 30,2): (30,2 − 5,6 + 18,6) / 44,5 = 97,078652 %, met.
 */
export async function adherenceTown(ctx: () => TestApp) {
  const town = await economyTown(ctx);
  const follow = await computedTown(town);
  await follow.setFormula(follow.indicators.adherence, { kind: 'budget_adherence_before' });
  const view = await writeCosts(
    town,
    town.people.reporterA,
    await illustrativeEconomy(town),
    'Område A',
    { budget: '31,5', outcome: '30,2', t2: '33,0' },
  );
  return { town, follow, view };
}
