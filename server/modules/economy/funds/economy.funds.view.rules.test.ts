import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CarryOverWrite } from '#contracts/economy.ts';
import { parseAmountOrThrow, toMoney, toOre } from '../economy.money.ts';
import { computeCarryOvers, computeFund, type FundInput } from './economy.funds.view.rules.ts';

const kr = (mnkr: string) => toMoney(parseAmountOrThrow(mnkr, 'mnkr'));
const runs = { seed: 20151231, numRuns: 300 };
const tolerance = 0n;

/** domain.md §3.4: omslutning 190,0; opening 6,7; own-action surplus 0,8; used 1,9. */
const fund = (fields: Partial<FundInput> = {}): FundInput => ({
  unitId: '00000000-0000-4000-8000-000000000001',
  unitName: 'Enhet R',
  turnover: kr('190,0'),
  budget: null,
  capBase: 'turnover',
  resultBeforeDisposition: kr('1,7'),
  opening: kr('6,7'),
  surplusOwnAction: kr('0,8'),
  used: kr('1,9'),
  closing: null,
  closingShareOfBase: null,
  note: '',
  version: 1,
  ...fields,
});
const unknown = {
  turnover: null,
  resultBeforeDisposition: null,
  opening: null,
  surplusOwnAction: null,
  used: null,
} as const;

describe('a result fund as stored', () => {
  test('fully known, it is computed as R-F1 and R-F3 to R-F5 say, with nothing to report', () => {
    const { view, mismatches, netTransfer } = computeFund(fund(), 'resultFunds[0]', tolerance);
    expect(view).toMatchObject({
      base: kr('190,0'),
      baseImplied: false,
      computedClosing: kr('5,6'),
      yearlyCap: kr('9,5'),
      accumulatedCap: kr('19,0'),
      resultInclOpeningFund: kr('8,4'),
      resultAfterDisposition: kr('2,8'),
    });
    expect(mismatches).toEqual([]);
    expect(netTransfer).toBe(parseAmountOrThrow('-1,1', 'mnkr'));
  });

  test('a stated closing fund other than the computed one is a mismatch at its path', () => {
    const { view, mismatches } = computeFund(fund({ closing: kr('5,7') }), 'resultFunds[2]', 0n);
    expect(mismatches).toEqual([
      expect.objectContaining({
        code: 'fund.closing',
        path: 'resultFunds[2].closing',
        expected: kr('5,6'),
        printed: kr('5,7'),
        section: 'result_fund',
        unitId: fund().unitId,
      }),
    ]);
    // the disposition goes by what was stated: 1,7 + 6,7 − 5,7
    expect(view.resultAfterDisposition).toBe(kr('2,7'));
  });

  test('the caps follow the budget when the fund says so', () => {
    const { view } = computeFund(fund({ capBase: 'budget', budget: kr('100,0') }), 'f', tolerance);
    expect(view.base).toBe(kr('100,0'));
    expect([view.yearlyCap, view.accumulatedCap]).toEqual([kr('5,0'), kr('10,0')]);
  });

  test('a surplus over 5 % of the base and a fund over 10 % are breaches; a fund below 0 is overdrawn', () => {
    const over = computeFund(
      fund({ surplusOwnAction: kr('10,0'), opening: kr('15,0'), used: kr('0') }),
      'f',
      tolerance,
    );
    expect(over.mismatches.map((m) => [m.code, m.path, m.expected, m.printed])).toEqual([
      ['fund.yearly_cap_exceeded', 'f.surplusOwnAction', kr('9,5'), kr('10,0')],
      ['fund.accumulated_cap_exceeded', 'f.closing', kr('19,0'), kr('25,0')],
    ]);
    const overdrawn = computeFund(fund({ used: kr('8,0') }), 'f', tolerance);
    expect(overdrawn.mismatches.map((m) => [m.code, m.expected, m.printed])).toEqual([
      ['fund.overdrawn', kr('0'), kr('-0,5')],
    ]);
  });

  test('known only in part (KS 2015), the base is implied by the closing fund’s share of it', () => {
    const { view, mismatches, netTransfer } = computeFund(
      fund({ ...unknown, closing: kr('2,0'), closingShareOfBase: '10' }),
      'f',
      tolerance,
    );
    expect(view).toMatchObject({
      base: kr('20,0'),
      baseImplied: true,
      computedClosing: null,
      yearlyCap: kr('1,0'),
      accumulatedCap: kr('2,0'),
      resultInclOpeningFund: null,
      resultAfterDisposition: null,
    });
    expect(mismatches).toEqual([]);
    expect(netTransfer).toBeNull();
  });

  test('a share of 0 or below implies no base, and no base of 0 or below has caps', () => {
    for (const share of ['0', '-5', '0.0000']) {
      const { view } = computeFund(
        fund({ ...unknown, closing: kr('2,0'), closingShareOfBase: share }),
        'f',
        tolerance,
      );
      expect([view.base, view.baseImplied, view.yearlyCap], share).toEqual([null, false, null]);
    }
    for (const turnover of [kr('0'), kr('-3,0')]) {
      const { view, mismatches } = computeFund(fund({ turnover }), 'f', tolerance);
      expect([view.yearlyCap, view.accumulatedCap]).toEqual([null, null]);
      expect(mismatches).toEqual([]);
    }
  });

  test('a decimal share is read exactly: 2,5 % of an implied 80,0 is 2,0', () => {
    const { view } = computeFund(
      fund({ ...unknown, closing: kr('2,0'), closingShareOfBase: '2.5' }),
      'f',
      tolerance,
    );
    expect(view.base).toBe(kr('80,0'));
  });

  test('the closing fund is always opening + own − used, and what moved into it is own − used', () => {
    const ore = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
    fc.assert(
      fc.property(ore, ore, fc.bigInt({ min: 0n, max: 10n ** 12n }), (opening, own, used) => {
        const { view, netTransfer } = computeFund(
          fund({
            turnover: null,
            opening: toMoney(opening),
            surplusOwnAction: toMoney(own),
            used: toMoney(used),
          }),
          'f',
          tolerance,
        );
        expect(toOre(view.computedClosing!)).toBe(opening + own - used);
        expect(netTransfer).toBe(own - used);
      }),
      runs,
    );
  });

  test('a closing fund stated as at most 10 % of its implied base never breaches the 10 % cap', () => {
    const share = fc
      .integer({ min: 1, max: 100_000 })
      .map((n) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), share, (closing, percent) => {
        const { view, mismatches } = computeFund(
          fund({ ...unknown, closing: toMoney(closing), closingShareOfBase: percent }),
          'f',
          tolerance,
        );
        expect(view.baseImplied).toBe(true);
        expect(mismatches.map((m) => m.code)).not.toContain('fund.accumulated_cap_exceeded');
      }),
      runs,
    );
  });
});

describe('carry-over requests as stored', () => {
  const request = (amount: string, amountInDecision: string | null = null): CarryOverWrite => ({
    purpose: 'Upprustning av lokaler',
    category: 'unfinished_project',
    amount: kr(amount),
    decisionRef: null,
    amountInDecision: amountInDecision === null ? null : kr(amountInDecision),
  });

  test('move from the year to the next and total the requests', () => {
    const { requests, total, mismatches } = computeCarryOvers(
      [request('1,5'), request('2,0')],
      kr('3,5'),
      2015,
      tolerance,
    );
    expect(requests.map((r) => [r.fromYear, r.toYear])).toEqual([
      [2015, 2016],
      [2015, 2016],
    ]);
    expect(total).toBe(kr('3,5'));
    expect(mismatches).toEqual([]);
  });

  test('a printed total other than the sum is a mismatch in the carry-over section', () => {
    const { mismatches } = computeCarryOvers([request('1,5')], kr('1,6'), 2015, tolerance);
    expect(mismatches).toEqual([
      expect.objectContaining({
        code: 'carry_over.sum_of_items',
        path: 'carryOver.total',
        section: 'carry_over',
        unitId: null,
      }),
    ]);
  });

  test('without a printed total, each amount is still held against the decision’s', () => {
    const { mismatches } = computeCarryOvers(
      [request('1,5', '1,5'), request('2,0', '2,1')],
      null,
      2015,
      tolerance,
    );
    expect(mismatches).toEqual([
      expect.objectContaining({
        code: 'figure.stated_twice',
        path: 'carryOver.requests[1].amountInDecision',
        expected: kr('2,0'),
        printed: kr('2,1'),
      }),
    ]);
  });

  test('none at all total 0', () => {
    expect(computeCarryOvers([], null, 2015, tolerance)).toEqual({
      requests: [],
      total: kr('0'),
      mismatches: [],
    });
  });
});
