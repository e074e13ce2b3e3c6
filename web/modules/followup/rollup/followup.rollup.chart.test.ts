import { describe, expect, test } from 'vitest';
import type { RollUpGoalRow } from '#contracts/followup.ts';
import { rollUpChart, rollUpOption } from './followup.rollup.chart.ts';

const row = (number: string, helt: number, delvis: number, inte: number, notReported: number) =>
  ({
    goal: { id: number, number, title: `Mål ${number}` },
    counts: { helt, delvis, inte, notReported, disagreements: 0, unjustifiedDisagreements: 0 },
    units: [],
  }) as unknown as RollUpGoalRow;

const words = {
  goalName: (r: RollUpGoalRow) => r.goal.number ?? r.goal.title,
  stackName: (key: string) => key,
  goalLine: (goal: string, c: Record<string, number>) =>
    `${goal}: ${c.helt} helt, ${c.delvis} delvis, ${c.inte} inte, ${c.notReported} ej rapporterat`,
  description: (lines: string) => `Per mål. ${lines}.`,
};

describe('the roll-up chart shows the same figures as the table', () => {
  const rows = [row('1.1', 3, 2, 0, 1), row('2.3', 0, 1, 4, 0)];
  const spec = rollUpChart(rows, words);

  test('one stacked bar per goal: helt, delvis, inte, then not reported', () => {
    expect(spec.goals).toEqual(['1.1', '2.3']);
    expect(spec.series.map((s) => [s.key, s.counts])).toEqual([
      ['helt', [3, 0]],
      ['delvis', [2, 1]],
      ['inte', [0, 4]],
      ['notReported', [1, 0]],
    ]);
  });

  test('the figures are in the description, for those who cannot see the picture', () => {
    expect(spec.description).toBe(
      'Per mål. 1.1: 3 helt, 2 delvis, 0 inte, 1 ej rapporterat; 2.3: 0 helt, 1 delvis, 4 inte, 0 ej rapporterat.',
    );
  });

  test('the option stacks the bars, patterns them and labels every non-zero stack', () => {
    const option = rollUpOption(spec, { text: '#000', grid: '#ccc', font: 'sans-serif' });
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(option.series.every((s) => s.stack === 'units')).toBe(true);
    const formatter = option.series[0]!.label.formatter;
    expect([formatter({ value: 3 }), formatter({ value: 0 })]).toEqual(['3', '']);
  });
});
