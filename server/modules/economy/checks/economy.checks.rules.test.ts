import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type SignConvention } from '#contracts/economy.ts';
import {
  economyTable,
  type EconomyTable,
  type PrintedArea,
  type PrintedFigures,
} from '#contracts/economy.printed.ts';
import {
  checkCarryOver,
  checkResultFund,
  checkStatedTwice,
  checkTable,
  classify,
} from './economy.checks.rules.ts';
import { parseAmountOrThrow, sumOre, toMoney, toOre } from '../economy.money.ts';
import { deviation, netOf } from '../economy.rules.ts';

const mnkr = (printed: string) => toMoney(parseAmountOrThrow(printed, 'mnkr'));
const runs = { seed: 20151231, numRuns: 200 };

interface Raw {
  costs: [bigint, bigint];
  revenues: [bigint, bigint];
}

const line = (kind: 'costs' | 'revenues' | 'net', [b, o]: [bigint, bigint], c: SignConvention) => ({
  budget: toMoney(b),
  outcome: toMoney(o),
  deviation: toMoney(deviation(kind, b, o, c)),
});

/** An area whose printed figures all agree. */
function consistentArea({ costs, revenues }: Raw, c: SignConvention): PrintedArea {
  const net: [bigint, bigint] = [netOf(costs[0], revenues[0], c), netOf(costs[1], revenues[1], c)];
  return {
    costs: line('costs', costs, c),
    revenues: line('revenues', revenues, c),
    net: line('net', net, c),
  };
}

/** A table whose printed figures all agree: rows, their totals, investments, the grand total. */
function consistentTable(
  rows: Raw[],
  c: SignConvention,
  investments: Raw = { costs: [0n, 0n], revenues: [0n, 0n] },
): EconomyTable {
  const total = (kind: 'costs' | 'revenues', i: 0 | 1) => sumOre(rows.map((row) => row[kind][i]));
  const totals = consistentArea(
    {
      costs: [total('costs', 0), total('costs', 1)],
      revenues: [total('revenues', 0), total('revenues', 1)],
    },
    c,
  );
  const invested = consistentArea(investments, c);
  const grand = (column: keyof PrintedFigures) =>
    toMoney(toOre(totals.net[column]) + toOre(invested.net[column]));
  return {
    unit: 'mnkr',
    decimals: 1,
    signConvention: c,
    rows: rows.map((row, index) => ({ area: `Område ${index + 1}`, ...consistentArea(row, c) })),
    totals,
    investments: invested,
    totalInclInvestments: {
      budget: grand('budget'),
      outcome: grand('outcome'),
      deviation: grand('deviation'),
    },
  };
}

const m = (printed: string) => parseAmountOrThrow(printed, 'mnkr');
/** domain.md §3.3's illustrative areas, revenues positive. */
const illustrative: Raw[] = [
  { costs: [m('31,5'), m('34,2')], revenues: [m('5,0'), m('5,6')] },
  { costs: [m('18,0'), m('18,6')], revenues: [m('0,0'), m('0,0')] },
];
const negativeIllustrative: Raw[] = illustrative.map((row) => ({
  costs: row.costs,
  revenues: [-row.revenues[0], -row.revenues[1]],
}));

describe('checking an operating table', () => {
  test('a table whose figures agree has no mismatch, in either sign convention', () => {
    expect(checkTable(consistentTable(illustrative, 'revenue_positive'))).toEqual([]);
    expect(checkTable(consistentTable(negativeIllustrative, 'revenue_negative'))).toEqual([]);
  });

  test('a printed deviation that is not budget − outcome is listed with both numbers', () => {
    const table = consistentTable(illustrative, 'revenue_positive');
    table.rows[0]!.costs.deviation = mnkr('-2,8');
    expect(checkTable(table)).toContainEqual({
      code: 'deviation.budget_minus_outcome',
      path: 'rows[0].costs.deviation',
      expected: mnkr('-2,7'),
      printed: mnkr('-2,8'),
      difference: mnkr('-0,1'),
      kind: 'rounding',
    });
  });

  test('with positive revenues a revenue deviation printed as budget − outcome is an error', () => {
    const table = consistentTable(illustrative, 'revenue_positive');
    table.rows[0]!.revenues.deviation = mnkr('-0,6');
    expect(checkTable(table)).toContainEqual({
      code: 'deviation.budget_minus_outcome',
      path: 'rows[0].revenues.deviation',
      expected: mnkr('0,6'),
      printed: mnkr('-0,6'),
      difference: mnkr('-1,2'),
      kind: 'error',
    });
  });

  test('a net that is not costs + revenues is listed per column', () => {
    const table = consistentTable(illustrative, 'revenue_positive');
    table.rows[1]!.net.outcome = mnkr('18,0');
    const found = checkTable(table).filter((x) => x.code === 'net.costs_plus_revenues');
    expect(found).toEqual([
      {
        code: 'net.costs_plus_revenues',
        path: 'rows[1].net.outcome',
        expected: mnkr('18,6'),
        printed: mnkr('18,0'),
        difference: mnkr('-0,6'),
        kind: 'error',
      },
    ]);
  });

  test('a printed total that is not the sum of its rows is listed per column', () => {
    const table = consistentTable(illustrative, 'revenue_positive');
    table.totals.costs.outcome = mnkr('51,8');
    expect(checkTable(table)).toContainEqual({
      code: 'total.sum_of_rows',
      path: 'totals.costs.outcome',
      expected: mnkr('52,8'),
      printed: mnkr('51,8'),
      difference: mnkr('-1,0'),
      kind: 'error',
    });
  });

  test('"Varav" sub-rows are checked on their own but left out of the totals', () => {
    const table = consistentTable(illustrative, 'revenue_positive');
    const subRow = consistentArea(
      { costs: [m('4,0'), m('4,2')], revenues: [0n, 0n] },
      'revenue_positive',
    );
    table.rows.push({ area: 'Varav B1', subRow: true, ...subRow });
    expect(checkTable(table)).toEqual([]);
    table.rows[2]!.costs.deviation = mnkr('0,0');
    // its own deviation, and its net deviation that no longer is costs + revenues
    expect(checkTable(table).map((x) => x.path)).toEqual([
      'rows[2].costs.deviation',
      'rows[2].net.deviation',
    ]);
  });

  test('the total including investments must be net operations + net investments', () => {
    const table = consistentTable(negativeIllustrative, 'revenue_negative', {
      costs: [m('2,0'), m('1,5')],
      revenues: [0n, 0n],
    });
    expect(checkTable(table)).toEqual([]);
    table.totalInclInvestments!.outcome = mnkr('48,8');
    expect(checkTable(table)).toEqual([
      {
        code: 'total_incl_investments.sum',
        path: 'totalInclInvestments.outcome',
        expected: mnkr('48,7'),
        printed: mnkr('48,8'),
        difference: mnkr('0,1'),
        kind: 'rounding',
      },
      {
        code: 'deviation.budget_minus_outcome',
        path: 'totalInclInvestments.deviation',
        expected: mnkr('-2,3'),
        printed: mnkr('-2,2'),
        difference: mnkr('0,1'),
        kind: 'rounding',
      },
    ]);
  });

  test('a table without investments is checked without them', () => {
    const table = consistentTable(illustrative, 'revenue_negative');
    delete table.investments;
    delete table.totalInclInvestments;
    expect(checkTable(table)).toEqual([]);
  });

  test('the tolerance defaults to one unit of the last printed decimal and can be set', () => {
    const table = consistentTable(illustrative, 'revenue_positive');
    table.rows[0]!.costs.deviation = mnkr('-2,8');
    expect(checkTable(table)[0]!.kind).toBe('rounding');
    expect(checkTable(table, { tolerance: '0' })[0]!.kind).toBe('error');
    expect(checkTable({ ...table, decimals: 2 })[0]!.kind).toBe('error');
    expect(checkTable(table, { tolerance: mnkr('0,5') })[0]!.kind).toBe('rounding');
  });

  test('a difference within the tolerance is rounding, beyond it an error', () => {
    expect(classify(10n, 10n)).toBe('rounding');
    expect(classify(-10n, 10n)).toBe('rounding');
    expect(classify(11n, 10n)).toBe('error');
    expect(classify(-11n, 10n)).toBe('error');
  });

  test('the generated tables are valid contract tables', () => {
    expect(economyTable.safeParse(consistentTable(illustrative, 'revenue_positive')).success).toBe(
      true,
    );
  });
});

describe('checking a result fund', () => {
  const fund = {
    year: 2015,
    turnover: mnkr('190,0'),
    opening: mnkr('6,7'),
    surplusOwnAction: mnkr('0,8'),
    used: mnkr('1,9'),
    closing: mnkr('5,6'),
  };

  test('a printed closing fund that agrees and caps that hold give nothing', () => {
    expect(checkResultFund(fund)).toEqual([]);
    expect(checkResultFund({ ...fund, closing: null })).toEqual([]);
  });

  test('a printed closing fund that is not opening + surplus − used is listed', () => {
    expect(checkResultFund({ ...fund, closing: mnkr('5,7') }, { tolerance: mnkr('0,1') })).toEqual([
      {
        code: 'fund.closing',
        path: 'fund.closing',
        expected: mnkr('5,6'),
        printed: mnkr('5,7'),
        difference: mnkr('0,1'),
        kind: 'rounding',
      },
    ]);
  });

  test('cap breaches are listed with the cap as expected and the amount as printed', () => {
    const found = checkResultFund(
      { ...fund, surplusOwnAction: mnkr('15,0'), closing: null },
      { path: 'resultUnits[0]' },
    );
    expect(found).toEqual([
      {
        code: 'fund.yearly_cap_exceeded',
        path: 'resultUnits[0].surplusOwnAction',
        expected: mnkr('9,5'),
        printed: mnkr('15,0'),
        difference: mnkr('5,5'),
        kind: 'error',
      },
      {
        code: 'fund.accumulated_cap_exceeded',
        path: 'resultUnits[0].closing',
        expected: mnkr('19,0'),
        printed: mnkr('19,8'),
        difference: mnkr('0,8'),
        kind: 'error',
      },
    ]);
  });

  test('an overdrawn fund is listed against zero', () => {
    expect(checkResultFund({ ...fund, used: mnkr('8,0'), closing: null })).toEqual([
      expect.objectContaining({ code: 'fund.overdrawn', expected: '0.00', printed: mnkr('-0,5') }),
    ]);
  });
});

describe('checking figures stated more than once', () => {
  test('every statement that differs from the first is listed against it', () => {
    const found = checkStatedTwice([
      { path: 'report.surplus', amount: mnkr('80,6') },
      { path: 'text.surplus', amount: mnkr('80,6') },
      { path: 'summary.surplus', amount: mnkr('80,7') },
    ]);
    expect(found).toEqual([
      {
        code: 'figure.stated_twice',
        path: 'summary.surplus',
        expected: mnkr('80,6'),
        printed: mnkr('80,7'),
        difference: mnkr('0,1'),
        kind: 'error',
      },
    ]);
  });

  test('a restatement differs by rounding only when a restatement tolerance is given', () => {
    const statements = [
      { path: 'a', amount: '27650000' },
      { path: 'b', amount: mnkr('27,7') },
    ];
    expect(checkStatedTwice(statements)[0]!.kind).toBe('error');
    expect(checkStatedTwice(statements, { restatementTolerance: mnkr('0,05') })[0]!.kind).toBe(
      'rounding',
    );
    expect(checkStatedTwice([])).toEqual([]);
    expect(checkStatedTwice(statements.slice(0, 1))).toEqual([]);
  });
});

describe('checking carry-over requests', () => {
  const request = (amount: string, amountInDecision: string | null) => ({
    fromYear: 2015,
    toYear: 2016,
    amount: mnkr(amount),
    purpose: 'projekt',
    category: 'unfinished_project' as const,
    decisionRef: '3',
    amountInDecision: amountInDecision === null ? null : mnkr(amountInDecision),
  });

  test('a total that is not the sum of the requests is listed', () => {
    const found = checkCarryOver({
      total: mnkr('3,0'),
      requests: [request('1,0', null), request('1,5', null)],
    });
    expect(found).toEqual([
      {
        code: 'carry_over.sum_of_items',
        path: 'carryOver.total',
        expected: mnkr('2,5'),
        printed: mnkr('3,0'),
        difference: mnkr('0,5'),
        kind: 'error',
      },
    ]);
  });

  test('the decision amounts are summed only when every request has one', () => {
    const found = checkCarryOver({
      total: mnkr('2,5'),
      requests: [request('1,0', '1,1'), request('1,5', null)],
    });
    expect(found.map((x) => [x.code, x.path])).toEqual([
      ['figure.stated_twice', 'carryOver.requests[0].amountInDecision'],
    ]);
  });
});

describe('properties of the checks', () => {
  // whole tenths of a mnkr up to ±100 000 mnkr, as a table printed with one decimal
  const amount = fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }).map((x) => x * 10_000_000n);
  const raw: fc.Arbitrary<Raw> = fc.record({
    costs: fc.tuple(amount, amount),
    revenues: fc.tuple(amount, amount),
  });
  const scenario = fc.record({
    rows: fc.array(raw, { minLength: 1, maxLength: 8 }),
    investments: raw,
    convention: fc.constantFrom<SignConvention>('revenue_negative', 'revenue_positive'),
  });

  test('a table built consistently from any rows has no mismatch', () => {
    fc.assert(
      fc.property(scenario, ({ rows, investments, convention }) => {
        expect(checkTable(consistentTable(rows, convention, investments))).toEqual([]);
      }),
      runs,
    );
  });

  test('changing any one printed cell by d is found, every finding off by ±d and classed by |d|', () => {
    const cell = fc.record({
      where: fc.nat(),
      kind: fc.constantFrom<'costs' | 'revenues' | 'net'>('costs', 'revenues', 'net'),
      column: fc.constantFrom<keyof PrintedFigures>('budget', 'outcome', 'deviation'),
      d: fc
        .bigInt({ min: -30n, max: 30n })
        .filter((d) => d !== 0n)
        .map((d) => d * 1_000_000n),
    });
    fc.assert(
      fc.property(
        scenario,
        cell,
        ({ rows, investments, convention }, { where, kind, column, d }) => {
          const table = consistentTable(rows, convention, investments);
          const areas = [...table.rows, table.totals, table.investments!];
          const target = areas[where % areas.length]![kind];
          target[column] = toMoney(toOre(target[column]) + d);
          const found = checkTable(table);
          expect(found.length).toBeGreaterThan(0);
          const magnitude = d < 0n ? -d : d;
          for (const mismatch of found) {
            const difference = toOre(mismatch.difference);
            expect(difference === d || difference === -d).toBe(true);
            expect(mismatch.kind).toBe(magnitude <= 10_000_000n ? 'rounding' : 'error');
          }
        },
      ),
      runs,
    );
  });
});
