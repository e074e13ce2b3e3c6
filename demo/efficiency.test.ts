import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EfficiencyView } from '#contracts/efficiency.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { seededDemo, shown, type SeededDemo } from './demo.testing.ts';
import { demoAreaLinks } from './efficiency2015.ts';

/**
 * The demo's efficiency view of Kommunstyrelsen 2015 (links chosen by the demo, listed in
 * docs/economy-demo.md), and its printed economy indicators, which stay as transcribed.
 */
let ctx: SeededDemo;
let view: EfficiencyView;
let report: UnitReport;

beforeAll(async () => {
  ctx = await seededDemo();
  const response = await ctx.get(`/api/units/${ctx.board}/years/2015/efficiency?period=VB`);
  expect(response.statusCode, response.body).toBe(200);
  view = response.json<EfficiencyView>();
  report = await ctx.report2015();
}, 120_000);
afterAll(() => ctx.close());

describe('cost and quality of Kommunstyrelsen 2015 in the demo', () => {
  test('shows every operating area’s net cost, computed from the printed costs and revenues', () => {
    expect(view.areas).toHaveLength(10);
    const jarva = view.areas.find((a) => a.name === 'Järvalyftet och Söderortsvisionen')!;
    // costs 7,1 → 15,1 and revenues −7,1 → −8,9: net 0,0 → 6,2
    expect([shown(jarva.netBudget), shown(jarva.netActual)]).toEqual(['0,0', '6,2']);
  });

  test('links the areas the demo chose to the goals and indicators named, with the written assessments', () => {
    for (const link of demoAreaLinks) {
      const area = view.areas.find((a) => a.name === link.area)!;
      expect(area.goals).toHaveLength(link.goals.length);
      expect(area.indicators.map((i) => i.name)).toEqual(link.indicators);
      expect(area.indicators.every((i) => !i.countsOutput && i.costPerOutput === null)).toBe(true);
    }
    const eServices = view.areas.find((a) => a.name === 'e-Tjänster')!;
    expect(eServices.indicators.map((i) => i.outcome)).toEqual(['45', '62']);
    const written = report.goals.find((g) => g.goal.id === eServices.goals[0]!.goalId)!;
    expect(eServices.goals[0]!.assessment).toBe(written.assessment?.value ?? null);
  });

  test('keeps the printed budget adherence and forecast accuracy as transcribed, not computed', () => {
    const named = (name: string) => report.indicators.find((i) => i.indicator.name === name)!;
    const after = named('Nämndens budgetföljsamhet efter resultatöverföringar');
    const before = named('Nämndens budgetföljsamhet före resultatöverföringar');
    const accuracy = named('Nämndens prognossäkerhet T2');
    expect([after, before, accuracy].map((i) => i.indicator.formula ?? null)).toEqual([
      null,
      null,
      null,
    ]);
    expect([after.outcome?.value, before.outcome?.value, accuracy.outcome?.value]).toEqual([
      '94.18',
      '94.2',
      '1',
    ]);
  });
});
