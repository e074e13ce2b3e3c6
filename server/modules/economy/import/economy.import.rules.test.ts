import { describe, expect, test } from 'vitest';
import {
  emptyFund,
  isEmptyPlan,
  planImport,
  sameAmounts,
  storedOrder,
} from './economy.import.rules.ts';
import { amounts, area, fund, sheet } from './economy.import.testing.ts';

describe('what importing an economy file changes', () => {
  test('the same file again changes nothing', () => {
    const plan = planImport(sheet(), sheet());
    expect(isEmptyPlan(plan)).toBe(true);
    expect(plan.areas.unchanged).toBe(2);
    expect(plan.lines.unchanged).toBe(4);
  });

  test('areas are matched by name: new ones are created, missing ones deleted with their lines, changed ones updated', () => {
    const plan = planImport(
      sheet(),
      sheet({
        areas: [area('Äldreomsorg', { description: 'Hemtjänst och boenden' }), area('Kultur')],
      }),
    );
    expect(plan.areas.created.map((a) => a.name)).toEqual(['Kultur']);
    expect(plan.areas.updated.map((a) => a.name)).toEqual(['Äldreomsorg']);
    expect(plan.areas.deleted).toEqual(['Skola']);
    expect(plan.areas.unchanged).toBe(0);
    expect(plan.lines.deletedWithArea).toBe(2);
    expect(plan.lines.created.map((l) => [l.area, l.kind])).toEqual([
      ['Kultur', 'costs'],
      ['Kultur', 'revenues'],
    ]);
    expect(plan.structureChanged).toBe(true);
  });

  test('lines are compared amount by amount, forecasts by period; a line the file leaves empty is deleted', () => {
    const next = sheet({
      areas: [
        area('Äldreomsorg', {
          lines: { costs: amounts('90.00', [['T2', '95.00']]), revenues: amounts('-10.00') },
        }),
        area('Skola', { lines: { costs: amounts('90.00'), net: amounts('80.00') } }),
      ],
    });
    const plan = planImport(sheet(), next);
    expect(plan.lines.updated.map((l) => [l.area, l.kind])).toEqual([['Äldreomsorg', 'costs']]);
    expect(plan.lines.created.map((l) => [l.area, l.kind])).toEqual([['Skola', 'net']]);
    expect(plan.lines.deleted).toEqual([{ area: 'Skola', kind: 'revenues' }]);
    expect(plan.lines.unchanged).toBe(2);
    expect(plan.structureChanged).toBe(false);
  });

  test('a new order of the areas changes the structure, but an investment listed among operating areas does not', () => {
    expect(
      planImport(sheet(), sheet({ areas: [area('Skola'), area('Äldreomsorg')] })).structureChanged,
    ).toBe(true);
    const bygg = area('Bygg', { kind: 'investment' });
    const stored = sheet({ areas: [area('Äldreomsorg'), area('Skola'), bygg] });
    expect(
      planImport(stored, sheet({ areas: [area('Äldreomsorg'), bygg, area('Skola')] }))
        .structureChanged,
    ).toBe(false);
    expect(storedOrder([bygg, area('Skola')]).map((a) => a.name)).toEqual(['Skola', 'Bygg']);
  });

  test('settings and printed totals that differ are in the plan; a total the file drops is cleared', () => {
    const current = sheet({ totals: { operating: { net: amounts('160.00') } } });
    const plan = planImport(
      current,
      sheet({
        settings: { ...current.settings, decimals: 2 },
        totals: { including_investments: { net: amounts('200.00') } },
      }),
    );
    expect(plan.settingsChanged).toBe(true);
    expect(plan.totals).toEqual([
      { scope: 'operating', kind: 'net', amounts: null },
      { scope: 'including_investments', kind: 'net', amounts: amounts('200.00') },
    ]);
  });

  test('a file without the carry-over or fund sheets leaves what is stored alone', () => {
    const current = sheet({
      carryOvers: { printedTotal: '5.00', requests: [] },
      funds: [fund({ closing: '3.00' })],
    });
    const plan = planImport(current, sheet());
    expect(plan.carryOversChanged).toBe(false);
    expect(plan.funds).toEqual([]);
  });

  test('carry-overs and funds that differ in any field are in the plan; the same ones are not', () => {
    const request = {
      purpose: 'Ej slutfört projekt',
      category: 'unfinished_project' as const,
      amount: '2.00',
      amountInDecision: null,
      decisionRef: null,
    };
    const current = sheet({
      carryOvers: { printedTotal: '2.00', requests: [request] },
      funds: [fund({ closing: '3.00' })],
    });
    expect(isEmptyPlan(planImport(current, current))).toBe(true);
    const plan = planImport(
      current,
      sheet({
        carryOvers: { printedTotal: '2.00', requests: [{ ...request, decisionRef: '§ 4' }] },
        funds: [fund({ closing: '3.00', note: 'Enligt beslut' }), fund({ unitName: 'Ny enhet' })],
      }),
    );
    expect(plan.carryOversChanged).toBe(true);
    expect(plan.funds.map((f) => f.unitName)).toEqual(['Visningsenheten', 'Ny enhet']);
  });

  test('amounts are the same only with the same figures and the same forecasts', () => {
    expect(sameAmounts(undefined, undefined)).toBe(true);
    expect(sameAmounts(amounts('1.00'), undefined)).toBe(false);
    expect(sameAmounts(amounts('1.00', [['T1', '2.00']]), amounts('1.00', [['T2', '2.00']]))).toBe(
      false,
    );
    expect(sameAmounts(amounts('1.00', [['T1', '2.00']]), amounts('1.00', [['T1', '2.00']]))).toBe(
      true,
    );
  });

  test('a fund row is empty when it holds no amount, no note and the default base', () => {
    expect(emptyFund(fund())).toBe(true);
    expect(emptyFund(fund({ capBase: 'budget' }))).toBe(false);
    expect(emptyFund(fund({ note: 'x' }))).toBe(false);
    expect(emptyFund(fund({ used: '0.00' }))).toBe(false);
  });
});
