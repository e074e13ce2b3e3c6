import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaffRollUp, StaffView } from '#contracts/hr.ts';
import { seededDemo, type SeededDemo } from './demo.testing.ts';

/**
 * Kommunstyrelsen's staff key figures in the demo: seed 000's printed percentages and indices,
 * with 2014 beside them, kept as printed (no hours or respondents, so not weighed).
 */
let ctx: SeededDemo;
let view: StaffView;

beforeAll(async () => {
  ctx = await seededDemo();
  const response = await ctx.get(`/api/units/${ctx.board}/years/2015/staff-figures`);
  expect(response.statusCode, response.body).toBe(200);
  view = response.json<StaffView>();
}, 120_000);
afterAll(() => ctx.close());

describe('the demo’s staff key figures of 2015', () => {
  test('are the printed ones, with 2014’s beside them', () => {
    expect(view.current.computed).toMatchObject({
      sickTotal: 2.6,
      sickShort: 0.8,
      sickLong: null,
      shareWomen: 67,
      shareMen: 33,
      headcount: null,
    });
    expect(view.current.computed!.indices.map((i) => [i.key, i.value])).toEqual([
      ['ami', 83],
      ['leadership', 84],
      ['motivation', 85],
      ['governance', 79],
    ]);
    expect(view.previous.computed).toMatchObject({ sickTotal: 1.7 });
    expect(view.previous.computed!.indices[0]).toMatchObject({ key: 'ami', value: 84 });
  });

  test('the inference and the rounded "50 procent" are noted, not stored as figures', () => {
    expect(view.current.figures!.printed.sickLong).toBeNull();
    expect(view.current.figures!.note).toContain('52,9 %');
    expect(view.findings).toEqual([]);
  });

  test('the roll-up says the printed percentages cannot be weighed', async () => {
    const response = await ctx.get(`/api/units/${ctx.board}/years/2015/staff-figures/rollup`);
    const rollUp = response.json<StaffRollUp>();
    expect(rollUp.unweighed).toEqual([view.unit.name]);
    expect(rollUp.total.sickTotal).toBe(2.6);
  });
});
