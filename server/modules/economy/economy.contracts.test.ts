import { describe, expect, test } from 'vitest';
import { economyFigures, money } from '#contracts/economy.ts';
import { carryOverRequest, economyLines, resultFundInput } from '#contracts/economy.printed.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('the economy contract', () => {
  test('an amount is kronor as a plain decimal string with at most two decimals', () => {
    for (const ok of ['0', '1405300000', '1405300000.00', '-12.5', '999999999999999.99'])
      expect(money.safeParse(ok).success).toBe(true);
    for (const bad of ['1 405,3', '1405,3', '0.125', '1e5', '', '+1', '1000000000000000', '.5'])
      expect(money.safeParse(bad).success).toBe(false);
    expect(messages(money.safeParse('1 405,3'))).toEqual([
      'must be an amount in kronor such as 1405300000 or -12.50 (at most two decimals)',
    ]);
  });

  test('a line’s figures have at most one forecast per period, with a period code', () => {
    const figures = {
      originalBudget: null,
      adjustedBudget: '100',
      outcome: null,
      previousYearOutcome: null,
      forecasts: [
        { period: 'T2', amount: '1' },
        { period: 'T2', amount: '2' },
      ],
    };
    expect(messages(economyFigures.safeParse(figures))).toEqual([
      'each period may have one forecast',
    ]);
    expect(
      economyFigures.safeParse({ ...figures, forecasts: [{ period: 'T 2', amount: '1' }] }).success,
    ).toBe(false);
    expect(economyFigures.safeParse({ ...figures, forecasts: [] }).success).toBe(true);
  });

  test('a set of lines states its year, sign convention and unit', () => {
    expect(
      economyLines.safeParse({
        year: 2015,
        signConvention: 'revenue_negative',
        unit: 'mnkr',
        lines: [],
      }).success,
    ).toBe(true);
    expect(
      economyLines.safeParse({ year: 2015, signConvention: 'negative', unit: 'mnkr', lines: [] })
        .success,
    ).toBe(false);
  });

  test('a result fund needs a positive turnover and a use that is not negative', () => {
    const fund = {
      year: 2015,
      turnover: '190000000',
      opening: '6700000',
      surplusOwnAction: '-800000',
      used: '1900000',
      closing: null,
    };
    expect(resultFundInput.safeParse(fund).success).toBe(true);
    expect(messages(resultFundInput.safeParse({ ...fund, turnover: '0.00' }))).toEqual([
      'must be a positive amount',
    ]);
    expect(messages(resultFundInput.safeParse({ ...fund, used: '-1' }))).toEqual([
      'must not be negative',
    ]);
  });

  test('a carry-over goes to the following year and is a positive amount', () => {
    const request = {
      fromYear: 2015,
      toYear: 2016,
      amount: '27700000',
      purpose: 'GS IT 2.0',
      category: 'unfinished_project',
      decisionRef: '3',
      amountInDecision: '27600000',
    };
    expect(carryOverRequest.safeParse(request).success).toBe(true);
    const late = carryOverRequest.safeParse({ ...request, toYear: 2017 });
    expect(late.success).toBe(false);
    expect(late.error!.issues[0]).toMatchObject({
      path: ['toYear'],
      message: 'must carry over to the following year',
    });
    expect(carryOverRequest.safeParse({ ...request, amount: '-1' }).success).toBe(false);
  });
});
