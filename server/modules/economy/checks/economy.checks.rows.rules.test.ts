import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LineKind, SignConvention } from '#contracts/economy.ts';
import type { EconomyTable, PrintedArea } from '#contracts/economy.printed.ts';
import { checkSubRows, checkTable } from './economy.checks.rules.ts';
import {
  checkStoredTable,
  type AreaAmounts,
  type CheckedArea,
  type StoredTableCheck,
} from './economy.checks.stored.rules.ts';
import { toMoney, toOre } from '../economy.money.ts';
import { computeTable, type TableInput, type ViewLine } from '../economy.view.rules.ts';
import { deviation, netOf } from '../economy.rules.ts';

/**
 * The checks of issue #10 item 6: every column (last year's outcome included), "Varav" rows
 * against their area, and rows printed without figures, which silence no total.
 */

const runs = { seed: 20151231, numRuns: 150 };
const kinds: readonly LineKind[] = ['costs', 'revenues', 'net'];
/** Whole tenths of a mnkr, as öre; `mn` as contract money. */
const tenths = (n: number | bigint) => BigInt(n) * 10_000_000n;
const mn = (n: number) => toMoney(tenths(n));

type Raw = { costs: [bigint, bigint, bigint]; revenues: [bigint, bigint, bigint] };

/** One area's amounts that agree: [budget, outcome, last year] of costs and revenues. */
function agreeing({ costs, revenues }: Raw, c: SignConvention): AreaAmounts {
  const line = (kind: LineKind, [budget, outcome, previousYearOutcome]: bigint[]) => ({
    budget: budget!,
    outcome: outcome!,
    deviation: deviation(kind, budget!, outcome!, c),
    previousYearOutcome: previousYearOutcome!,
  });
  const net = costs.map((x, i) => netOf(x, revenues[i]!, c));
  return {
    costs: line('costs', costs),
    revenues: line('revenues', revenues),
    net: line('net', net),
  };
}

const sumAreas = (areas: AreaAmounts[], c: SignConvention): AreaAmounts => {
  const column = (kind: 'costs' | 'revenues') =>
    [0, 1, 2].map((i) =>
      areas.reduce(
        (s, a) => s + [a[kind].budget!, a[kind].outcome!, a[kind].previousYearOutcome!][i]!,
        0n,
      ),
    ) as [bigint, bigint, bigint];
  return agreeing({ costs: column('costs'), revenues: column('revenues') }, c);
};

const asPrinted = (a: AreaAmounts): PrintedArea => {
  const line = (kind: LineKind) => ({
    budget: toMoney(a[kind].budget!),
    outcome: toMoney(a[kind].outcome!),
    deviation: toMoney(a[kind].deviation!),
    previousYearOutcome: toMoney(a[kind].previousYearOutcome!),
  });
  return { costs: line('costs'), revenues: line('revenues'), net: line('net') };
};

const none = () => ({ budget: null, outcome: null, deviation: null, previousYearOutcome: null });
const empty = (): AreaAmounts => ({ costs: none(), revenues: none(), net: none() });

/** A stored area: `shown` as given, its net line printed (so every column is checked). */
const stored = (areaId: string, shown: AreaAmounts, over: Partial<CheckedArea> = {}) => ({
  areaId,
  kind: 'operating' as const,
  subRow: false,
  shown,
  printed: { costs: none(), revenues: none(), net: shown.net },
  ...over,
});

const storedTable = (areas: CheckedArea[], total: AreaAmounts | null): StoredTableCheck => ({
  convention: 'revenue_negative',
  tolerance: tenths(1),
  areas,
  operatingTotal: total,
  computedOperatingTotal: empty(),
  includingInvestments: null,
});

const areaA = agreeing(
  { costs: [300n, 320n, 280n], revenues: [-50n, -60n, -40n] },
  'revenue_negative',
);
const areaB = agreeing({ costs: [180n, 186n, 170n], revenues: [0n, 0n, 0n] }, 'revenue_negative');

describe('a row printed without figures', () => {
  test('silences no total: the totals are checked over the rows that have figures, and the empty row is a finding', () => {
    const found = checkStoredTable(
      storedTable(
        [stored('a', areaA), stored('tom', empty()), stored('b', areaB)],
        sumAreas([areaA, areaB], 'revenue_negative'),
      ),
    );
    expect(found).toEqual([
      {
        code: 'row.without_figures',
        path: 'rows[1]',
        expected: '0.00',
        printed: '0.00',
        difference: '0.00',
        kind: 'error',
        section: 'area',
        areaId: 'tom',
        unitId: null,
      },
    ]);
  });

  test('a total printed with more than the rows with figures is found, with what it leaves for the empty row', () => {
    const total = sumAreas([areaA, areaB], 'revenue_negative');
    total.costs.outcome! += 12n;
    total.net.outcome! += 12n;
    const found = checkStoredTable(
      storedTable([stored('a', areaA), stored('tom', empty()), stored('b', areaB)], total),
    );
    expect(found.map((m) => [m.code, m.path, m.expected, m.printed])).toEqual([
      ['row.without_figures', 'rows[1]', '0.12', '0.00'],
      ['total.sum_of_rows', 'totals.costs.outcome', '5.06', '5.18'],
      ['total.sum_of_rows', 'totals.net.outcome', '4.46', '4.58'],
      ['deviation.budget_minus_outcome', 'totals.costs.deviation', '-0.38', '-0.26'],
      ['deviation.budget_minus_outcome', 'totals.net.deviation', '-0.28', '-0.16'],
    ]);
  });

  test('an empty "Varav" row is a finding too, but the total owes it nothing', () => {
    const total = sumAreas([areaA, areaB], 'revenue_negative');
    total.net.outcome! += 12n;
    const found = checkStoredTable(
      storedTable(
        [
          stored('a', areaA),
          stored('tom', empty()),
          stored('b', areaB),
          stored('varav', empty(), { subRow: true, parentId: 'b' }),
        ],
        total,
      ),
    );
    expect(found.map((m) => [m.code, m.path, m.expected])).toEqual([
      ['row.without_figures', 'rows[1]', '0.12'],
      ['row.without_figures', 'rows[3]', '0.00'],
      ['total.sum_of_rows', 'totals.net.outcome', '4.46'],
      ['deviation.budget_minus_outcome', 'totals.net.deviation', '-0.28'],
      ['net.costs_plus_revenues', 'totals.net.outcome', '4.46'],
    ]);
  });

  test('a row with costs but no revenues counts its costs as its net', () => {
    const costsOnly = areaB;
    const shown: AreaAmounts = { costs: costsOnly.costs, revenues: none(), net: none() };
    const printed = { costs: none(), revenues: none(), net: none() };
    const found = checkStoredTable(
      storedTable(
        [stored('a', areaA), stored('b', shown, { printed })],
        sumAreas([areaA, areaB], 'revenue_negative'),
      ),
    );
    expect(found).toEqual([]);
  });

  test('a table with no figures at all has no empty row to find', () => {
    expect(checkStoredTable(storedTable([stored('a', empty())], null))).toEqual([]);
  });

  test('emptying any one row of a consistent table gives exactly one finding, that row (property)', () => {
    const amount = fc.integer({ min: -9999, max: 9999 }).map(tenths);
    const triple = fc.tuple(amount, amount, amount);
    const scenario = fc.record({
      rows: fc.array(fc.record({ costs: triple, revenues: triple }), {
        minLength: 2,
        maxLength: 7,
      }),
      convention: fc.constantFrom<SignConvention>('revenue_negative', 'revenue_positive'),
      which: fc.nat(),
    });
    fc.assert(
      fc.property(scenario, ({ rows, convention, which }) => {
        const areas = rows.map((raw) => agreeing(raw, convention));
        const gone = which % areas.length;
        const total = sumAreas(
          areas.filter((_, i) => i !== gone),
          convention,
        );
        const input = {
          ...storedTable(
            areas.map((a, i) => stored(`r${i}`, i === gone ? empty() : a)),
            total,
          ),
          convention,
        };
        const found = checkStoredTable(input);
        expect(found.map((m) => [m.code, m.path, m.areaId])).toEqual([
          ['row.without_figures', `rows[${gone}]`, `r${gone}`],
        ]);
        // and with every row there, nothing (the total then includes the row again)
        const whole = {
          ...input,
          areas: areas.map((a, i) => stored(`r${i}`, a)),
          operatingTotal: sumAreas(areas, convention),
        };
        expect(checkStoredTable(whole)).toEqual([]);
      }),
      runs,
    );
  });
});

/** A printed table from agreeing areas, its totals their sums. */
function printedTable(areas: AreaAmounts[], c: SignConvention, subRows: number[] = []) {
  const table: EconomyTable = {
    unit: 'mnkr',
    decimals: 1,
    signConvention: c,
    rows: areas.map((a, i) => ({
      area: `Område ${i}`,
      subRow: subRows.includes(i),
      ...asPrinted(a),
    })),
    totals: asPrinted(
      sumAreas(
        areas.filter((_, i) => !subRows.includes(i)),
        c,
      ),
    ),
  };
  return table;
}

describe('last year’s outcome', () => {
  const a = agreeing(
    {
      costs: [tenths(315), tenths(342), tenths(330)],
      revenues: [tenths(-50), tenths(-56), tenths(-48)],
    },
    'revenue_negative',
  );
  const b = agreeing(
    { costs: [tenths(180), tenths(186), tenths(174)], revenues: [0n, 0n, 0n] },
    'revenue_negative',
  );

  test('is checked like the other columns: the rows’ nets and the totals', () => {
    const table = printedTable([a, b], 'revenue_negative');
    expect(checkTable(table)).toEqual([]);
    table.rows[1]!.net.previousYearOutcome = toMoney(tenths(175));
    table.totals.costs.previousYearOutcome = toMoney(tenths(500));
    expect(checkTable(table).map((m) => [m.code, m.path, m.expected, m.printed, m.kind])).toEqual([
      ['net.costs_plus_revenues', 'rows[1].net.previousYearOutcome', mn(174), mn(175), 'rounding'],
      ['total.sum_of_rows', 'totals.costs.previousYearOutcome', mn(504), mn(500), 'error'],
      ['total.sum_of_rows', 'totals.net.previousYearOutcome', mn(457), mn(456), 'rounding'],
      ['net.costs_plus_revenues', 'totals.net.previousYearOutcome', mn(452), mn(456), 'error'],
    ]);
  });

  test('a table that does not print it is checked as before', () => {
    const table = printedTable([a, b], 'revenue_negative');
    for (const row of [...table.rows, table.totals])
      for (const kind of kinds) delete row[kind].previousYearOutcome;
    table.rows[0]!.costs.outcome = toMoney(tenths(343));
    expect(checkTable(table).map((m) => m.path)).toEqual([
      'rows[0].costs.deviation',
      'rows[0].net.outcome',
      'totals.costs.outcome',
    ]);
  });
});

describe('properties over every column', () => {
  const amount = fc.integer({ min: -9999, max: 9999 }).map(tenths);
  const triple = fc.tuple(amount, amount, amount);
  const scenario = fc.record({
    rows: fc.array(fc.record({ costs: triple, revenues: triple }), { minLength: 1, maxLength: 6 }),
    convention: fc.constantFrom<SignConvention>('revenue_negative', 'revenue_positive'),
  });

  test('a table built consistently, last year’s outcome included, has no finding', () => {
    fc.assert(
      fc.property(scenario, ({ rows, convention }) => {
        const table = printedTable(
          rows.map((raw) => agreeing(raw, convention)),
          convention,
        );
        expect(checkTable(table)).toEqual([]);
      }),
      runs,
    );
  });

  test('changing any one figure of last year’s column by d is found, every finding off by ±d', () => {
    const cell = fc.record({
      where: fc.nat(),
      kind: fc.constantFrom<LineKind>('costs', 'revenues', 'net'),
      d: fc
        .integer({ min: -30, max: 30 })
        .filter((d) => d !== 0)
        .map(tenths),
    });
    fc.assert(
      fc.property(scenario, cell, ({ rows, convention }, { where, kind, d }) => {
        const table = printedTable(
          rows.map((raw) => agreeing(raw, convention)),
          convention,
        );
        const lines = [...table.rows, table.totals];
        const target = lines[where % lines.length]![kind];
        target.previousYearOutcome = toMoney(toOre(target.previousYearOutcome!) + d);
        const found = checkTable(table);
        expect(found.length).toBeGreaterThan(0);
        for (const mismatch of found) {
          expect(mismatch.path.endsWith('.previousYearOutcome')).toBe(true);
          expect([d, -d]).toContain(toOre(mismatch.difference));
        }
      }),
      runs,
    );
  });
});

describe('"Varav" rows against their area', () => {
  const c: SignConvention = 'revenue_negative';
  const parent = agreeing(
    {
      costs: [tenths(180), tenths(186), tenths(170)],
      revenues: [tenths(-20), tenths(-25), tenths(-18)],
    },
    c,
  );
  const part = (costs: number, revenues: number) =>
    agreeing(
      {
        costs: [tenths(costs), tenths(costs), tenths(costs)],
        revenues: [tenths(revenues), tenths(revenues), tenths(revenues)],
      },
      c,
    );

  test('parts within their area give nothing, a larger net or deviation included', () => {
    // no revenues of its own: its net 120 is more than the area's 161, and its deviation 0
    expect(checkSubRows(parent, [part(120, 0), part(40, -10)], 'rows[0]', tenths(1))).toEqual([]);
  });

  test('parts that together exceed their area are found at the area’s cell, in every column they exceed', () => {
    const found = checkSubRows(parent, [part(120, 0), part(62, -30)], 'rows[0]', tenths(1));
    expect(found.map((m) => [m.code, m.path, m.expected, m.printed, m.kind])).toEqual([
      ['sub_row.exceeds_parent', 'rows[0].costs.budget', mn(180), mn(182), 'error'],
      ['sub_row.exceeds_parent', 'rows[0].costs.previousYearOutcome', mn(170), mn(182), 'error'],
      ['sub_row.exceeds_parent', 'rows[0].revenues.budget', mn(-20), mn(-30), 'error'],
      ['sub_row.exceeds_parent', 'rows[0].revenues.outcome', mn(-25), mn(-30), 'error'],
      ['sub_row.exceeds_parent', 'rows[0].revenues.previousYearOutcome', mn(-18), mn(-30), 'error'],
    ]);
  });

  test('in a printed table, a sub-row is checked against the area above it, and left out of the totals', () => {
    const table = printedTable([parent, part(100, 0), areaToTenths(areaB)], c, [1]);
    expect(checkTable(table)).toEqual([]);
    table.rows[1] = { ...table.rows[1]!, ...asPrinted(part(190, 0)) };
    expect(checkTable(table).map((m) => [m.code, m.path])).toEqual([
      ['sub_row.exceeds_parent', 'rows[0].costs.budget'],
      ['sub_row.exceeds_parent', 'rows[0].costs.outcome'],
      ['sub_row.exceeds_parent', 'rows[0].costs.previousYearOutcome'],
    ]);
  });

  test('in a stored table, sub-rows are found by the area they name, and the finding sits on it', () => {
    const found = checkStoredTable(
      storedTable(
        [
          stored('a', parent),
          stored('other', areaB),
          stored('v', part(190, 0), { subRow: true, parentId: 'a' }),
        ],
        sumAreas([parent, areaB], c),
      ),
    );
    expect(found.map((m) => [m.code, m.path, m.areaId])).toEqual([
      ['sub_row.exceeds_parent', 'rows[0].costs.budget', 'a'],
      ['sub_row.exceeds_parent', 'rows[0].costs.outcome', 'a'],
      ['sub_row.exceeds_parent', 'rows[0].costs.previousYearOutcome', 'a'],
    ]);
  });

  test('a part raised past its area in one column is exactly one finding (property)', () => {
    const amount = fc.bigInt({ min: 1n, max: 9999n }).map(tenths);
    const scenario = fc.record({
      whole: fc.tuple(amount, amount, amount),
      share: fc.integer({ min: 0, max: 100 }),
      column: fc.constantFrom(0, 1, 2),
      over: fc.bigInt({ min: 1n, max: 50n }).map(tenths),
    });
    fc.assert(
      fc.property(scenario, ({ whole, share, column, over }) => {
        const zero: [bigint, bigint, bigint] = [0n, 0n, 0n];
        const area = agreeing({ costs: whole, revenues: zero }, c);
        const parts = whole.map((x) => (x * BigInt(share)) / 100n) as [bigint, bigint, bigint];
        const sub = agreeing({ costs: parts, revenues: zero }, c);
        expect(checkSubRows(area, [sub], 'rows[0]', tenths(1))).toEqual([]);
        const raised = [...whole] as [bigint, bigint, bigint];
        raised[column] = whole[column]! + over;
        const found = checkSubRows(
          area,
          [agreeing({ costs: raised, revenues: zero }, c)],
          'rows[0]',
          tenths(1),
        );
        const field = (['budget', 'outcome', 'previousYearOutcome'] as const)[column];
        expect(found.map((m) => [m.code, m.path, m.difference])).toEqual([
          ['sub_row.exceeds_parent', `rows[0].costs.${field}`, toMoney(over)],
        ]);
      }),
      runs,
    );
  });
});

/** An area of whole öre as one of whole tenths of a mnkr (the printed precision). */
function areaToTenths(a: AreaAmounts): AreaAmounts {
  const scale = (x: bigint | null | undefined) =>
    x === null || x === undefined ? null : tenths(x);
  const line = (kind: LineKind) => ({
    budget: scale(a[kind].budget),
    outcome: scale(a[kind].outcome),
    deviation: scale(a[kind].deviation),
    previousYearOutcome: scale(a[kind].previousYearOutcome),
  });
  return { costs: line('costs'), revenues: line('revenues'), net: line('net') };
}

describe('the original budget beside the adjusted one (a stored table)', () => {
  const line = (
    areaId: string,
    kind: 'costs' | 'revenues',
    originalBudget: number,
    adjustedBudget: number | null,
  ): ViewLine => ({
    areaId,
    kind,
    originalBudget: mn(originalBudget),
    adjustedBudget: adjustedBudget === null ? null : mn(adjustedBudget),
    outcome: mn(0),
    previousYearOutcome: null,
    printedDeviation: null,
    forecasts: [],
    version: 1,
    updatedAt: null,
    updatedByName: null,
  });
  const total = (originalBudget: number, adjustedBudget: number | null) => ({
    scope: 'operating' as const,
    kind: 'costs' as const,
    originalBudget: mn(originalBudget),
    adjustedBudget: adjustedBudget === null ? null : mn(adjustedBudget),
    outcome: mn(0),
    previousYearOutcome: null,
    deviation: null,
    version: 1,
  });
  const input = (printed: ReturnType<typeof total>): TableInput => ({
    convention: 'revenue_negative',
    unit: 'mnkr',
    decimals: 1,
    areas: ['a', 'b'].map((id) => ({
      id,
      name: id,
      kind: 'operating',
      parentId: null,
      description: '',
    })),
    // a: budget 100, adjusted to 110; b: budget 50 only, which is also what it is compared with
    lines: [line('a', 'costs', 100, 110), line('b', 'costs', 50, null)],
    printedTotals: [printed],
  });
  const found = (printed: ReturnType<typeof total>) =>
    computeTable(input(printed)).mismatches.map((m) => [m.path, m.expected, m.printed]);

  test('is summed like the other columns when the total prints both', () => {
    expect(found(total(150, 160))).toEqual([]);
    expect(found(total(151, 160))).toEqual([['totals.costs.originalBudget', mn(150), mn(151)]]);
  });

  test('is not checked twice where it is the budget compared with', () => {
    expect(found(total(161, null))).toEqual([['totals.costs.budget', mn(160), mn(161)]]);
  });
});
