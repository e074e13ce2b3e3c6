import type { CarryOverRequest, ResultFundInput } from '#contracts/economy.printed.ts';
import { sumOre, toOre, type Ratio } from '../economy.money.ts';

/**
 * Result fund (resultatfond) and carry-over (ombudgetering) rules, domain.md §3.4. Amounts are
 * öre. Caps are checked, never applied: a breach is reported with its numbers and the fund keeps
 * the amount the unit put in.
 */

/** At most 5 % of gross turnover (omslutning) may go into the fund in one year (R-F1). */
export const YEARLY_CAP: Ratio = { numerator: 5n, denominator: 100n };
/** The accumulated fund may be at most 10 % of gross turnover (R-F1). */
export const ACCUMULATED_CAP: Ratio = { numerator: 10n, denominator: 100n };

export interface ResultFund {
  /** omslutning: gross turnover, the base of the caps; positive */
  turnover: bigint;
  opening: bigint;
  /** the part of the year's surplus due to the unit's own action (eget handlande) */
  surplusOwnAction: bigint;
  /** drawn from the fund during the year */
  used: bigint;
}

export const resultFundInOre = (input: ResultFundInput): ResultFund => ({
  turnover: toOre(input.turnover),
  opening: toOre(input.opening),
  surplusOwnAction: toOre(input.surplusOwnAction),
  used: toOre(input.used),
});

/** Closing fund (utgående resultatfond) = opening + own-action surplus − used (R-F3). */
export const closingFund = (fund: ResultFund): bigint =>
  fund.opening + fund.surplusOwnAction - fund.used;

/**
 * The largest whole-öre amount within `share` of the turnover: the cap rounded down, so that an
 * amount breaches the cap exactly when it is greater than this.
 */
export function capOf(turnover: bigint, share: Ratio): bigint {
  if (turnover <= 0n) throw new RangeError('the turnover must be positive');
  return (turnover * share.numerator) / share.denominator;
}

export type FundBreachCode =
  'fund.yearly_cap_exceeded' | 'fund.accumulated_cap_exceeded' | 'fund.overdrawn';

/** A broken fund rule: `amount` against `limit`; `excess` = amount − limit (or limit − amount). */
export interface FundBreach {
  code: FundBreachCode;
  amount: bigint;
  limit: bigint;
  excess: bigint;
}

export interface FundEvaluation {
  closing: bigint;
  yearlyCap: bigint;
  accumulatedCap: bigint;
  breaches: FundBreach[];
}

/**
 * The closing fund and the breaches of the caps: the year's transfer above 5 % of turnover, the
 * closing fund above 10 %, and a negative closing fund (more used than there was). A deficit
 * (negative own-action result) reduces the fund and has no cap.
 */
export function evaluateResultFund(fund: ResultFund): FundEvaluation {
  const closing = closingFund(fund);
  const yearlyCap = capOf(fund.turnover, YEARLY_CAP);
  const accumulatedCap = capOf(fund.turnover, ACCUMULATED_CAP);
  const breaches: FundBreach[] = [];
  if (fund.surplusOwnAction > yearlyCap)
    breaches.push({
      code: 'fund.yearly_cap_exceeded',
      amount: fund.surplusOwnAction,
      limit: yearlyCap,
      excess: fund.surplusOwnAction - yearlyCap,
    });
  if (closing > accumulatedCap)
    breaches.push({
      code: 'fund.accumulated_cap_exceeded',
      amount: closing,
      limit: accumulatedCap,
      excess: closing - accumulatedCap,
    });
  if (closing < 0n)
    breaches.push({ code: 'fund.overdrawn', amount: closing, limit: 0n, excess: -closing });
  return { closing, yearlyCap, accumulatedCap, breaches };
}

/** Result before and after the year-end dispositions (resultatdisposition), R-F4 and R-F5. */
export function resultDisposition(input: {
  resultBeforeDisposition: bigint;
  opening: bigint;
  closing: bigint;
}) {
  const resultInclOpeningFund = input.resultBeforeDisposition + input.opening;
  return {
    resultInclOpeningFund,
    resultAfterDisposition: resultInclOpeningFund - input.closing,
  };
}

/** Ombudgetering total = the sum of the requests (R-F7). */
export const carryOverTotal = (requests: readonly Pick<CarryOverRequest, 'amount'>[]): bigint =>
  sumOre(requests.map((request) => toOre(request.amount)));
