import { describe, expect, test } from 'vitest';
import { type Mismatch, type MismatchCode } from '#contracts/economy.ts';
import { economyTable } from '#contracts/economy.printed.ts';
import {
  checkCarryOver,
  checkResultFund,
  checkStatedTwice,
  checkTable,
} from '#server/modules/economy/checks/economy.checks.rules.ts';
import { carryOverTotal } from '#server/modules/economy/funds/economy.funds.rules.ts';
import {
  formatMoney,
  percentString,
  ratio,
  toMoney,
  toOre,
} from '#server/modules/economy/economy.money.ts';
import { budgetAdherence, withinBand } from '#server/modules/economy/economy.rules.ts';
import {
  ks2015CarryOver,
  ks2015Indicators,
  ks2015NetSurplusInText,
  ks2015OperatingTable,
  ks2015Visningsenheten,
  mnkr,
} from './economy2015.printed.ts';

/** A finding in printed mnkr; the difference is printed − expected. */
const finding = (
  code: MismatchCode,
  path: string,
  expected: string,
  printed: string,
  kind: 'rounding' | 'error',
): Mismatch => ({
  code,
  path,
  expected: mnkr(expected),
  printed: mnkr(printed),
  difference: toMoney(toOre(mnkr(printed)) - toOre(mnkr(expected))),
  kind,
});

const found = checkTable(ks2015OperatingTable);
const at = (prefix: string) => found.filter((x) => x.path.startsWith(prefix));

describe('KS 2015’s operating table, checked (data/README.md issues 2-6)', () => {
  test('the transcription is a valid contract table of ten areas in mnkr with negative revenues', () => {
    expect(economyTable.parse(ks2015OperatingTable)).toEqual(ks2015OperatingTable);
    expect(ks2015OperatingTable.rows).toHaveLength(10);
    expect(formatMoney(toOre(ks2015OperatingTable.totals.net.budget))).toBe('1\u00a0405,3');
  });

  test('issue 2: Summa kostnader 1 866,1 / 1 967,0 / −100,9 against the rows’ 1 867,1 / 1 968,3 / −101,1', () => {
    expect(at('totals.costs')).toEqual([
      finding('total.sum_of_rows', 'totals.costs.budget', '1867,1', '1866,1', 'error'),
      finding('total.sum_of_rows', 'totals.costs.outcome', '1968,3', '1967,0', 'error'),
      finding('total.sum_of_rows', 'totals.costs.deviation', '-101,1', '-100,9', 'error'),
    ]);
  });

  test('issue 2: without Avskrivningar och internränta the rows give the printed cost totals, within rounding', () => {
    const withoutDepreciation = {
      ...ks2015OperatingTable,
      rows: ks2015OperatingTable.rows.filter((row) => row.area !== 'Avskrivningar och internränta'),
    };
    expect(
      checkTable(withoutDepreciation).filter((x) => x.path.startsWith('totals.costs')),
    ).toEqual([
      finding('total.sum_of_rows', 'totals.costs.outcome', '1967,1', '1967,0', 'rounding'),
    ]);
  });

  test('issue 3: Summa intäkter −460,9 against −461,8; −643,6 against −643,5; 181,5 against 181,7 and 182,7', () => {
    expect(at('totals.revenues')).toEqual([
      finding('total.sum_of_rows', 'totals.revenues.budget', '-461,8', '-460,9', 'error'),
      finding('total.sum_of_rows', 'totals.revenues.outcome', '-643,5', '-643,6', 'rounding'),
      finding('total.sum_of_rows', 'totals.revenues.deviation', '181,7', '181,5', 'error'),
      finding(
        'deviation.budget_minus_outcome',
        'totals.revenues.deviation',
        '182,7',
        '181,5',
        'error',
      ),
    ]);
  });

  test('issue 4: Summa netto is not built consistently from the rows nor from the other totals', () => {
    expect(at('totals.net')).toEqual([
      // outcome 1 323,4 = Summa kostnader + Summa intäkter, but the area nets sum to 1 324,8
      finding('total.sum_of_rows', 'totals.net.outcome', '1324,8', '1323,4', 'error'),
      finding('total.sum_of_rows', 'totals.net.deviation', '80,7', '80,6', 'rounding'),
      finding('deviation.budget_minus_outcome', 'totals.net.deviation', '81,9', '80,6', 'error'),
      // budget 1 405,3 = the area nets, but Summa kostnader + Summa intäkter = 1 405,2
      finding('net.costs_plus_revenues', 'totals.net.budget', '1405,2', '1405,3', 'rounding'),
    ]);
  });

  test('issue 4: the net deviation 80,6 is −100,9 + 181,5, and the text’s “nettoöverskott på 80,6”', () => {
    const { costs, revenues, net } = ks2015OperatingTable.totals;
    expect(toOre(costs.deviation) + toOre(revenues.deviation)).toBe(toOre(net.deviation));
    expect(
      checkStatedTwice([
        { path: 'economy.operating_table.totals.net.deviation', amount: net.deviation },
        { path: 'economy.operating_analysis.net_surplus', amount: ks2015NetSurplusInText },
      ]),
    ).toEqual([]);
  });

  test('issue 5: Totalt netto inkl investeringar 1 325,0 against 1 323,4 + 1,5 = 1 324,9; 81,1 against 1 407,3 − 1 325,0', () => {
    expect(at('totalInclInvestments')).toEqual([
      finding(
        'total_incl_investments.sum',
        'totalInclInvestments.outcome',
        '1324,9',
        '1325,0',
        'rounding',
      ),
      finding(
        'deviation.budget_minus_outcome',
        'totalInclInvestments.deviation',
        '82,3',
        '81,1',
        'error',
      ),
    ]);
    expect(at('investments')).toEqual([]);
  });

  test('issue 6: the rows differ by 0,1 at most, all rounding (SLK, Politisk organisation, Bidrag)', () => {
    expect(at('rows')).toEqual([
      finding(
        'deviation.budget_minus_outcome',
        'rows[0].costs.deviation',
        '-78,1',
        '-78,0',
        'rounding',
      ),
      finding(
        'deviation.budget_minus_outcome',
        'rows[0].net.deviation',
        '48,7',
        '48,8',
        'rounding',
      ),
      finding(
        'deviation.budget_minus_outcome',
        'rows[3].costs.deviation',
        '61,9',
        '61,8',
        'rounding',
      ),
      finding('net.costs_plus_revenues', 'rows[3].net.deviation', '63,2', '63,3', 'rounding'),
      finding(
        'deviation.budget_minus_outcome',
        'rows[5].costs.deviation',
        '10,5',
        '10,6',
        'rounding',
      ),
      finding(
        'deviation.budget_minus_outcome',
        'rows[5].net.deviation',
        '10,5',
        '10,6',
        'rounding',
      ),
    ]);
    expect(ks2015OperatingTable.rows[3]!.area).toBe('Politisk organisation');
    expect(ks2015OperatingTable.rows[5]!.area).toBe('Bidrag');
  });

  test('nothing else is found: 6 row findings, 11 in the totals, 2 in the total including investments', () => {
    expect(found).toHaveLength(19);
    expect(found.filter((x) => x.kind === 'error')).toHaveLength(9);
  });

  test('with no tolerance every one of them is an error', () => {
    expect(
      checkTable(ks2015OperatingTable, { tolerance: '0' }).every((x) => x.kind === 'error'),
    ).toBe(true);
  });
});

describe('KS 2015’s carry-over requests (issue 1)', () => {
  test('GS IT 2.0 is 27,7 in the report but 27,6 in the decision proposal', () => {
    expect(checkCarryOver(ks2015CarryOver, { tolerance: mnkr('0,1') })).toEqual([
      // 46,8 + 0,1 + 27,6 + 1,9 + 1,6 = 78,0, not the printed 78,1
      finding('carry_over.sum_of_decision_amounts', 'carryOver.total', '78,0', '78,1', 'rounding'),
      finding(
        'figure.stated_twice',
        'carryOver.requests[2].amountInDecision',
        '27,7',
        '27,6',
        'error',
      ),
    ]);
  });

  test('only the report’s 27,7 gives the printed total 78,1', () => {
    expect(carryOverTotal(ks2015CarryOver.requests)).toBe(toOre(ks2015CarryOver.total));
  });
});

describe('KS 2015’s Visningsenheten (issue 9)', () => {
  const v = ks2015Visningsenheten;
  // 2,2 carried forward = 10 % of the unit's budget, so the budget is about 22,0
  const impliedBudget = toMoney(
    (toOre(v.carriedForwardTo2016) * 100n) / BigInt(v.carriedForwardPercentOfBudget),
  );
  const fund = (surplusOwnAction: string) => ({
    year: 2015,
    turnover: impliedBudget,
    opening: v.accumulatedFromEarlierYears,
    surplusOwnAction,
    used: mnkr('0,0'),
    closing: v.carriedForwardTo2016,
  });

  test('the 2,2 carried forward is exactly the 10 % cap of an implied budget of 22,0', () => {
    expect(impliedBudget).toBe(mnkr('22,0'));
    expect(checkResultFund(fund(mnkr('0,0')))).toEqual([]);
  });

  test('had the 14,9 surplus gone to the fund, the closing fund and both caps would be flagged, not capped', () => {
    expect(checkResultFund(fund(v.surplus2015))).toEqual([
      finding('fund.closing', 'fund.closing', '17,1', '2,2', 'error'),
      finding('fund.yearly_cap_exceeded', 'fund.surplusOwnAction', '1,1', '14,9', 'error'),
      finding('fund.accumulated_cap_exceeded', 'fund.closing', '2,2', '17,1', 'error'),
    ]);
  });
});

describe('KS 2015’s budget adherence and forecast accuracy indicators', () => {
  const netBudget = toOre(ks2015OperatingTable.totals.net.budget);
  const netOutcome = toOre(ks2015OperatingTable.totals.net.outcome);

  test('outcome / budget of the printed Summa netto, 1 323,4 / 1 405,3, gives 94,17 %, and 94,2 % as printed “före”', () => {
    const value = budgetAdherence(netBudget, netOutcome)!;
    expect(percentString(value, 2)).toBe('94.17');
    expect(percentString(value, 1)).toBe(ks2015Indicators.budgetAdherenceBeforeTransfers.outcome);
    expect(percentString(value, 2)).not.toBe(
      ks2015Indicators.budgetAdherenceAfterTransfers.outcome,
    );
  });

  test('the printed “efter” 94,18 % comes from 1 323,4 / 1 405,2, the budget of Summa kostnader + Summa intäkter', () => {
    const { costs, revenues } = ks2015OperatingTable.totals;
    const budget = toOre(costs.budget) + toOre(revenues.budget);
    expect(percentString(budgetAdherence(budget, netOutcome)!, 2)).toBe('94.18');
  });

  test('within half a unit of 1 323,4 and 1 405,3 the ratio spans 94,17 % to 94,18 %, so both prints are possible', () => {
    const half = toOre(mnkr('0,05'));
    const low = ratio(netOutcome - half, netBudget + half)!;
    const high = ratio(netOutcome + half - 1n, netBudget - half)!;
    expect(percentString(low, 2)).toBe('94.17');
    expect(percentString(high, 2)).toBe('94.18');
  });

  test('forecast accuracy printed 1 % and −1 % lies on the edge of the ±1 % target, which counts as met', () => {
    expect(withinBand(ratio(1n, 100n)!)).toBe(true);
    expect(withinBand(ratio(-1n, 100n)!)).toBe(true);
    // the T2 forecast is not printed: 1 % of the net budget is 14,053 mnkr above the outcome
    expect(formatMoney(netBudget / 100n, { decimals: 3 })).toBe('14,053');
  });
});
