import { describe, expect, it } from 'vitest';
import type { EconomyAreaView, EconomyLineView, LineKind } from '#contracts/economy.ts';
import { areaDraft, areaLinesOf, areaVersion, sameArea } from './economy.line-edit.ts';

const line = (kind: LineKind, stored: EconomyLineView['stored'], version: number) =>
  ({ kind, stored, version }) as unknown as EconomyLineView;

const slk = {
  id: 'a1',
  name: 'SLK',
  lines: {
    costs: line(
      'costs',
      {
        originalBudget: '-800000000.00',
        adjustedBudget: null,
        outcome: '-781200000.00',
        previousYearOutcome: '-750000000.00',
        forecasts: [{ period: 'T1', amount: '-790000000.00' }],
        printedDeviation: '-78000000.00',
      },
      3,
    ),
    revenues: line('revenues', null, 0),
    net: line('net', null, 0),
  },
} as unknown as EconomyAreaView;

describe('an area typed in the economy table', () => {
  it('shows costs and revenues in the table unit, net only where it is stored', () => {
    const draft = areaDraft(slk, ['T1', 'T2'], 'mnkr');
    expect(draft.lines.map((l) => l.kind)).toEqual(['costs', 'revenues']);
    expect(draft.lines[0]).toMatchObject({ outcome: '-781,2', forecasts: { T1: '-790', T2: '' } });
    expect(areaVersion(slk)).toBe(3);
  });

  it('writes typed amounts exactly, keeps what the form does not show, and drops empty periods', () => {
    const draft = areaDraft(slk, ['T1', 'T2'], 'mnkr');
    draft.lines[0]!.forecasts.T2 = '−785,35';
    draft.lines[0]!.forecasts.T1 = '';
    const prepared = areaLinesOf(draft, slk, 'mnkr', (kind) => (kind === 'costs' ? 4 : 0));
    expect(prepared.kind).toBe('input');
    if (prepared.kind !== 'input') return;
    expect(prepared.input[0]).toEqual({
      areaId: 'a1',
      kind: 'costs',
      originalBudget: '-800000000.00',
      adjustedBudget: null,
      outcome: '-781200000.00',
      previousYearOutcome: '-750000000.00',
      forecasts: [{ period: 'T2', amount: '-785350000.00' }],
      printedDeviation: '-78000000.00',
      version: 4,
    });
    expect(prepared.input[1]).toMatchObject({ kind: 'revenues', outcome: null, version: 0 });
  });

  it('names a field that is not an amount by the path the server uses', () => {
    const draft = areaDraft(slk, ['T1'], 'mnkr');
    draft.lines[1]!.outcome = '12,5x';
    expect(areaLinesOf(draft, slk, 'mnkr', () => 0)).toEqual({
      kind: 'problems',
      problems: [{ path: 'lines.1.outcome', problem: 'format' }],
    });
    expect(sameArea(draft, areaDraft(slk, ['T1'], 'mnkr'))).toBe(false);
  });
});
