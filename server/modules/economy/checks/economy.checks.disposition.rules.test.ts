import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dispositionScopes, type DispositionScope } from '#contracts/economy.ts';
import { checkDisposition, type DispositionInput } from './economy.checks.disposition.rules.ts';
import type { LineAmounts } from './economy.checks.rules.ts';
import { toOre } from '../economy.money.ts';

/** Amounts in mnkr with one decimal, as öre. */
const mnkr = (tenths: number) => BigInt(tenths) * 10_000_000n;
const tolerance = mnkr(1);
const absOf = (value: bigint) => (value < 0n ? -value : value);
type Column = 'budget' | 'outcome' | 'deviation' | 'previousYearOutcome';
const columns: readonly Column[] = ['budget', 'outcome', 'deviation', 'previousYearOutcome'];

/** A row as printed: budget, outcome, deviation = outcome − budget, last year. */
const row = (budget: number, outcome: number, previous: number): LineAmounts => ({
  budget: mnkr(budget),
  outcome: mnkr(outcome),
  deviation: mnkr(outcome - budget),
  previousYearOutcome: mnkr(previous),
});

/**
 * domain.md §3.4's illustrative result unit in tenths of mnkr, its revenues including the
 * appropriation: net cost budget 0,0 and outcome −1,7 (a surplus of 1,7); opening fund 6,7 and
 * closing fund 5,6, so 1,7 + 6,7 = 8,4 and 8,4 − 5,6 = 2,8 (R-F4, R-F5).
 */
function consistent(): DispositionInput {
  return {
    operatingNet: {
      budget: 0n,
      outcome: mnkr(-17),
      deviation: mnkr(17),
      previousYearOutcome: mnkr(-10),
    },
    printed: {
      result_before_disposition: row(0, 17, 10),
      opening_fund: row(67, 67, 50),
      result_incl_opening_fund: row(67, 84, 60),
      closing_fund: row(67, 56, 67),
      result_after_disposition: row(0, 28, -7),
    },
    fund: { unitId: 'u1', opening: mnkr(67), closing: mnkr(56), resultBeforeDisposition: mnkr(17) },
    tolerance,
  };
}

describe('the result per business area: before, incl. fund and after appropriations', () => {
  test('a table built consistently, with its result fund, gives no finding', () => {
    const { mismatches, rows } = checkDisposition(consistent());
    expect(mismatches).toEqual([]);
    expect(rows.map((r) => r.scope)).toEqual([...dispositionScopes]);
  });

  test('R-F4 and R-F5 on the illustrative unit: 1,7 + 6,7 = 8,4; 8,4 − 5,6 = 2,8', () => {
    const input: DispositionInput = {
      operatingNet: { budget: null, outcome: mnkr(-17), deviation: null },
      printed: {
        opening_fund: { budget: null, outcome: mnkr(67), deviation: null },
        closing_fund: { budget: null, outcome: mnkr(56), deviation: null },
        result_after_disposition: { budget: null, outcome: mnkr(29), deviation: null },
      },
      fund: null,
      tolerance,
    };
    const { rows, mismatches } = checkDisposition(input);
    const outcome = (scope: DispositionScope) =>
      rows.find((r) => r.scope === scope)!.outcome.computed;
    expect(outcome('result_before_disposition')).toBe('1700000.00');
    expect(outcome('result_incl_opening_fund')).toBe('8400000.00');
    expect(outcome('result_after_disposition')).toBe('2800000.00');
    expect(mismatches).toEqual([
      {
        code: 'result.after_disposition',
        path: 'disposition.result_after_disposition.outcome',
        expected: '2800000.00',
        printed: '2900000.00',
        difference: '100000.00',
        kind: 'rounding',
        section: 'disposition',
        areaId: null,
        unitId: null,
      },
    ]);
  });

  test('the result before appropriations is the surplus under either convention: −(net cost)', () => {
    const input: DispositionInput = {
      operatingNet: { budget: mnkr(265), outcome: mnkr(286), deviation: mnkr(-21) },
      printed: { result_before_disposition: row(-265, -286, 0) },
      fund: null,
      tolerance,
    };
    expect(
      checkDisposition({
        ...input,
        printed: {
          result_before_disposition: { ...row(-265, -286, 0), previousYearOutcome: null },
        },
      }).mismatches,
    ).toEqual([]);
    const flipped = checkDisposition({
      ...input,
      printed: { result_before_disposition: { ...row(265, 286, 0), previousYearOutcome: null } },
    }).mismatches;
    expect(flipped.map((m) => [m.path, m.expected, m.printed])).toEqual([
      ['disposition.result_before_disposition.budget', '-26500000.00', '26500000.00'],
      ['disposition.result_before_disposition.outcome', '-28600000.00', '28600000.00'],
    ]);
    // stated first as Summa netto in the operating table: the finding names both places
    expect(flipped.map((m) => [m.section, m.also?.section, m.also?.path])).toEqual([
      ['disposition', 'operating_total', 'totals.net.budget'],
      ['disposition', 'operating_total', 'totals.net.outcome'],
    ]);
  });

  test('the result fund states the opening and closing funds and the result a second time', () => {
    const input = consistent();
    input.fund = {
      unitId: 'u1',
      opening: mnkr(60),
      closing: mnkr(56),
      resultBeforeDisposition: mnkr(17),
    };
    const found = checkDisposition(input).mismatches;
    expect(found.map((m) => [m.code, m.path, m.expected, m.printed])).toEqual([
      ['figure.stated_twice', 'disposition.fund.opening', '6700000.00', '6000000.00'],
    ]);
    expect(found[0]).toMatchObject({
      section: 'result_fund',
      unitId: 'u1',
      also: { section: 'disposition', path: 'disposition.opening_fund.outcome' },
    });
  });

  test('a single printed figure changed gives exactly one finding naming it, with its numbers', () => {
    const scopes = fc.constantFrom(...dispositionScopes);
    fc.assert(
      fc.property(
        scopes,
        fc.constantFrom(...columns),
        fc.integer({ min: 1, max: 500 }),
        (scope, column, by) => {
          const input = consistent();
          const printed = { ...input.printed[scope]! };
          printed[column] = printed[column]! + mnkr(by);
          input.printed = { ...input.printed, [scope]: printed };
          const path = `disposition.${scope}.${column}`;
          const found = checkDisposition(input).mismatches;
          // The funds' budget and last year are inputs: the rows they add up to are flagged.
          const isInput =
            (scope === 'opening_fund' || scope === 'closing_fund') && column !== 'deviation';
          expect(found.filter((m) => m.path === path)).toHaveLength(isInput ? 0 : 1);
          expect(found.length).toBeGreaterThan(0);
          for (const m of found) expect(absOf(toOre(m.difference))).toBe(mnkr(by));
        },
      ),
    );
  });

  test('a random consistent table gives no finding', () => {
    const tenths = fc.integer({ min: -100_000, max: 100_000 });
    fc.assert(
      fc.property(
        fc.array(tenths, { minLength: 8, maxLength: 8 }),
        ([netBudget, netOutcome, netPrevious, openB, openO, openP, closeO, closeP]) => {
          const closeB = openB! + 5;
          const before = row(-netBudget!, -netOutcome!, -netPrevious!);
          const opening = row(openB!, openO!, openP!);
          const closing = row(closeB, closeO!, closeP!);
          const sum = (a: LineAmounts, b: LineAmounts, sign: 1n | -1n): LineAmounts => ({
            budget: a.budget! + sign * b.budget!,
            outcome: a.outcome! + sign * b.outcome!,
            deviation: a.deviation! + sign * b.deviation!,
            previousYearOutcome: a.previousYearOutcome! + sign * b.previousYearOutcome!,
          });
          const incl = sum(before, opening, 1n);
          const input: DispositionInput = {
            operatingNet: {
              budget: mnkr(netBudget!),
              outcome: mnkr(netOutcome!),
              deviation: mnkr(netBudget! - netOutcome!),
              previousYearOutcome: mnkr(netPrevious!),
            },
            printed: {
              result_before_disposition: before,
              opening_fund: opening,
              result_incl_opening_fund: incl,
              closing_fund: closing,
              result_after_disposition: sum(incl, closing, -1n),
            },
            fund: null,
            tolerance,
          };
          expect(checkDisposition(input).mismatches).toEqual([]);
        },
      ),
    );
  });
});
