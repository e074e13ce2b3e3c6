import { describe, expect, test } from 'vitest';
import type { EconomySheet, SheetFund } from '../sheet/economy.sheet.rules.ts';
import { auditAfter, auditBefore } from './economy.import.audit.rules.ts';
import { planImport } from './economy.import.rules.ts';
import { amounts, area, fund as blankFund, sheet } from './economy.import.testing.ts';

const fund = (over: Partial<SheetFund> = {}) =>
  blankFund({ closing: '2000000.00', closingShareOfBase: '10', ...over });

const file = { format: 'xlsx', sha256: 'ab'.repeat(32) };
const audit = (old: EconomySheet, next: EconomySheet) => {
  const plan = planImport(old, next);
  return { before: auditBefore(old, plan), after: auditAfter(next, plan, file) };
};

describe('the audit entry of an economy import', () => {
  test('of the same file again holds the file and nothing it changed', () => {
    const { before, after } = audit(sheet(), sheet());
    expect(before).toEqual({
      settings: undefined,
      areas: undefined,
      lineColumns: expect.any(Array),
      lines: [],
      deletedAreas: [],
      totals: [],
      carryOvers: undefined,
      funds: [],
    });
    expect(after).toMatchObject({ source: 'import', ...file, lines: [], removedLines: [] });
  });

  test('keeps a changed line as one row of its columns, before and after, forecasts by period', () => {
    const next = sheet({
      areas: [
        area('Äldreomsorg', {
          lines: { costs: amounts('95.00', [['T2', '97.00']]), revenues: amounts('-10.00') },
        }),
        area('Skola'),
      ],
    });
    const { before, after } = audit(sheet(), next);
    expect(before.lineColumns).toEqual([
      'area',
      'kind',
      'originalBudget',
      'adjustedBudget',
      'outcome',
      'previousYearOutcome',
      'printedDeviation',
      'forecasts',
    ]);
    expect(before.lines).toEqual([
      ['Äldreomsorg', 'costs', '100.00', null, '90.00', null, null, null],
    ]);
    expect(after.lines).toEqual([
      ['Äldreomsorg', 'costs', '100.00', null, '95.00', null, null, { T2: '97.00' }],
    ]);
    // the structure did not change, so it is not repeated
    expect([before.areas, after.areas]).toEqual([undefined, undefined]);
  });

  test('an emptied line is kept before and named as removed after; a new one only after', () => {
    const next = sheet({
      areas: [
        area('Äldreomsorg', { lines: { costs: amounts('90.00') } }),
        area('Skola', { lines: { ...area('Skola').lines, net: amounts('80.00') } }),
      ],
    });
    const { before, after } = audit(sheet(), next);
    expect(before.lines).toEqual([
      ['Äldreomsorg', 'revenues', '100.00', null, '-10.00', null, null, null],
    ]);
    expect(after.removedLines).toEqual([['Äldreomsorg', 'revenues']]);
    expect(after.lines).toEqual([['Skola', 'net', '100.00', null, '80.00', null, null, null]]);
  });

  test('an area the file leaves out is kept whole before, and the new structure after without lines', () => {
    const { before, after } = audit(sheet(), sheet({ areas: [area('Äldreomsorg')] }));
    expect(before.deletedAreas).toEqual([
      {
        name: 'Skola',
        lines: [
          ['Skola', 'costs', '100.00', null, '90.00', null, null, null],
          ['Skola', 'revenues', '100.00', null, '-10.00', null, null, null],
        ],
      },
    ]);
    expect(before.areas?.map((a) => a.name)).toEqual(['Äldreomsorg', 'Skola']);
    expect(after.areas).toEqual([
      { name: 'Äldreomsorg', kind: 'operating', partOf: null, description: '' },
    ]);
    expect(after.removedLines).toEqual([]);
  });

  test('a printed total keeps its amounts by name, and one that was not there is null before', () => {
    const total = amounts('180.00', [['T2', '185.00']]);
    const { before, after } = audit(sheet(), sheet({ totals: { operating: { costs: total } } }));
    expect(before.totals).toEqual([{ scope: 'operating', kind: 'costs', amounts: null }]);
    expect(after.totals).toEqual([
      {
        scope: 'operating',
        kind: 'costs',
        amounts: {
          originalBudget: '100.00',
          adjustedBudget: null,
          outcome: '180.00',
          previousYearOutcome: null,
          printedDeviation: null,
          forecasts: { T2: '185.00' },
        },
      },
    ]);
    const removed = audit(sheet({ totals: { operating: { costs: total } } }), sheet());
    expect(removed.after.totals).toEqual([{ scope: 'operating', kind: 'costs', amounts: null }]);
    expect(removed.before.totals[0]!.amounts?.outcome).toBe('180.00');
  });

  test('settings, carry-overs and funds appear only when they changed, a new fund as null before', () => {
    const carryOvers = { printedTotal: '1500000.00', requests: [] };
    const old = sheet({ funds: [fund({ unitName: 'Enhet R' })] });
    const next = sheet({
      settings: { ...sheet().settings, title: 'Nämnd A' },
      carryOvers,
      funds: [fund({ unitName: 'Enhet R', closing: '2500000.00' }), fund()],
    });
    const { before, after } = audit(old, next);
    expect(before.settings?.title).toBe('');
    expect(after.settings?.title).toBe('Nämnd A');
    expect(before.carryOvers).toBeNull();
    expect(after.carryOvers).toEqual(carryOvers);
    expect(before.funds).toEqual([fund({ unitName: 'Enhet R' }), null]);
    expect(after.funds.map((f) => [f.unitName, f.closing])).toEqual([
      ['Enhet R', '2500000.00'],
      ['Visningsenheten', '2000000.00'],
    ]);
  });
});
