import { describe, expect, test } from 'vitest';
import type {
  ComputedLine,
  EconomyAreaView,
  EconomyLineView,
  EconomyMismatch,
  EconomyView,
  LineKind,
} from '#contracts/economy.ts';
import { signConventionFormulas } from '#contracts/economy.ts';
import { flagsAt, forecastOf, placeMismatch, tableGroups } from './economy.rows.ts';

const computed = (budget: string | null, outcome: string | null): ComputedLine => ({
  figures: {
    originalBudget: null,
    adjustedBudget: budget,
    outcome,
    forecasts: [],
    previousYearOutcome: null,
  },
  computed: {
    base: budget === null ? null : 'adjustedBudget',
    budget,
    outcome,
    deviation: null,
    forecastDeviations: [],
    yearOnYear: null,
  },
});

const lineView = (kind: LineKind): EconomyLineView => ({
  kind,
  stored: null,
  ...computed('1.00', '2.00'),
  version: 1,
  updatedAt: null,
  updatedByName: null,
});

const area = (
  id: string,
  name: string,
  kind: EconomyAreaView['kind'] = 'operating',
  partOf: string | null = null,
): EconomyAreaView => ({
  id,
  name,
  kind,
  partOf,
  description: '',
  lines: { costs: lineView('costs'), revenues: lineView('revenues'), net: lineView('net') },
});

const ids = {
  slk: '00000000-0000-4000-8000-000000000001',
  sub: '00000000-0000-4000-8000-000000000002',
  inv: '00000000-0000-4000-8000-000000000003',
  proj: '00000000-0000-4000-8000-000000000004',
  fund: '00000000-0000-4000-8000-000000000005',
};

const found = (over: Partial<EconomyMismatch>): EconomyMismatch => ({
  code: 'deviation.budget_minus_outcome',
  path: 'rows[0].costs.deviation',
  expected: '-78100000.00',
  printed: '-78000000.00',
  difference: '100000.00',
  kind: 'rounding',
  section: 'area',
  areaId: ids.slk,
  unitId: null,
  ...over,
});

const totals = {
  costs: computed(null, null),
  revenues: computed(null, null),
  net: computed(null, null),
};

function view(areas: EconomyAreaView[], mismatches: EconomyMismatch[]): EconomyView {
  return {
    unit: { id: ids.fund, name: 'Kommunstyrelsen', isResultUnit: false },
    year: 2015,
    periods: [],
    settings: {
      title: '',
      signConvention: 'revenue_negative',
      unit: 'mnkr',
      decimals: 1,
      version: 1,
    },
    formulas: signConventionFormulas.revenue_negative,
    areas,
    totals: { operating: totals, investments: totals, includingInvestments: computed(null, null) },
    printedTotals: [],
    disposition: [],
    yearComparison: [],
    resultFunds: [],
    carryOvers: { printedTotal: null, total: '0.00', requests: [], version: 0 },
    mismatches,
    may: { write: false, model: false },
  };
}

describe('where a finding sits', () => {
  test('an area’s finding is on its line and column', () => {
    expect(placeMismatch(found({}))).toEqual({
      on: 'row',
      row: `area:${ids.slk}:costs`,
      column: 'deviation',
    });
    expect(
      placeMismatch(
        found({ path: 'investments.net.budget', section: 'investments', areaId: ids.inv }),
      ),
    ).toEqual({ on: 'row', row: `area:${ids.inv}:net`, column: 'budget' });
  });

  test('the totals’ findings are on Summa drift and Totalt netto inkl investeringar', () => {
    expect(
      placeMismatch(
        found({ path: 'totals.revenues.outcome', section: 'operating_total', areaId: null }),
      ),
    ).toEqual({ on: 'row', row: 'operating:revenues', column: 'outcome' });
    expect(
      placeMismatch(
        found({
          path: 'totalInclInvestments.deviation',
          section: 'including_investments',
          areaId: null,
        }),
      ),
    ).toEqual({ on: 'row', row: 'including:net', column: 'deviation' });
  });

  test('a disposition row’s finding is on its row and column; the statements’ on their row', () => {
    const at = (path: string, section: EconomyMismatch['section']) =>
      placeMismatch(found({ path, section, areaId: null }));
    expect(at('disposition.result_after_disposition.outcome', 'disposition')).toEqual({
      on: 'disposition',
      row: 'result_after_disposition',
      column: 'outcome',
    });
    expect(at('investmentAccount.rows[5].outcome', 'investment_account')).toEqual({
      on: 'statement',
      table: 'investment_account',
      row: 5,
    });
    expect(at('balanceSheet.rows[3].change', 'balance_sheet')).toEqual({
      on: 'statement',
      table: 'balance_sheet',
      row: 3,
    });
  });

  test('a fund’s finding names its unit; a carry-over finding its request', () => {
    expect(
      placeMismatch(
        found({ path: 'resultFunds[0].closing', section: 'result_fund', unitId: ids.fund }),
      ),
    ).toEqual({ on: 'fund', unitId: ids.fund });
    expect(
      placeMismatch(
        found({ path: 'carryOver.requests[2].amountInDecision', section: 'carry_over' }),
      ),
    ).toEqual({ on: 'carry_over', request: 2 });
    expect(placeMismatch(found({ path: 'carryOver.total', section: 'carry_over' }))).toEqual({
      on: 'carry_over',
      request: null,
    });
  });
});

describe('the table in print order', () => {
  const areas = [
    area(ids.proj, 'Koncerngemensamt ekonomisystem', 'large_project'),
    area(ids.slk, 'SLK'),
    area(ids.sub, 'Varav B1', 'operating', ids.slk),
    area(ids.inv, 'Investeringar', 'investment'),
  ];

  test('operating areas, Summa drift, investments, the total incl. investments, then large projects', () => {
    const groups = tableGroups(view(areas, []));
    expect(groups.map((g) => [g.kind, g.name])).toEqual([
      ['operating', 'SLK'],
      ['operating', 'Varav B1'],
      ['operating_total', null],
      ['investment', 'Investeringar'],
      ['including', null],
      ['project', 'Koncerngemensamt ekonomisystem'],
    ]);
    expect(groups[1]!.partOfName).toBe('SLK');
    expect(groups[0]!.rows.map((r) => r.kind)).toEqual(['costs', 'revenues', 'net']);
    expect(groups[4]!.rows.map((r) => r.kind)).toEqual(['net']);
  });

  test('each finding is flagged on its row with its number in the list of findings', () => {
    const list = [
      found({ path: 'carryOver.total', section: 'carry_over', areaId: null }),
      found({}),
      found({
        path: 'totals.costs.budget',
        section: 'operating_total',
        areaId: null,
        kind: 'error',
      }),
    ];
    const groups = tableGroups(view(areas, list));
    const slkCosts = groups[0]!.rows[0]!;
    expect(slkCosts.flags.map((f) => f.index)).toEqual([1]);
    expect(flagsAt(slkCosts, 'deviation')).toHaveLength(1);
    expect(flagsAt(slkCosts, 'outcome')).toHaveLength(0);
    const sumCosts = groups[2]!.rows[0]!;
    expect(flagsAt(sumCosts, 'budget').map((f) => f.mismatch.kind)).toEqual(['error']);
    expect(groups.flatMap((g) => g.rows).flatMap((r) => r.flags)).toHaveLength(2);
  });

  test('a large project without figures is left out of the table (it is a text)', () => {
    const empty = area(ids.proj, 'Koncerngemensamt ekonomisystem', 'large_project');
    for (const kind of ['costs', 'revenues', 'net'] as const)
      empty.lines[kind] = { ...empty.lines[kind], ...computed(null, null) };
    const groups = tableGroups(view([area(ids.slk, 'SLK'), empty], []));
    expect(groups.map((g) => g.kind)).toEqual(['operating', 'operating_total']);
  });

  test('without investments there is no total including them', () => {
    const groups = tableGroups(view([area(ids.slk, 'SLK')], []));
    expect(groups.map((g) => g.kind)).toEqual(['operating', 'operating_total']);
  });

  test('a forecast is found by its period', () => {
    const figures = {
      ...computed('1.00', '2.00').figures,
      forecasts: [{ period: 'T2', amount: '781200000.00' }],
    };
    expect(forecastOf(figures, 'T2')).toBe('781200000.00');
    expect(forecastOf(figures, 'T1')).toBeNull();
  });

  test('a finding in last year’s column is on that column; a row without figures on its net row', () => {
    expect(
      placeMismatch(found({ path: 'totals.net.previousYearOutcome', section: 'operating_total' })),
    ).toEqual({ on: 'row', row: 'operating:net', column: 'previousYearOutcome' });
    expect(
      placeMismatch(found({ code: 'sub_row.exceeds_parent', path: 'rows[0].costs.outcome' })),
    ).toEqual({ on: 'row', row: `area:${ids.slk}:costs`, column: 'outcome' });
    const empty = found({ code: 'row.without_figures', path: 'rows[1]', areaId: ids.sub });
    expect(placeMismatch(empty)).toEqual({ on: 'row', row: `area:${ids.sub}:net`, column: null });
  });
});
