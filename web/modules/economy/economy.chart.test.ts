import { describe, expect, test } from 'vitest';
import type { ComputedLine } from '#contracts/economy.ts';
import { chartPoints, drawnValues } from './economy.chart.ts';

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
