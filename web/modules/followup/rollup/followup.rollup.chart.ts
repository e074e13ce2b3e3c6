import type { RollUpGoalRow } from '#contracts/followup.ts';

/** The stacks of each goal's bar, in the order drawn (left to right) and listed in the key. */
export const rollUpStacks = ['helt', 'delvis', 'inte', 'notReported'] as const;
export type RollUpStack = (typeof rollUpStacks)[number];

export type RollUpChartSpec = {
  /** the goals' short names, top to bottom */
  goals: string[];
  series: { key: RollUpStack; name: string; counts: number[] }[];
  /** the figures in words: the picture's text alternative */
  description: string;
};

export type RollUpChartWords = {
  goalName: (row: RollUpGoalRow) => string;
  stackName: (key: RollUpStack) => string;
  /** "1.1: 3 helt, 2 delvis, 0 inte, 1 ej rapporterat" */
  goalLine: (goal: string, counts: Record<RollUpStack, number>) => string;
  /** "Bedömningar per mål, T2 2015. …" */
  description: (lines: string) => string;
};

/** A stacked bar per goal of how many units assess it helt, delvis, inte or have not reported. */
export function rollUpChart(
  rows: readonly RollUpGoalRow[],
  words: RollUpChartWords,
): RollUpChartSpec {
  const goals = rows.map(words.goalName);
  const series = rollUpStacks.map((key) => ({
    key,
    name: words.stackName(key),
    counts: rows.map((row) => row.counts[key]),
  }));
  const lines = rows.map((row, index) => words.goalLine(goals[index]!, row.counts));
  return { goals, series, description: words.description(lines.join('; ')) };
}

export type RollUpChartTheme = { text: string; grid: string; font: string };

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11) and white labels on them at
 * 4.5:1; ECharts' decal patterns tell the stacks apart without colour, and each stack's count
 * is written on it.
 */
export const stackColours: Record<RollUpStack, string> = {
  helt: '#0b6e3a',
  delvis: '#8f5300',
  inte: '#b3152c',
  notReported: '#5b5d60',
};

/** The ECharts option (horizontal stacked bars, goals top to bottom, no animation). */
export function rollUpOption(spec: RollUpChartSpec, theme: RollUpChartTheme) {
  const textStyle = { color: theme.text, fontFamily: theme.font };
  return {
    animation: false,
    aria: { enabled: true, label: { description: spec.description }, decal: { show: true } },
    textStyle,
    legend: { top: 0, textStyle },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: { type: 'category', inverse: true, data: spec.goals, axisLabel: textStyle },
    series: spec.series.map((s) => ({
      type: 'bar',
      stack: 'units',
      name: s.name,
      data: s.counts,
      itemStyle: { color: stackColours[s.key] },
      label: {
        show: true,
        color: '#ffffff',
        formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : ''),
      },
    })),
  };
}
