import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { init, use as register, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { rollUpOption, type RollUpChartSpec } from '../followup.rollup.chart.ts';

// Only what this chart draws, so that the lazily loaded chunk stays small.
register([BarChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * The stacked bars, drawn by ECharts' SVG renderer into a box that is an image named by the
 * figures. Loaded lazily by rollup-chart.tsx; redrawn when the spec changes; disposed on unmount.
 */
export default function RollUpBars({ spec }: { spec: RollUpChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const dom = box.current;
    if (!dom) return;
    const instance = init(dom, null, { renderer: 'svg', locale: 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(dom);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const dom = box.current;
    if (!chart.current || !dom) return;
    const style = getComputedStyle(dom);
    const theme = {
      text: style.getPropertyValue('--ds-color-neutral-text-default').trim() || '#292c30',
      grid: style.getPropertyValue('--ds-color-neutral-border-subtle').trim() || '#bbbcbd',
      font: style.fontFamily || 'sans-serif',
    };
    chart.current.setOption(rollUpOption(spec, theme), { notMerge: true });
  }, [spec]);

  const height = 48 + spec.goals.length * 36;
  return (
    <div
      ref={box}
      role="img"
      aria-label={spec.description}
      className="rollup-chart__canvas"
      style={{ height }}
    />
  );
}
