import { describe, expect, test } from 'vitest';
import { formatCostPerOutput } from './efficiency.format.ts';
import { parseEfficiencySearch } from './efficiency.search.ts';

describe('a cost per output for people', () => {
  test('whole kronor with Swedish digit groups from 100 kr, öre below', () => {
    const cost = (value: string | null) => ({ value, unit: 'kr per st', missing: null });
    expect(formatCostPerOutput(cost('71500.00'))).toBe('71\u00a0500\u00a0kr per st');
    expect(formatCostPerOutput(cost('26990476.19'))).toBe('26\u00a0990\u00a0476\u00a0kr per st');
    expect(formatCostPerOutput(cost('33.33'))).toBe('33,33\u00a0kr per st');
    expect(formatCostPerOutput(cost('-66.67'))).toBe('\u221266,67\u00a0kr per st');
    expect(formatCostPerOutput(cost(null))).toBeNull();
  });
});

describe('the page’s address', () => {
  test('keeps well-formed values and drops the rest', () => {
    expect(
      parseEfficiencySearch({
        year: '2015',
        unit: '0b7c1c1e-5f2a-4c1e-9d7e-1a2b3c4d5e6f',
        period: 'VB',
      }),
    ).toEqual({ year: 2015, unit: '0b7c1c1e-5f2a-4c1e-9d7e-1a2b3c4d5e6f', period: 'VB' });
    expect(parseEfficiencySearch({ year: '15', unit: 'x', period: 'vb; drop' })).toEqual({});
  });
});
