import { describe, expect, it } from 'vitest';
import type { EconomyView } from '#contracts/economy.ts';
import {
  carryOverDraft,
  carryOversInputOf,
  emptyCarryOverRow,
  fieldId,
  flatCarryOvers,
  fundDraft,
  fundInputOf,
  problemOfIssue,
  sameCarryOvers,
} from './economy.forms.ts';
import { carryOversInput } from '#contracts/economy.ts';
import { issuesFromZod } from '#web/lib/issues.ts';

/** A request as the form sends it; stored, it also has its years. */
const request = {
  purpose: 'GS IT 2.0',
  category: 'unfinished_project' as const,
  amount: '27700000.00',
  decisionRef: '3',
  amountInDecision: '27600000.00',
};
const stored: EconomyView['carryOvers'] = {
  printedTotal: '78100000.00',
  total: '27700000.00',
  version: 3,
  requests: [{ ...request, fromYear: 2015, toYear: 2016 }],
};

describe('the carry-over form', () => {
  it('shows the stored requests in the table’s unit and sends them back unchanged', () => {
    const draft = carryOverDraft(stored, 'mnkr');
    expect(draft.printedTotal).toBe('78,1');
    expect(draft.rows[0]).toMatchObject({
      amount: '27,7',
      amountInDecision: '27,6',
      decisionRef: '3',
    });
    expect(carryOversInputOf(draft, 'mnkr', 3)).toEqual({
      kind: 'input',
      input: {
        printedTotal: '78100000.00',
        version: 3,
        requests: [request],
      },
    });
  });

  it('sends an added request with an empty decision point and amount as null', () => {
    const draft = carryOverDraft(stored, 'mnkr');
    draft.rows.push({ ...emptyCarryOverRow(), purpose: ' Ny ', amount: '1 234,5' });
    const prepared = carryOversInputOf(draft, 'mnkr', 3);
    expect(prepared.kind === 'input' && prepared.input.requests[1]).toEqual({
      purpose: 'Ny',
      category: 'unfinished_project',
      amount: '1234500000.00',
      decisionRef: null,
      amountInDecision: null,
    });
  });

  it('names every problem by the path the server uses, and sends nothing', () => {
    const draft = carryOverDraft(stored, 'mnkr');
    draft.printedTotal = '78,1x';
    draft.rows.push({ ...emptyCarryOverRow(), amount: '12,3x' });
    draft.rows.push({ ...emptyCarryOverRow(), purpose: 'Noll', amount: '0' });
    expect(carryOversInputOf(draft, 'mnkr', 3)).toEqual({
      kind: 'problems',
      problems: [
        { path: 'printedTotal', problem: 'format' },
        { path: 'requests.1.purpose', problem: 'required' },
        { path: 'requests.1.amount', problem: 'format' },
        { path: 'requests.2.amount', problem: 'positive' },
      ],
    });
  });

  it('tells a changed draft from the stored one, whatever the row keys', () => {
    const a = carryOverDraft(stored, 'mnkr');
    const b = carryOverDraft(stored, 'mnkr');
    expect(sameCarryOvers(a, b)).toBe(true);
    b.rows[0]!.amount = '27,8';
    expect(sameCarryOvers(a, b)).toBe(false);
  });

  it('lays out a version flat for the side-by-side comparison, a missing request as null', () => {
    const flat = flatCarryOvers(carryOverDraft(stored, 'mnkr'), 2, (c) => c.toUpperCase());
    expect(flat).toEqual({
      printedTotal: '78,1',
      request1: 'GS IT 2.0 · UNFINISHED_PROJECT · 27,7 · 3 · 27,6',
      request2: null,
    });
  });
});

describe('the result fund form', () => {
  it('sends the typed amounts in kronor, empty ones and the share as the contract has them', () => {
    const draft = fundDraft(null, 'mnkr');
    draft.opening = '2,2';
    draft.closing = '2,2';
    draft.capBase = 'budget';
    draft.closingShareOfBase = '10';
    draft.note = ' Enligt rapporten ';
    expect(fundInputOf(draft, 'mnkr', 0)).toEqual({
      kind: 'input',
      input: {
        turnover: null,
        budget: null,
        resultBeforeDisposition: null,
        opening: '2200000.00',
        surplusOwnAction: null,
        used: null,
        closing: '2200000.00',
        capBase: 'budget',
        closingShareOfBase: '10',
        note: 'Enligt rapporten',
        version: 0,
      },
    });
  });

  it('refuses a negative amount used and a share that is no percentage', () => {
    const draft = fundDraft(null, 'tkr');
    draft.used = '-5';
    draft.closingShareOfBase = 'tio';
    expect(fundInputOf(draft, 'tkr', 2)).toEqual({
      kind: 'problems',
      problems: [
        { path: 'used', problem: 'not_negative' },
        { path: 'closingShareOfBase', problem: 'percent' },
      ],
    });
  });
});

describe('where a problem is shown', () => {
  it('links a path to its control and knows the contract’s messages', () => {
    expect(fieldId('carry-over', 'requests.0.amount')).toBe('carry-over-requests-0-amount');
    expect(fieldId('fund', 'used', 'u1')).toBe('fund-u1-used');
    // The contract's own checks reach the form by their codes, whatever their English words.
    const refused = carryOversInput.safeParse({
      printedTotal: '78.1x',
      requests: [{ purpose: 'GS IT 2.0', category: 'unfinished_project', amount: '-1.00' }],
      version: 0,
    });
    expect(refused.success).toBe(false);
    const issues = issuesFromZod(refused.error!);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, problemOfIssue(i)]));
    expect(byPath).toEqual({ printedTotal: 'format', 'requests.0.amount': 'positive' });
    expect(problemOfIssue({ code: 'too_long' })).toBeUndefined();
    expect(problemOfIssue({})).toBeUndefined();
  });
});
