import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ACCUMULATED_CAP,
  capOf,
  carryOverTotal,
  closingFund,
  evaluateResultFund,
  resultDisposition,
  resultFundInOre,
  YEARLY_CAP,
  type ResultFund,
} from './economy.funds.rules.ts';
import { parseAmountOrThrow, toMoney } from '../economy.money.ts';

const m = (printed: string) => parseAmountOrThrow(printed, 'mnkr');
const runs = { seed: 20151231, numRuns: 300 };

/** domain.md §3.4: omslutning 190,0; own-action surplus 0,8 of 1,7; opening 6,7; used 1,9. */
const example: ResultFund = {
  turnover: m('190,0'),
  opening: m('6,7'),
  surplusOwnAction: m('0,8'),
  used: m('1,9'),
};

describe('the result fund', () => {
  test('the closing fund is opening + own-action surplus − used: 6,7 + 0,8 − 1,9 = 5,6', () => {
    expect(closingFund(example)).toBe(m('5,6'));
  });

  test('within both caps the fund has no breach: 0,8 ≤ 9,5 a year and 5,6 ≤ 19,0 in all', () => {
    expect(evaluateResultFund(example)).toEqual({
      closing: m('5,6'),
      yearlyCap: m('9,5'),
      accumulatedCap: m('19,0'),
      breaches: [],
    });
  });

  test('a year’s transfer above 5 % of turnover is flagged with the numbers and kept, not capped', () => {
    const fund = { ...example, surplusOwnAction: m('10,0') };
    const evaluation = evaluateResultFund(fund);
    expect(evaluation.breaches).toEqual([
      { code: 'fund.yearly_cap_exceeded', amount: m('10,0'), limit: m('9,5'), excess: m('0,5') },
    ]);
    expect(evaluation.closing).toBe(m('14,8'));
  });

  test('an accumulated fund above 10 % of turnover is flagged with the numbers and kept', () => {
    const evaluation = evaluateResultFund({ ...example, opening: m('20,0'), used: m('0,0') });
    expect(evaluation.closing).toBe(m('20,8'));
    expect(evaluation.breaches).toEqual([
      {
        code: 'fund.accumulated_cap_exceeded',
        amount: m('20,8'),
        limit: m('19,0'),
        excess: m('1,8'),
      },
    ]);
  });

  test('both caps can be broken in one year', () => {
    const evaluation = evaluateResultFund({ ...example, surplusOwnAction: m('15,0') });
    expect(evaluation.breaches.map((breach) => breach.code)).toEqual([
      'fund.yearly_cap_exceeded',
      'fund.accumulated_cap_exceeded',
    ]);
  });

  test('an amount exactly at a cap is allowed', () => {
    const evaluation = evaluateResultFund({
      ...example,
      opening: m('11,4'),
      surplusOwnAction: m('9,5'),
    });
    expect(evaluation.closing).toBe(m('19,0'));
    expect(evaluation.breaches).toEqual([]);
  });

  test('a deficit reduces the fund and has no cap', () => {
    const evaluation = evaluateResultFund({ ...example, surplusOwnAction: m('-3,0') });
    expect(evaluation.closing).toBe(m('1,8'));
    expect(evaluation.breaches).toEqual([]);
  });

  test('using more than the fund holds is flagged as overdrawn', () => {
    const evaluation = evaluateResultFund({ ...example, used: m('8,0') });
    expect(evaluation.breaches).toEqual([
      { code: 'fund.overdrawn', amount: m('-0,5'), limit: 0n, excess: m('0,5') },
    ]);
  });

  test('a cap is the largest whole öre within the share, and needs a positive turnover', () => {
    expect(capOf(39n, YEARLY_CAP)).toBe(1n);
    expect(capOf(19n, YEARLY_CAP)).toBe(0n);
    expect(() => capOf(0n, YEARLY_CAP)).toThrow(RangeError);
    expect(() => capOf(-1n, ACCUMULATED_CAP)).toThrow(RangeError);
  });

  test('contract amounts in kronor are read into öre', () => {
    expect(
      resultFundInOre({
        year: 2015,
        turnover: toMoney(m('190,0')),
        opening: '6700000',
        surplusOwnAction: '800000.00',
        used: '1900000',
        closing: null,
      }),
    ).toEqual(example);
  });
});

describe('result before and after dispositions', () => {
  test('1,7 + opening 6,7 = 8,4; minus closing 5,6 leaves 2,8 = 1,7 − 0,8 + 1,9', () => {
    const result = resultDisposition({
      resultBeforeDisposition: m('1,7'),
      opening: m('6,7'),
      closing: m('5,6'),
    });
    expect(result).toEqual({ resultInclOpeningFund: m('8,4'), resultAfterDisposition: m('2,8') });
    expect(result.resultAfterDisposition).toBe(m('1,7') - m('0,8') + m('1,9'));
  });
});

describe('carry-over', () => {
  test('the ombudgetering total is the sum of the requests: 46,8 + 0,1 + 27,7 + 1,9 + 1,6 = 78,1', () => {
    const amounts = ['46,8', '0,1', '27,7', '1,9', '1,6'].map((a) => ({ amount: toMoney(m(a)) }));
    expect(carryOverTotal(amounts)).toBe(m('78,1'));
    expect(carryOverTotal([])).toBe(0n);
  });
});

describe('properties of the result fund', () => {
  const money = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n });
  const fund = fc.record({
    turnover: fc.bigInt({ min: 1n, max: 10n ** 13n }),
    opening: money,
    surplusOwnAction: money,
    used: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  });

  test('the closing fund is never capped: it is always opening + surplus − used', () => {
    fc.assert(
      fc.property(fund, (f) => {
        expect(evaluateResultFund(f).closing).toBe(f.opening + f.surplusOwnAction - f.used);
      }),
      runs,
    );
  });

  test('a cap is breached exactly when amount × 100 exceeds turnover × the percentage', () => {
    fc.assert(
      fc.property(fund, (f) => {
        const codes = evaluateResultFund(f).breaches.map((breach) => breach.code);
        const closing = closingFund(f);
        expect(codes.includes('fund.yearly_cap_exceeded')).toBe(
          f.surplusOwnAction * 100n > f.turnover * 5n,
        );
        expect(codes.includes('fund.accumulated_cap_exceeded')).toBe(
          closing * 100n > f.turnover * 10n,
        );
        expect(codes.includes('fund.overdrawn')).toBe(closing < 0n);
      }),
      runs,
    );
  });

  test('every breach states amount, limit and an excess that is their positive difference', () => {
    fc.assert(
      fc.property(fund, (f) => {
        for (const breach of evaluateResultFund(f).breaches) {
          expect(breach.excess > 0n).toBe(true);
          expect(breach.excess).toBe(
            breach.code === 'fund.overdrawn'
              ? breach.limit - breach.amount
              : breach.amount - breach.limit,
          );
        }
      }),
      runs,
    );
  });
});
