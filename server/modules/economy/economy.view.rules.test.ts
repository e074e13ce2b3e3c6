import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LineKind, SignConvention } from '#contracts/economy.ts';
import type { EconomyTable, PrintedFigures } from '#contracts/economy.printed.ts';
import { checkTable } from './checks/economy.checks.rules.ts';
import { toMoney } from './economy.money.ts';
import { ks2015OperatingTable, mnkr } from '../../../demo/economy2015.printed.ts';
import { computeTable, type TableInput, type ViewLine } from './economy.view.rules.ts';

/** A printed table (economy.checks.rules.ts) as the stored table it is transcribed into. */
function stored(table: EconomyTable): TableInput {
  const lines: ViewLine[] = [];
  const line = (areaId: string, kind: LineKind, printed: PrintedFigures): ViewLine => ({
    areaId,
    kind,
    originalBudget: null,
    adjustedBudget: printed.budget,
    outcome: printed.outcome,
    previousYearOutcome: null,
    printedDeviation: printed.deviation,
    forecasts: [],
    version: 1,
    updatedAt: null,
    updatedByName: null,
  });
  const kinds: LineKind[] = ['costs', 'revenues', 'net'];
  const areas: TableInput['areas'] = table.rows.map((row, index) => {
    for (const kind of kinds) lines.push(line(`row${index}`, kind, row[kind]));
    return {
      id: `row${index}`,
      name: row.area,
      kind: 'operating',
      // a sub-row's parent: the nearest area above that is not one
      parentId: row.subRow
        ? `row${table.rows.findLastIndex((r, i) => i < index && !r.subRow)}`
        : null,
      description: '',
    };
  });
  if (table.investments) {
    areas.push({
      id: 'inv',
      name: 'Investeringar',
      kind: 'investment',
      parentId: null,
      description: '',
    });
    for (const kind of kinds) lines.push(line('inv', kind, table.investments[kind]));
  }
  const total = (
    scope: 'operating' | 'including_investments',
    kind: LineKind,
    printed: PrintedFigures,
  ) => ({
    scope,
    kind,
    originalBudget: null,
    adjustedBudget: printed.budget,
    outcome: printed.outcome,
    previousYearOutcome: null,
    deviation: printed.deviation,
    version: 1,
  });
  return {
    convention: table.signConvention,
    unit: table.unit,
    decimals: table.decimals,
    areas,
    lines,
    printedTotals: [
      ...kinds.map((kind) => total('operating', kind, table.totals[kind])),
      ...(table.totalInclInvestments
        ? [total('including_investments', 'net', table.totalInclInvestments)]
        : []),
    ],
  };
}

const withoutPlace = <T extends { section: string; areaId: string | null; unitId: string | null }>(
  list: T[],
) => list.map(({ section: _s, areaId: _a, unitId: _u, ...rest }) => rest);

describe('the checks of a stored table', () => {
  test('find in KS 2015’s transcribed table exactly what checkTable finds in the printed one', () => {
    const { mismatches } = computeTable(stored(ks2015OperatingTable));
    expect(withoutPlace(mismatches)).toEqual(checkTable(ks2015OperatingTable));
  });

  test('find the same as checkTable on any complete table (property)', () => {
    const amount = fc
      .integer({ min: -5000, max: 5000 })
      .map((tenths) => toMoney(BigInt(tenths) * 10_000_000n));
    const printed = fc.record({ budget: amount, outcome: amount, deviation: amount });
    const area = fc.record({ costs: printed, revenues: printed, net: printed });
    const table = fc.record({
      signConvention: fc.constantFrom<SignConvention>('revenue_negative', 'revenue_positive'),
      rows: fc.array(
        fc
          .record({ area: fc.constant('x'), subRow: fc.boolean() })
          .chain((row) => area.map((figures) => ({ ...row, ...figures }))),
        { minLength: 1, maxLength: 6 },
      ),
      totals: area,
      investments: fc.option(area, { nil: undefined }),
      totalInclInvestments: fc.option(printed, { nil: undefined }),
    });
    fc.assert(
      fc.property(table, (generated) => {
        // the first row is never a sub-row: a "Varav" row needs an area above it
        const rows = generated.rows.map((row, i) => ({
          ...row,
          area: `Område ${i}`,
          subRow: i > 0 && row.subRow,
        }));
        const full: EconomyTable = { unit: 'mnkr', decimals: 1, ...generated, rows };
        if (!full.investments) delete full.investments;
        if (!full.totalInclInvestments) delete full.totalInclInvestments;
        expect(withoutPlace(computeTable(stored(full)).mismatches)).toEqual(checkTable(full));
      }),
      { numRuns: 200 },
    );
  });

  test('check only what is printed: without printed deviations and totals nothing is compared', () => {
    const input = stored(ks2015OperatingTable);
    const bare: TableInput = {
      ...input,
      lines: input.lines
        .filter((line) => line.kind !== 'net')
        .map((line) => ({ ...line, printedDeviation: null })),
      printedTotals: [],
    };
    const { mismatches, totals } = computeTable(bare);
    expect(mismatches).toEqual([]);
    // the totals are the sums of the rows, computed
    expect(totals.operating.net.computed.outcome).toBe(mnkr('1 324,8'));
  });

  test('place each mismatch: the area of a row, the totals, the total including investments', () => {
    const { mismatches, areas } = computeTable(stored(ks2015OperatingTable));
    const slk = mismatches.find((m) => m.path === 'rows[0].costs.deviation')!;
    expect([slk.section, slk.areaId]).toEqual(['area', areas[0]!.id]);
    expect(mismatches.find((m) => m.path === 'totals.net.outcome')!.section).toBe(
      'operating_total',
    );
    expect(mismatches.find((m) => m.path === 'totalInclInvestments.deviation')!.section).toBe(
      'including_investments',
    );
  });
});
