import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { init, use as register, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartSpec } from '../economy.chart.ts';
import { chartOption, type ChartTheme } from '../economy.echarts.ts';

// Only what this chart draws, so that the lazily loaded chunk stays small. No legend: the table
// beside the chart is its key (a swatch per row) and its text alternative.
register([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/**
 * Designsystemet's tokens as the page resolves them (Rödtråd's theme overrides the accent); SVG
 * fill attributes cannot take `var()`. Each has ≥ 3:1 contrast against white (WCAG 1.4.11); the
 * fallbacks are the light theme's values.
 */
function pageTheme(dom: HTMLElement): ChartTheme {
  const style = getComputedStyle(dom);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = token('--ds-color-neutral-text-default', '#292c30');
  return {
    budget: token('--ds-color-neutral-text-subtle', '#5b5d60'),
    forecast: token('--ds-color-info-base-default', '#0a71c0'),
    outcome: token('--ds-color-accent-base-default', '#8a1c2b'),
    text,
    grid: token('--ds-color-neutral-border-subtle', '#bbbcbd'),
    zero: text,
    font: style.fontFamily || 'sans-serif',
  };
}

/**
 * The bars, drawn by ECharts' SVG renderer into a box that is an image named by the figures
 * (ECharts' aria sets the same name from the description). Loaded lazily by economy-chart.tsx,
 * so ECharts is not in the main bundle. Redrawn when the box's width changes; disposed on unmount.
 */
export default function EconomyBars({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<{ instance: EChartsType; theme: ChartTheme; drawn: string } | null>(null);

  useEffect(() => {
    const dom = box.current;
    if (!dom) return;
    // ECharts' own strings (only used where the option gives none) in English, never Chinese.
    const instance = init(dom, null, { renderer: 'svg', locale: 'EN' });
    chart.current = { instance, theme: pageTheme(dom), drawn: '' };
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(dom);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // The spec is rebuilt on every render of the page; draw again only when what it says changed.
  useEffect(() => {
    const current = chart.current;
    const key = JSON.stringify(spec);
    if (!current || current.drawn === key) return;
    current.instance.setOption(chartOption(spec, current.theme), { notMerge: true });
    current.drawn = key;
  }, [spec]);

  return (
    <div ref={box} role="img" aria-label={spec.description} className="economy-chart__canvas" />
  );
}
