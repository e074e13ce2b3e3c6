import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatNumber } from '#web/lib/format.ts';
import type { ChartPoint, ChartSpec } from './economy.chart.ts';

/**
 * The ECharts option of the economy chart, built from a spec that is already in words. Pure and
 * tested without a browser; it imports ECharts' types only. Only the lazily loaded chart chunk
 * (components/economy-bars.tsx) imports it, so it stays out of the main bundle.
 */

/** Bar fills, axis inks and the font, read from the page's theme (Designsystemet tokens). */
export type ChartTheme = Record<ChartPoint['key'], string> & {
  text: string;
  grid: string;
  zero: string;
  font: string;
};

export type EconomyChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The ECharts option: one bar per point in its colour with its amount above (below, when
 * negative), the y axis in Swedish (or English) number format with the unit as its name, a
 * tooltip with the exact amount, and aria on with the figures as its description. A missing
 * amount draws no bar; its axis label says so.
 */
export function chartOption(spec: ChartSpec, theme: ChartTheme): EconomyChartOption {
  const axisText = { color: theme.text, fontSize: 13 };
  return {
    animation: false,
    aria: { enabled: true, label: { description: spec.description } },
    textStyle: { fontFamily: theme.font },
    // The bottom leaves room for a second line under a missing point's name ("(saknas)").
    grid: { left: 8, right: 16, top: 40, bottom: 24 },
    xAxis: {
      type: 'category',
      data: spec.names.map((name, i) =>
        spec.missing[i] ? `${name}\n(${spec.missingWord})` : name,
      ),
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: theme.zero } },
      axisLabel: { ...axisText, interval: 0 },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameTextStyle: { ...axisText, align: 'right' },
      axisLabel: { ...axisText, formatter: (value: number) => formatNumber(value, spec.language) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    tooltip: {
      trigger: 'item',
      textStyle: { color: theme.text },
      formatter: (params) => {
        const index = Array.isArray(params) ? params[0]?.dataIndex : params.dataIndex;
        if (index === undefined) return '';
        return escapeHtml(`${spec.names[index] ?? ''}: ${spec.amounts[index] ?? ''} ${spec.unit}`);
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 72,
        data: spec.keys.map((key, i) => {
          const value = spec.values[i] ?? null;
          return {
            value: value ?? '-',
            name: spec.names[i],
            itemStyle: { color: theme[key] },
            label: {
              show: value !== null,
              position: value !== null && value < 0 ? 'bottom' : 'top',
              // A function, so that an amount is never read as a template ("{c}").
              formatter: () => spec.amounts[i] ?? '',
              color: theme.text,
              fontWeight: 'bold',
              fontSize: 13,
            },
          };
        }),
      },
    ],
  };
}
