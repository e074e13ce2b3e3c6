import { describe, expect, test } from 'vitest';
import type { Direction, IndicatorAttainmentInput } from '#contracts/assessment.ts';
import {
  compareDecimal,
  formatDecimal,
  indicatorAttainment,
  parseDecimal,
  subtractDecimal,
} from './assessment.indicators.rules.ts';

const indicator = (
  direction: Direction,
  outcome: string | null,
  target: string | null,
  more: Partial<IndicatorAttainmentInput> = {},
): IndicatorAttainmentInput => ({
  direction,
  outcome,
  target,
  tolerance: null,
  previousOutcome: null,
  outcomeWomen: null,
  outcomeMen: null,
  ...more,
});
const statusOf = (input: IndicatorAttainmentInput) => indicatorAttainment(input).status;

describe('the 2015 executive board report (KS15)', () => {
  test('a lower-is-better indicator with outcome 45 against target 7 is not met, and 45 after 51 is better', () => {
    // "Antal dygn över normvärdet för kvävedioxid i luft": KF left the target to the nämnd, which set 7.
    expect(
      indicatorAttainment(
        indicator('lower_is_better', '45', '7', {
          previousOutcome: '51',
          targetSetElsewhere: true,
        }),
      ),
    ).toEqual({ status: 'not_met', percentOfTarget: 15.6, trend: 'better', genderGap: null });
  });

  test('PM10 on 8 days against a ceiling of 35 days is met', () => {
    expect(
      indicatorAttainment(indicator('lower_is_better', '8', '35', { previousOutcome: '12' })),
    ).toEqual({ status: 'met', percentOfTarget: 437.5, trend: 'better', genderGap: null });
  });

  test('electricity use of 28.3 kWh per square metre against 32 is met and better than 30.01', () => {
    expect(
      indicatorAttainment(indicator('lower_is_better', '28.3', '32', { previousOutcome: '30.01' })),
    ).toEqual({ status: 'met', percentOfTarget: 113.1, trend: 'better', genderGap: null });
  });

  test('a forecast error of 1 % within ±1 % of 0 is met, and unchanged from −1 % because it is as far from the target', () => {
    expect(
      indicatorAttainment(
        indicator('within_interval', '1', '0', { tolerance: '1', previousOutcome: '-1' }),
      ),
    ).toEqual({ status: 'met', percentOfTarget: null, trend: 'unchanged', genderGap: null });
  });

  test('400 student homes against 600 is not met at 66.7 % of the target, and better than 313', () => {
    expect(
      indicatorAttainment(indicator('higher_is_better', '400', '600', { previousOutcome: '313' })),
    ).toEqual({ status: 'not_met', percentOfTarget: 66.7, trend: 'better', genderGap: null });
  });

  test('a budget adherence of 94.18 % against 100 % is not met, and worse than 97.66 %', () => {
    expect(
      indicatorAttainment(
        indicator('higher_is_better', '94.18', '100', { previousOutcome: '97.66' }),
      ),
    ).toEqual({ status: 'not_met', percentOfTarget: 94.2, trend: 'worse', genderGap: null });
  });

  test('an indicator reported in the city’s accounts, with no outcome here, is not judged here', () => {
    // "Stadens soliditet …": KF:s årsmål 30, no outcome, "Rapporteras i stadens bokslut".
    expect(statusOf(indicator('higher_is_better', null, '30', { targetSetElsewhere: true }))).toBe(
      'no_target',
    );
  });
});

describe('whether a target is met', () => {
  test('a higher-is-better outcome equal to its target is met, and one hundredth below it is not', () => {
    expect(statusOf(indicator('higher_is_better', '100', '100'))).toBe('met');
    expect(statusOf(indicator('higher_is_better', '100.00', '100'))).toBe('met');
    expect(statusOf(indicator('higher_is_better', '99.99', '100'))).toBe('not_met');
    expect(statusOf(indicator('higher_is_better', '0', '0'))).toBe('met');
  });

  test('a lower-is-better outcome equal to its target is met, and a ten-millionth above it is not', () => {
    expect(statusOf(indicator('lower_is_better', '7', '7.000'))).toBe('met');
    expect(statusOf(indicator('lower_is_better', '7.0000001', '7'))).toBe('not_met');
    expect(statusOf(indicator('lower_is_better', '-3', '-2'))).toBe('met');
  });

  test('an outcome of 1 against ±1 around 0 is met on both edges, and 1.0000001 is not', () => {
    const within = (outcome: string) =>
      statusOf(indicator('within_interval', outcome, '0', { tolerance: '1' }));
    expect(within('1')).toBe('met');
    expect(within('-1')).toBe('met');
    expect(within('0')).toBe('met');
    expect(within('1.0000001')).toBe('not_met');
    expect(within('-1.0000001')).toBe('not_met');
  });

  test('the interval is centred on the target, not on zero', () => {
    const within = (outcome: string) =>
      statusOf(indicator('within_interval', outcome, '100', { tolerance: '0.5' }));
    expect(within('100.5')).toBe('met');
    expect(within('99.5')).toBe('met');
    expect(within('100.51')).toBe('not_met');
    expect(within('0.5')).toBe('not_met');
  });

  test('decimals that binary floating point cannot hold are compared exactly', () => {
    // 0.1 + 0.2 !== 0.3 in floating point; here 0.3 − 0.1 is exactly 0.2.
    expect(statusOf(indicator('within_interval', '0.3', '0.1', { tolerance: '0.2' }))).toBe('met');
    expect(
      statusOf(indicator('higher_is_better', '9007199254740993.1', '9007199254740993.1')),
    ).toBe('met');
    expect(statusOf(indicator('higher_is_better', '9007199254740993', '9007199254740993.1'))).toBe(
      'not_met',
    );
  });

  test('a within-interval indicator without a tolerance must hit its target exactly', () => {
    expect(statusOf(indicator('within_interval', '0.0', '0'))).toBe('met');
    expect(statusOf(indicator('within_interval', '0.01', '0'))).toBe('not_met');
  });

  test('the tolerance is ignored for higher- and lower-is-better indicators', () => {
    expect(statusOf(indicator('higher_is_better', '99', '100', { tolerance: '5' }))).toBe(
      'not_met',
    );
  });
});

describe('indicators that cannot be judged', () => {
  test('an indicator with a target but no outcome has no outcome', () => {
    expect(
      indicatorAttainment(indicator('higher_is_better', null, '600', { previousOutcome: '313' })),
    ).toEqual({ status: 'no_outcome', percentOfTarget: null, trend: null, genderGap: null });
  });

  test('an indicator without a target has no target, even with an outcome', () => {
    expect(
      indicatorAttainment(indicator('higher_is_better', '400', null, { previousOutcome: '313' })),
    ).toEqual({ status: 'no_target', percentOfTarget: null, trend: 'better', genderGap: null });
    expect(statusOf(indicator('lower_is_better', null, null))).toBe('no_target');
  });

  test('a target set elsewhere does not stop an indicator with its own target and outcome from being judged', () => {
    expect(statusOf(indicator('higher_is_better', '5', '5', { targetSetElsewhere: true }))).toBe(
      'met',
    );
  });
});

describe('the outcome as a percentage of the target', () => {
  test('higher-is-better gives outcome ÷ target, rounded half up to one decimal', () => {
    const pct = (outcome: string, target: string) =>
      indicatorAttainment(indicator('higher_is_better', outcome, target)).percentOfTarget;
    expect(pct('1', '16')).toBe(6.3); // 6.25 → 6.3
    expect(pct('1', '6')).toBe(16.7);
    expect(pct('21', '5')).toBe(420);
    expect(pct('0', '5')).toBe(0);
    expect(pct('83', '85')).toBe(97.6);
  });

  test('lower-is-better gives target ÷ outcome, so that above 100 is better', () => {
    const pct = (outcome: string, target: string) =>
      indicatorAttainment(indicator('lower_is_better', outcome, target)).percentOfTarget;
    expect(pct('2.6', '3')).toBe(115.4);
    expect(pct('3', '3')).toBe(100);
    expect(pct('6', '3')).toBe(50);
  });

  test('there is no percentage for an interval, a target of zero or below, or a negative or zero ratio base', () => {
    const pct = (d: Direction, outcome: string, target: string) =>
      indicatorAttainment(indicator(d, outcome, target, { tolerance: '1' })).percentOfTarget;
    expect(pct('within_interval', '1', '2')).toBeNull();
    expect(pct('higher_is_better', '0', '0')).toBeNull();
    expect(pct('higher_is_better', '5', '-1')).toBeNull();
    expect(pct('higher_is_better', '-0.2', '0.1')).toBeNull();
    expect(pct('lower_is_better', '0', '7')).toBeNull();
  });
});

describe('the trend against the previous outcome', () => {
  const trend = (d: Direction, outcome: string | null, previous: string | null, target = '0') =>
    indicatorAttainment(
      indicator(d, outcome, target, { tolerance: '1', previousOutcome: previous }),
    ).trend;

  test('higher is better when the outcome rose, worse when it fell, unchanged when it is equal', () => {
    expect(trend('higher_is_better', '21', '6')).toBe('better');
    expect(trend('higher_is_better', '1', '3')).toBe('worse');
    expect(trend('higher_is_better', '100', '100.00')).toBe('unchanged');
  });

  test('lower is better when the outcome fell', () => {
    expect(trend('lower_is_better', '2.6', '1.7')).toBe('worse');
    expect(trend('lower_is_better', '8', '12')).toBe('better');
    expect(trend('lower_is_better', '30.010', '30.01')).toBe('unchanged');
  });

  test('within an interval, closer to the target is better on either side', () => {
    expect(trend('within_interval', '0.5', '-1')).toBe('better');
    expect(trend('within_interval', '-2', '1')).toBe('worse');
    expect(trend('within_interval', '101', '99', '100')).toBe('unchanged');
    expect(trend('within_interval', '100', '99', '100')).toBe('better');
  });

  test('there is no trend without an outcome, a previous outcome, or, for an interval, a target', () => {
    expect(trend('higher_is_better', '1', null)).toBeNull();
    expect(trend('higher_is_better', null, '1')).toBeNull();
    expect(
      indicatorAttainment(
        indicator('within_interval', '1', null, { tolerance: '1', previousOutcome: '2' }),
      ).trend,
    ).toBeNull();
  });
});

describe('the gender gap', () => {
  const gap = (women: string | null, men: string | null) =>
    indicatorAttainment(
      indicator('lower_is_better', '3.9', '4', { outcomeWomen: women, outcomeMen: men }),
    ).genderGap;

  test('the difference is women minus men, exactly, at the larger scale', () => {
    expect(gap('4.8', '2.4')).toEqual({ women: '4.8', men: '2.4', difference: '2.4' });
    expect(gap('2.50', '3')).toEqual({ women: '2.50', men: '3', difference: '-0.50' });
    expect(gap('5', '7')).toEqual({ women: '5', men: '7', difference: '-2' });
    expect(gap('0.1', '0.1')?.difference).toBe('0.0');
  });

  test('there is no gap unless both women’s and men’s outcomes are reported', () => {
    expect(gap('4.8', null)).toBeNull();
    expect(gap(null, '2.4')).toBeNull();
    expect(gap(null, null)).toBeNull();
  });
});

describe('malformed numbers', () => {
  test('text that PostgreSQL numeric would not print is refused, wherever it appears', () => {
    for (const bad of ['NaN', 'Infinity', '1e3', '', ' 1', '1,5', '.5', '5.', '--1']) {
      expect(() => indicatorAttainment(indicator('higher_is_better', bad, '1'))).toThrow(
        RangeError,
      );
    }
    expect(() =>
      indicatorAttainment(indicator('higher_is_better', '1', '1', { outcomeWomen: 'x' })),
    ).toThrow(RangeError);
    expect(() =>
      indicatorAttainment(indicator('higher_is_better', '1', '1', { previousOutcome: '1e2' })),
    ).toThrow(RangeError);
  });

  test('a negative tolerance is refused', () => {
    expect(() =>
      indicatorAttainment(indicator('within_interval', '0', '0', { tolerance: '-1' })),
    ).toThrow(RangeError);
  });
});

describe('the exact decimal helper', () => {
  test('parsing and printing keep the scale and drop a sign on zero', () => {
    expect(formatDecimal(parseDecimal('94.18'))).toBe('94.18');
    expect(formatDecimal(parseDecimal('-0.05'))).toBe('-0.05');
    expect(formatDecimal(parseDecimal('+6700'))).toBe('6700');
    expect(formatDecimal(parseDecimal('007.10'))).toBe('7.10');
    expect(formatDecimal(parseDecimal('-0.00'))).toBe('0.00');
  });

  test('comparison and subtraction ignore trailing zeros', () => {
    expect(compareDecimal(parseDecimal('1.50'), parseDecimal('1.5'))).toBe(0);
    expect(compareDecimal(parseDecimal('-1'), parseDecimal('-0.999'))).toBe(-1);
    expect(formatDecimal(subtractDecimal(parseDecimal('1'), parseDecimal('0.001')))).toBe('0.999');
  });
});
