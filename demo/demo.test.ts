import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RollUp, UnitReport } from '#contracts/followup.ts';
import { seededDemo, type SeededDemo } from './demo.testing.ts';
import { readSeed2015 } from './followup2015.ts';

/**
 * The demo municipality, seeded as `npm start` seeds it, checked against the transcription of
 * the 2015 annual report (data/ks-2015.json) through the API a user would read it with.
 */
let ctx: SeededDemo;
let report: UnitReport;
const seed = readSeed2015();

beforeAll(async () => {
  ctx = await seededDemo();
  report = await ctx.report2015();
}, 120_000);
afterAll(() => ctx.close());

describe('the demo follow-up of 2015', () => {
  test('holds every goal, indicator and activity of the annual report, counted as the seed counts them', () => {
    const byLevel = (level: string) => report.goals.filter((g) => g.goal.level === level).length;
    expect(report.goals).toHaveLength(46);
    expect([byLevel('direction'), byLevel('council'), byLevel('committee')]).toEqual([4, 21, 21]);
    expect(report.indicators).toHaveLength(29);
    expect(report.activities).toHaveLength(82);
    const written = report.goals.map((g) => g.assessment?.value).filter(Boolean);
    expect(written.filter((v) => v === 'helt')).toHaveLength(39);
    expect(written.filter((v) => v === 'delvis')).toHaveLength(3);
    expect(report.activities.filter((a) => a.report?.analysis)).toHaveLength(28);
    expect(report.indicators.filter((i) => i.outcome?.comment)).toHaveLength(8);
    expect(seed.counts).toMatchObject({ goals: 46, indicators: 29, activities: 82 });
  });

  test('keeps the report’s order: inriktningsmål, then its KF goals, each followed by its nämndmål', () => {
    const heads = report.goals
      .slice(0, 5)
      .map((g) => [g.goal.level, g.goal.number ?? g.goal.heading]);
    expect(heads).toEqual([
      ['direction', '1'],
      ['council', '1.1'],
      ['committee', 'Nämndmål:'],
      ['council', '1.2'],
      ['committee', 'Nämndmål:'],
    ]);
    expect(report.goals[0]!.goal.title).toBe('Ett Stockholm som håller samman');
  });

  test('shows the nitrogen dioxide indicator as printed, with last year’s outcome from 2014', () => {
    const no2 = report.indicators.find((i) => i.indicator.name.includes('kvävedioxid'))!;
    expect(no2.outcome?.value).toBe('45');
    expect(no2.previousOutcome).toBe('51');
    expect(no2.target).toMatchObject({
      targetKind: 'value',
      target: '7',
      councilTargetKind: 'set_by_committee',
      councilTarget: null,
    });
    expect(no2.indicator.direction).toBe('lower_is_better');
    expect(no2.attainment).toMatchObject({ status: 'not_met', trend: 'better' });
  });

  test('flags KF goal 2.3, written "helt" while its indicators say otherwise, for a justification', () => {
    const goal23 = report.goals.find((g) => g.goal.number === '2.3')!;
    expect(goal23.assessment?.value).toBe('helt');
    expect(goal23.suggestion.suggestion).toBe('delvis');
    expect(goal23.needsJustification).toBe(true);
    expect(report.missing).toContainEqual({
      kind: 'justification',
      id: goal23.goal.id,
      title: goal23.goal.title,
    });
  });

  test('reads "+/-1 %" as an interval, and "Rapporteras i stadens bokslut" as judged elsewhere', () => {
    const accuracy = report.indicators.find(
      (i) => i.indicator.name === 'Nämndens prognossäkerhet T2',
    )!;
    expect(accuracy.indicator.direction).toBe('within_interval');
    expect(accuracy.target).toMatchObject({ target: '0', tolerance: '1' });
    expect(accuracy.outcome?.value).toBe('1');
    expect(accuracy.previousOutcome).toBe('-1');
    expect(accuracy.attainment.status).toBe('met');

    const cityAccounts = report.indicators.filter((i) => i.target?.targetKind === 'city_accounts');
    expect(cityAccounts).toHaveLength(7);
    expect(cityAccounts.every((i) => i.attainment.status === 'no_target')).toBe(true);
  });

  test('keeps an activity’s dates and analysis word for word', () => {
    const first = seed.goals.flatMap((g) => g.activities)[0]!;
    const activity = report.activities.find((a) => a.activity.title === first.title)!;
    expect(activity.activity).toMatchObject({ startsOn: first.start, endsOn: first.end });
    expect(activity.report?.analysis).toBe(first.analysis);
    expect(activity.report?.status).toBeNull();
    expect(activity.report?.updatedByName).toBe(
      'Import: Verksamhetsberättelse 2015 (PM 2016:18 RI)',
    );
  });
});

describe('the roll-up of 2015', () => {
  test('shows for every KF goal how Kommunstyrelsen assessed it, and where the evidence disagrees', async () => {
    const response = await ctx.get(`/api/periods/${report.period.id}/rollup?level=council`);
    expect(response.statusCode).toBe(200);
    const rollUp = response.json<RollUp>();
    expect(rollUp.goals).toHaveLength(21);
    expect(
      rollUp.goals.every((g) => g.units.map((u) => u.unitName).join() === 'Kommunstyrelsen'),
    ).toBe(true);
    const sum = (field: 'helt' | 'delvis' | 'inte' | 'notReported') =>
      rollUp.goals.reduce((n, g) => n + g.counts[field], 0);
    // 21 KF goals: 20 written "helt", one (4.2) "delvis" (the other two delvis are nämndmål).
    expect([sum('helt'), sum('delvis'), sum('inte'), sum('notReported')]).toEqual([20, 1, 0, 0]);
    const goal23 = rollUp.goals.find((g) => g.goal.number === '2.3')!;
    expect(goal23.units[0]).toMatchObject({
      written: 'helt',
      suggestion: 'delvis',
      disagrees: true,
    });
    expect(goal23.counts.unjustifiedDisagreements).toBe(1);
  });
});
