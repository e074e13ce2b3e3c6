import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CarryOverWrite } from '#contracts/economy.ts';
import { ks2015CarryOver } from '../../../demo/economy2015.printed.ts';
import { parseAmountOrThrow, toMoney } from '../economy/economy.money.ts';
import {
  carryOverGroups,
  carryOverProposal,
  decisionIssues,
  defaultProposals,
  defaultTitle,
  mnkrText,
  statementIssues,
  swedishList,
  type ProposalPeriod,
} from './decisions.rules.ts';

const runs = { seed: 20160129, numRuns: 200 };
const vb2015: ProposalPeriod = {
  year: 2015,
  key: 'VB',
  name: 'Verksamhetsberättelse',
  kind: 'annual',
};
const request = (
  purpose: string,
  amount: string,
  decisionRef: string | null = null,
  category: CarryOverWrite['category'] = 'unfinished_project',
  amountInDecision: string | null = null,
): CarryOverWrite => ({
  purpose,
  category,
  amount: toMoney(parseAmountOrThrow(amount, 'mnkr')),
  decisionRef,
  amountInDecision:
    amountInDecision === null ? null : toMoney(parseAmountOrThrow(amountInDecision, 'mnkr')),
});

describe('the default proposals', () => {
  test('an annual report without carry-overs is approved and handed to the auditors', () => {
    expect(defaultProposals(vb2015, [])).toEqual([
      'Verksamhetsberättelsen med bokslut 2015 godkänns.',
      'Verksamhetsberättelsen överlämnas till stadens revisorer.',
    ]);
  });

  test('a tertial report is approved by its number, and carry-overs wait for the accounts', () => {
    const t2 = { year: 2016, key: 'T2', name: 'Tertialrapport 2', kind: 'tertial' } as const;
    expect(defaultProposals(t2, [request('GS IT 2.0', '27,7')])).toEqual([
      'Tertialrapport 2 2016 godkänns.',
    ]);
    const interim = { year: 2016, key: 'D1', name: 'Delårsrapport', kind: 'interim' } as const;
    expect(defaultProposals(interim, [])).toEqual(['Delårsrapport 2016 godkänns.']);
  });

  test('KS 2015’s carry-overs give seed 000’s proposals 2 and 3 with the amounts the decision states (27,6, not 27,7)', () => {
    const proposals = defaultProposals(vb2015, ks2015CarryOver.requests);
    expect(proposals).toHaveLength(4);
    expect(proposals[2]).toBe(
      'I samband med behandlingen av stadens verksamhetsberättelse och bokslut för 2015 får 46,8 mnkr för redovisade överskott för rotlar och partikanslier överföras till 2016.',
    );
    expect(proposals[3]).toBe(
      'I samband med behandlingen av stadens verksamhetsberättelse och bokslut för 2015 får följande projektmedel överföras till 2016: 0,1 mnkr för central plattformsutveckling, 27,6 mnkr för GS IT 2.0, 1,9 mnkr för utveckling av Jobba smartare samt 1,6 mnkr för elektroniska blanketter.',
    );
  });

  test('without a proposal reference, a surplus stands alone and the unfinished projects go together', () => {
    const groups = carryOverGroups([
      request('A', '1,0', null, 'office_surplus'),
      request('P1', '2,0'),
      request('B', '3,0', null, 'office_surplus'),
      request('P2', '4,0'),
    ]);
    expect(groups.map((g) => g.map((r) => r.purpose))).toEqual([['A'], ['P1', 'P2'], ['B']]);
  });

  test('a group mixing a surplus and a project moves "medel", not "projektmedel"', () => {
    const text = carryOverProposal(2020, [
      request('X', '1,0', '2', 'office_surplus'),
      request('Y', '1 234,55', '2'),
    ]);
    expect(text).toBe(
      'I samband med behandlingen av stadens verksamhetsberättelse och bokslut för 2020 får följande medel överföras till 2021: 1,0 mnkr för X samt 1\u00a0234,6 mnkr för Y.',
    );
  });

  test('every request appears in exactly one proposal, with its amount in mnkr', () => {
    const requests = fc.array(
      fc.record({
        purpose: fc.constantFrom('IT', 'Lokaler', 'Rotlar', 'Blanketter'),
        tenths: fc.integer({ min: 1, max: 99_999 }),
        ref: fc.constantFrom(null, '2', '3'),
        surplus: fc.boolean(),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(requests, (generated) => {
        const stored = generated.map((g) =>
          request(
            g.purpose,
            `${Math.floor(g.tenths / 10)},${g.tenths % 10}`,
            g.ref,
            g.surplus ? 'office_surplus' : 'unfinished_project',
          ),
        );
        const groups = carryOverGroups(stored);
        expect(groups.flat()).toHaveLength(stored.length);
        expect(new Set(groups.flat())).toEqual(new Set(stored));
        const proposals = defaultProposals(vb2015, stored);
        expect(proposals).toHaveLength(2 + groups.length);
        for (const [index, group] of groups.entries())
          for (const r of group)
            expect(proposals[2 + index]).toContain(
              `${mnkrText(parseAmountOrThrow(r.amount, 'kr'))} för ${r.purpose}`,
            );
      }),
      runs,
    );
  });

  test('lists read the Swedish way, the title names the report and the unit', () => {
    expect(swedishList(['a'])).toBe('a');
    expect(swedishList(['a', 'b', 'c'])).toBe('a, b samt c');
    expect(defaultTitle(vb2015, 'Kommunstyrelsen')).toBe(
      'Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen',
    );
  });
});

describe('a recorded decision', () => {
  const outcome = (o: 'approved' | 'rejected' | 'amended', text = '') => ({ outcome: o, text });
  const decision = (outcomes: ReturnType<typeof outcome>[]) => ({
    decidedOn: '2016-02-10',
    body: 'Kommunstyrelsen',
    outcomes,
    version: 0,
  });

  test('names one outcome per proposal', () => {
    expect(decisionIssues(decision([outcome('approved')]), 3)).toEqual([
      expect.objectContaining({
        path: 'outcomes',
        code: 'decisions.outcomes_count',
        params: { expected: 3 },
      }),
    ]);
    expect(decisionIssues(decision([outcome('approved'), outcome('rejected')]), 2)).toEqual([]);
  });

  test('an amended proposal says how it was amended', () => {
    const issues = decisionIssues(decision([outcome('approved'), outcome('amended', ' ')]), 2);
    expect(issues.map((i) => i.path)).toEqual(['outcomes.1.text']);
  });
});

describe('a statement’s reference', () => {
  const known = new Map<string, string | null>([
    ['a', null],
    ['b', 'a'],
    ['c', 'b'],
  ]);
  const codes = (text: string, refersTo: string | null, self: string | null) =>
    statementIssues({ text, refersTo }, self, known).map((i) => i.code);

  test('a statement has a text or refers to another', () => {
    expect(codes('', null, null)).toEqual(['decisions.statement_empty']);
    expect(codes('Vi reserverar oss.', null, null)).toEqual([]);
    expect(codes('', 'a', null)).toEqual([]);
  });

  test('the reference exists, is not the statement, and never leads back to it', () => {
    expect(codes('', 'x', null)).toEqual(['decisions.reference_unknown']);
    expect(codes('', 'a', 'a')).toEqual(['decisions.reference_self']);
    expect(codes('', 'c', 'a')).toEqual(['decisions.reference_cycle']);
    expect(codes('', 'b', 'a')).toEqual(['decisions.reference_cycle']);
    expect(codes('', 'b', 'c')).toEqual([]);
    expect(codes('', 'a', 'c')).toEqual([]);
  });
});
