import type { CarryOverWrite, EconomyMismatch, Money, ResultFundView } from '#contracts/economy.ts';
import type { CarryOverRequest } from '#contracts/economy.printed.ts';
import { checkCarryOver, checkStatedTwice } from '../checks/economy.checks.rules.ts';
import {
  ACCUMULATED_CAP,
  capOf,
  carryOverTotal,
  resultDisposition,
  YEARLY_CAP,
} from './economy.funds.rules.ts';
import { divideRounded, toMoney, toOre } from '../economy.money.ts';
import { Located } from '../checks/economy.checks.stored.rules.ts';

/**
 * Result funds and carry-over requests as stored, computed and checked. A fund may be known only
 * in part (KS 2015 prints Visningsenheten's surplus, opening and closing fund and that the closing
 * fund is 10 % of its budget, but neither the budget nor what went into the fund): every rule is
 * applied whose figures are there, and nothing is guessed but the base implied by a stated share.
 */

export type FundInput = Omit<ResultFundView, keyof FundComputed>;
type FundComputed = Pick<
  ResultFundView,
  | 'base'
  | 'baseImplied'
  | 'computedClosing'
  | 'yearlyCap'
  | 'accumulatedCap'
  | 'resultInclOpeningFund'
  | 'resultAfterDisposition'
>;

const ore = (value: Money | null) => (value === null ? null : toOre(value));
const money = (value: bigint | null) => (value === null ? null : toMoney(value));

/** A percentage string as a fraction over 10^4 ("10" → 100000 / 10000). */
function percentRatio(percent: string): { numerator: bigint; denominator: bigint } {
  const [whole, fraction = ''] = percent.replace('-', '').split('.') as [string, string?];
  const scaled = BigInt(whole + fraction.padEnd(4, '0'));
  return { numerator: percent.startsWith('-') ? -scaled : scaled, denominator: 10_000n };
}

/** The fund computed (R-F1, R-F3 to R-F5) with its mismatches; `path` e.g. "resultFunds[0]". */
export function computeFund(fund: FundInput, path: string, tolerance: bigint) {
  const found = new Located(tolerance);
  const where = { section: 'result_fund' as const, areaId: null, unitId: fund.unitId };
  const opening = ore(fund.opening);
  const own = ore(fund.surplusOwnAction);
  const used = ore(fund.used);
  const stated = ore(fund.closing);
  const computedClosing =
    opening === null || own === null || used === null ? null : opening + own - used;
  found.compare(where, 'fund.closing', `${path}.closing`, computedClosing, stated);
  const closing = stated ?? computedClosing;

  let base = ore(fund.capBase === 'turnover' ? fund.turnover : fund.budget);
  let baseImplied = false;
  if (base === null && stated !== null && fund.closingShareOfBase !== null) {
    const share = percentRatio(fund.closingShareOfBase);
    if (share.numerator > 0n) {
      base = divideRounded(stated * 100n * share.denominator, share.numerator);
      baseImplied = true;
    }
  }
  const capsApply = base !== null && base > 0n;
  const yearlyCap = capsApply ? capOf(base!, YEARLY_CAP) : null;
  const accumulatedCap = capsApply ? capOf(base!, ACCUMULATED_CAP) : null;
  // A breach is listed as checkResultFund lists it: expected = the cap, printed = the amount.
  if (yearlyCap !== null && own !== null && own > yearlyCap)
    found.compare(where, 'fund.yearly_cap_exceeded', `${path}.surplusOwnAction`, yearlyCap, own);
  if (accumulatedCap !== null && closing !== null && closing > accumulatedCap)
    found.compare(
      where,
      'fund.accumulated_cap_exceeded',
      `${path}.closing`,
      accumulatedCap,
      closing,
    );
  if (closing !== null && closing < 0n)
    found.compare(where, 'fund.overdrawn', `${path}.closing`, 0n, closing);

  const before = ore(fund.resultBeforeDisposition);
  const disposition =
    before === null || opening === null || closing === null
      ? null
      : resultDisposition({ resultBeforeDisposition: before, opening, closing });
  const view: ResultFundView = {
    ...fund,
    base: money(base),
    baseImplied,
    computedClosing: money(computedClosing),
    yearlyCap: money(yearlyCap),
    accumulatedCap: money(accumulatedCap),
    resultInclOpeningFund: before === null || opening === null ? null : toMoney(before + opening),
    resultAfterDisposition: money(disposition?.resultAfterDisposition ?? null),
  };
  return {
    view,
    mismatches: found.list,
    /** into the fund less what was used (own − used = closing − opening, R-F3); null if unknown */
    netTransfer: opening === null || closing === null ? null : closing - opening,
  };
}

/**
 * The carry-over requests checked (R-F7): the printed total against the requests and against the
 * decision's amounts, and each amount against the decision's (a restatement: no tolerance).
 */
export function computeCarryOvers(
  requests: readonly CarryOverWrite[],
  printedTotal: Money | null,
  year: number,
  tolerance: bigint,
) {
  const full: CarryOverRequest[] = requests.map((request) => ({
    ...request,
    fromYear: year,
    toYear: year + 1,
  }));
  const where = { section: 'carry_over' as const, areaId: null, unitId: null };
  const found = new Located(tolerance);
  const path = 'carryOver';
  if (printedTotal !== null)
    found.add(
      where,
      checkCarryOver(
        { total: printedTotal, requests: full },
        { tolerance: toMoney(tolerance), path },
      ),
    );
  else
    full.forEach((request, index) => {
      if (request.amountInDecision !== null)
        found.add(
          where,
          checkStatedTwice([
            { path: `${path}.requests[${index}].amount`, amount: request.amount },
            {
              path: `${path}.requests[${index}].amountInDecision`,
              amount: request.amountInDecision,
            },
          ]),
        );
    });
  return {
    requests: full,
    total: toMoney(carryOverTotal(full)),
    mismatches: found.list as EconomyMismatch[],
  };
}
