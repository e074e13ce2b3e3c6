import { describe, expect, test } from 'vitest';
import type { ChartSpec } from './economy.chart.ts';
import { chartOption, type ChartTheme } from './economy.echarts.ts';

const theme: ChartTheme = {
  budget: '#5b5d60',
  forecast: '#0a71c0',
  outcome: '#8a1c2b',
  text: '#1e1e1e',
  grid: '#d6d6d6',
  zero: '#1e1e1e',
  font: 'system-ui',
};

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  keys: ['budget', 'forecast', 'forecast', 'outcome'],
  names: ['Budget', 'Prognos T1', 'Prognos T2', 'Utfall'],
  amounts: ['1\u00a0405,3', 'saknas', '<1\u00a0390,0>', '1\u00a0324,8'],
  values: [1405.3, null, 1390, 1324.8],
  missing: [false, true, false, false],
  missingWord: 'saknas',
  unit: 'mnkr',
  description: 'Summa drift – Netto, mnkr: Budget 1 405,3; Prognos T1 saknas; …',
  language: 'sv',
  ...over,
});

type Formatter = (params: unknown) => string;
type DataItem = {
  value: number | string;
  itemStyle: { color: string };
  label: { show: boolean; position: string; formatter: Formatter };
};
const single = <T>(value: T | T[] | undefined): T => (Array.isArray(value) ? value[0]! : value!);
const seriesData = (option: ReturnType<typeof chartOption>) =>
  single(option.series)!.data as unknown as DataItem[];

describe('the ECharts option', () => {
  test('aria is on and describes the chart with every figure', () => {
    const option = chartOption(spec(), theme);
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: spec().description },
    });
  });

  test('each bar has its point’s colour and is labelled with the exact amount as the table writes it', () => {
    const data = seriesData(chartOption(spec(), theme));
    expect(data.map((d) => d.value)).toEqual([1405.3, '-', 1390, 1324.8]);
    expect(data.map((d) => d.itemStyle.color)).toEqual([
      '#5b5d60',
      '#0a71c0',
      '#0a71c0',
      '#8a1c2b',
    ]);
    expect(data.map((d) => d.label.formatter({}))).toEqual(spec().amounts);
    expect(data.map((d) => d.label.show)).toEqual([true, false, true, true]);
  });

  test('a missing amount draws no bar and its axis label says it is missing', () => {
    const option = chartOption(spec(), theme);
    expect(single(option.xAxis)).toMatchObject({
      data: ['Budget', 'Prognos T1\n(saknas)', 'Prognos T2', 'Utfall'],
    });
  });

  test('the y axis is written in Swedish numbers (space between thousands, real minus)', () => {
    const axis = single(chartOption(spec(), theme).yAxis) as unknown as {
      name: string;
      axisLabel: { formatter: (value: number) => string };
    };
    expect(axis.name).toBe('mnkr');
    expect(axis.axisLabel.formatter(1500)).toBe('1\u00a0500');
    expect(axis.axisLabel.formatter(-200)).toBe('\u2212200');
    expect(axis.axisLabel.formatter(0.30000000000000004)).toBe('0,3');
  });

  test('a negative bar carries its amount under it', () => {
    const data = seriesData(
      chartOption(spec({ values: [-85.2, null, -212, -90], amounts: ['a', 'b', 'c', 'd'] }), theme),
    );
    expect(data.map((d) => d.label.position)).toEqual(['bottom', 'top', 'bottom', 'bottom']);
  });

  test('the tooltip gives the point and its exact amount, escaped for HTML', () => {
    const tooltip = single(chartOption(spec(), theme).tooltip) as { formatter: Formatter };
    expect(tooltip.formatter({ dataIndex: 0 })).toBe('Budget: 1\u00a0405,3 mnkr');
    expect(tooltip.formatter({ dataIndex: 2 })).toBe('Prognos T2: &lt;1\u00a0390,0&gt; mnkr');
  });
});
