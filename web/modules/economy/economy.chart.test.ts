import { describe, expect, test } from 'vitest';
import type { ComputedLine } from '#contracts/economy.ts';
import {
  chartPoints,
  drawnValues,
  niceScale,
  niceStep,
  stepDecimals,
  yOf,
} from './economy.chart.ts';

const line = (over: Partial<ComputedLine['figures']> = {}): ComputedLine => ({
  figures: {
    originalBudget: null,
    adjustedBudget: '1405300000.00',
    outcome: '1324800000.00',
    forecasts: [{ period: 'T2', amount: '1390000000.00' }],
    previousYearOutcome: null,
    ...over,
  },
  computed: {
    base: 'adjustedBudget',
    budget: '1405300000.00',
    outcome: '1324800000.00',
    deviation: '80500000.00',
    forecastDeviations: [],
    yearOnYear: null,
  },
});

describe('the chart of a line over the year', () => {
  test('budget, each period’s forecast in order, then the outcome; a missing forecast stays missing', () => {
    expect(chartPoints(line(), [{ key: 'T1' }, { key: 'T2' }])).toEqual([
      { key: 'budget', amount: '1405300000.00' },
      { key: 'forecast', period: 'T1', amount: null },
      { key: 'forecast', period: 'T2', amount: '1390000000.00' },
      { key: 'outcome', amount: '1324800000.00' },
    ]);
  });

  test('bars are drawn in the table’s unit', () => {
    const points = chartPoints(line(), [{ key: 'T1' }]);
    expect(drawnValues(points, 'mnkr')).toEqual([1405.3, null, 1324.8]);
    expect(drawnValues(points, 'tkr')).toEqual([1405300, null, 1324800]);
  });
});

describe('the axis', () => {
  test('steps are 1, 2, 2,5 or 5 times a power of ten', () => {
    expect(niceStep(351)).toBe(500);
    expect(niceStep(180)).toBe(200);
    expect(niceStep(0.22)).toBe(0.25);
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(0)).toBe(1);
    expect(stepDecimals(2.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(200)).toBe(0);
  });

  test('the axis starts at zero for positive values and ends on a whole step above the largest', () => {
    const scale = niceScale([1405.3, 1390, 1324.8]);
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(1500);
    expect(scale.ticks).toEqual([0, 500, 1000, 1500]);
  });

  test('negative values (revenues under the KS convention) get an axis below zero', () => {
    const scale = niceScale([-85.2, -212]);
    expect(scale.max).toBe(0);
    expect(scale.ticks).toEqual([-300, -200, -100, 0]);
  });

  test('ticks carry no binary noise (0,1 + 0,2 is written 0,3)', () => {
    const scale = niceScale([0.1, 0.3], 4);
    expect(scale.ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  test('nothing but zeros still gives an axis to draw on', () => {
    expect(niceScale([])).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
    expect(niceScale([0, 0])).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
  });

  test('the max is drawn at the top and the min at the bottom', () => {
    const scale = niceScale([-50, 100]);
    expect(yOf(scale.max, scale, 10, 200)).toBe(10);
    expect(yOf(scale.min, scale, 10, 200)).toBe(210);
    expect(yOf(0, scale, 10, 200)).toBeCloseTo(10 + (scale.max / (scale.max - scale.min)) * 200);
  });
});
