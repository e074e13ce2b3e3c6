import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DecisionCase } from '#contracts/decisions.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { minutesExtract } from '#server/modules/decisions/decisions.document.ts';
import { seededDemo, type SeededDemo } from './demo.testing.ts';

/**
 * Kommunstyrelsen's decision case on VB 2015 as seed 000 prints it (lines 1-32 and 174-317),
 * read through the API.
 */
let ctx: SeededDemo;
let c: DecisionCase;

beforeAll(async () => {
  ctx = await seededDemo();
  const years = (await ctx.get('/api/years')).json<{ years: BudgetYear[] }>().years;
  const vb = years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!;
  const response = await ctx.get(`/api/units/${ctx.board}/periods/${vb.id}/decision-case`);
  expect(response.statusCode, response.body).toBe(200);
  c = response.json<DecisionCase>();
}, 120_000);
afterAll(() => ctx.close());

describe('kommunstyrelsen’s decision case on VB 2015', () => {
  test('holds the three proposals word for word, the dnr and the rapporteur; no decision is invented', () => {
    expect(c).toMatchObject({
      stored: true,
      diarienummer: '182-70/2016',
      title: 'Verksamhetsberättelse med bokslut 2015 för Kommunstyrelsen m.m.',
      proposalIntro: 'Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.',
      rapporteur: { name: 'Karin Wanngård', title: 'borgarrådet' },
      reportDate: '2016-01-22',
      decision: null,
    });
    expect(c.proposals).toHaveLength(3);
    expect(c.proposals[1]).toBe(
      'I samband med behandlingen av stadens verksamhetsberättelse och bokslut för 2015 får 46,8 miljoner kronor för rotlars och partikansliers verksamhet överföras till 2016.',
    );
    expect(c.proposals[2]).toContain('27,6 miljoner kronor för GS IT 2.0');
  });

  test('the computed proposals move the same amounts as the printed ones (27,6 for GS IT 2.0, as decided)', () => {
    expect(c.defaultProposals).toHaveLength(4);
    expect(c.defaultProposals[2]).toContain('46,8 mnkr');
    expect(c.defaultProposals[3]).toContain('27,6 mnkr för GS IT 2.0');
  });

  test('has the M and L statement, and kommunstyrelsen’s two statements referring to it', () => {
    expect(c.statements.map((s) => [s.kind, s.forum, s.members.length])).toEqual([
      ['special_statement', 'Borgarrådsberedningen', 4],
      ['special_statement', 'Kommunstyrelsen', 6],
      ['substitute_statement', 'Kommunstyrelsen', 2],
    ]);
    const [first, second, third] = c.statements;
    expect(first!.text).toMatch(/^Föreliggande ärende förhåller sig/);
    expect(first!.text).toMatch(/ekonomiskt ansvarstagande\.$/);
    expect(second!.refersTo?.id).toBe(first!.id);
    expect(third!.refersTo?.id).toBe(first!.id);
    const extract = minutesExtract(c);
    const ks = extract.sections.find((s) => s.heading === 'Kommunstyrelsen')!;
    expect(ks.blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Ersättaryttrande gjordes av Karin Ernlund (C) och Erik Slottner (KD) med hänvisning till det särskilda uttalandet av (M, L) i borgarrådsberedningen.',
      style: 'body',
    });
  });
});
