import { describe, expect, test } from 'vitest';
import {
  balanceInputOf,
  emptyBalanceRow,
  emptyInvestmentRow,
  investmentDraft,
  investmentInputOf,
  sameRows,
} from './economy.statements-edit.ts';

const project = (name: string, amounts: Partial<Record<string, string>>) => {
  const row = emptyInvestmentRow('item', 'ongoing');
  return { ...row, name, amounts: { ...row.amounts, ...amounts } };
};

describe('the investment account typed on the economy page', () => {
  test('amounts typed in mnkr with a decimal comma become exact kronor; empty cells stay empty', () => {
    const prepared = investmentInputOf(
      [project('Nya skolan', { expenditureLimit: '120,5', outcome: '-0,1' })],
      'mnkr',
      3,
    );
    expect(prepared).toEqual({
      kind: 'input',
      input: {
        version: 3,
        rows: [
          {
            kind: 'item',
            group: 'ongoing',
            name: 'Nya skolan',
            expenditureLimit: '120500000.00',
            accumulatedOutcome: null,
            accumulatedDeviation: null,
            budget: null,
            outcome: '-100000.00',
            deviation: null,
          },
        ],
      },
    });
  });

  test('a total names no group, and each problem is named by its row and column', () => {
    const total = { ...emptyInvestmentRow('total', 'ongoing'), name: 'Summa' };
    expect(total.group).toBeNull();
    const prepared = investmentInputOf(
      [project('', { budget: '1,123456789' }), project('Bad', { outcome: 'tio' }), total],
      'mnkr',
      0,
    );
    expect(prepared).toEqual({
      kind: 'problems',
      problems: [
        { path: 'rows.0.name', problem: 'required' },
        { path: 'rows.0.budget', problem: 'precision' },
        { path: 'rows.1.outcome', problem: 'format' },
      ],
    });
  });

  test('a stored account read back is the same draft, row keys aside', () => {
    const stored = [
      {
        kind: 'item' as const,
        group: 'finished' as const,
        name: 'Gamla biblioteket',
        expenditureLimit: '5000000.00',
        accumulatedOutcome: '4800000.00',
        accumulatedDeviation: '200000.00',
        budget: null,
        outcome: null,
        deviation: null,
      },
    ];
    expect(sameRows(investmentDraft(stored, 'mnkr'), investmentDraft(stored, 'mnkr'))).toBe(true);
    const input = investmentInputOf(investmentDraft(stored, 'mnkr'), 'mnkr', 1);
    expect(input.kind === 'input' && input.input.rows).toEqual(stored);
  });
});

describe('the balance sheet typed on the economy page', () => {
  test('its rows keep their section and label, amounts exact', () => {
    const row = {
      ...emptyBalanceRow('subtotal', 'liabilities_equity'),
      name: 'Summa skulder',
      amounts: { thisYear: '1 405,3', lastYear: '1400', change: '5,3' },
    };
    expect(balanceInputOf([row], 'mnkr', 2)).toEqual({
      kind: 'input',
      input: {
        version: 2,
        rows: [
          {
            kind: 'subtotal',
            section: 'liabilities_equity',
            label: 'Summa skulder',
            thisYear: '1405300000.00',
            lastYear: '1400000000.00',
            change: '5300000.00',
          },
        ],
      },
    });
  });
});
