import { describe, expect, test } from 'vitest';
import type { AssessmentValue } from '#contracts/assessment.ts';
import type { Goal } from '#contracts/goals.ts';
import type { RollUpGoalRow, RollUpUnit } from '#contracts/followup.ts';
import { disagreementOf, leadFirst, totalsOf, viewRollUp } from './followup.rollup.view.ts';

const goal = (id: string, number: string): Goal => ({
  id,
  year: 2015,
  level: 'council',
  number,
  title: `Mål ${number}`,
  description: '',
  ownerUnitId: 'kf',
  ownerUnitName: 'Kommunfullmäktige',
  heading: null,
  parentIds: [],
  previousGoalId: null,
  position: 0,
  version: 1,
});

function unit(
  unitName: string,
  written: AssessmentValue | null,
  suggestion: AssessmentValue | null,
  justified = false,
): RollUpUnit {
  return {
    unitId: unitName,
    unitName,
    written,
    suggestion,
    justified,
    disagrees: written !== null && suggestion !== null && written !== suggestion,
    indicators: { met: 0, notMet: 0, missing: 0 },
    status: 'draft',
  };
}

function row(id: string, number: string, units: RollUpUnit[]): RollUpGoalRow {
  const count = (v: AssessmentValue) => units.filter((u) => u.written === v).length;
  const disagreeing = units.filter((u) => u.disagrees);
  return {
    goal: goal(id, number),
    units,
    counts: {
      helt: count('helt'),
      delvis: count('delvis'),
      inte: count('inte'),
      notReported: units.filter((u) => u.written === null).length,
      disagreements: disagreeing.length,
      unjustifiedDisagreements: disagreeing.filter((u) => disagreementOf(u) === 'unjustified')
        .length,
      total: units.length,
    },
  };
}

// KF goals 2.1 (all agree), 2.3 (Kommunstyrelsen writes helt, evidence says delvis),
// 3.5 (two disagree, one justified; one not reported), 4.2 (nobody reported).
const rows = [
  row('g21', '2.1', [unit('Kommunstyrelsen', 'helt', 'helt'), unit('Östermalm', 'helt', 'helt')]),
  row('g23', '2.3', [unit('Kommunstyrelsen', 'helt', 'delvis'), unit('Bromma', 'delvis', null)]),
  row('g35', '3.5', [
    unit('Östermalm', 'helt', 'inte'),
    unit('Bromma', 'helt', 'delvis', true),
    unit('Kommunstyrelsen', null, 'helt'),
  ]),
  row('g42', '4.2', [unit('Kommunstyrelsen', null, null)]),
];
const numbers = (shown: RollUpGoalRow[]) => shown.map((r) => r.goal.number);

describe('disagreementOf', () => {
  test('written more positive than the evidence, without a reason: unjustified', () => {
    expect(disagreementOf(unit('KS', 'helt', 'delvis'))).toBe('unjustified');
  });
  test('written more positive with a reason: justified', () => {
    expect(disagreementOf(unit('KS', 'helt', 'inte', true))).toBe('justified');
  });
  test('written less positive than the evidence: cautious', () => {
    expect(disagreementOf(unit('KS', 'inte', 'helt'))).toBe('cautious');
  });
  test('agreement, or a missing side, is no disagreement', () => {
    expect(disagreementOf(unit('KS', 'delvis', 'delvis'))).toBe('none');
    expect(disagreementOf(unit('KS', null, 'delvis'))).toBe('none');
    expect(disagreementOf(unit('KS', 'helt', null))).toBe('none');
  });
});

describe('viewRollUp', () => {
  test('in cascade order by default, with units in Swedish alphabetical order', () => {
    const shown = viewRollUp(rows, { onlyDisagreements: false, sort: 'cascade' });
    expect(numbers(shown)).toEqual(['2.1', '2.3', '3.5', '4.2']);
    expect(shown[2]!.units.map((u) => u.unitName)).toEqual([
      'Bromma',
      'Kommunstyrelsen',
      'Östermalm',
    ]);
  });

  test('only disagreements: the goals where someone disagrees, with only those units', () => {
    const shown = viewRollUp(rows, { onlyDisagreements: true, sort: 'cascade' });
    expect(numbers(shown)).toEqual(['2.3', '3.5']);
    expect(shown[0]!.units.map((u) => u.unitName)).toEqual(['Kommunstyrelsen']);
    expect(shown[1]!.units.map((u) => u.unitName)).toEqual(['Bromma', 'Östermalm']);
    // The counts are still the whole goal's.
    expect(shown[1]!.counts.notReported).toBe(1);
  });

  test('most unjustified disagreements first, ties by disagreements, then cascade order', () => {
    const shown = viewRollUp(rows, { onlyDisagreements: false, sort: 'disagreements' });
    expect(numbers(shown)).toEqual(['3.5', '2.3', '2.1', '4.2']);
  });

  test('most not reported first', () => {
    const shown = viewRollUp(rows, { onlyDisagreements: false, sort: 'not_reported' });
    expect(numbers(shown)).toEqual(['3.5', '4.2', '2.1', '2.3']);
  });

  test('weakest first: unassessed goals, then the lowest share of helt', () => {
    const shown = viewRollUp(rows, { onlyDisagreements: false, sort: 'weakest' });
    expect(numbers(shown)).toEqual(['4.2', '2.3', '2.1', '3.5']);
  });

  test('does not change the rows it was given', () => {
    const before = JSON.stringify(rows);
    viewRollUp(rows, { onlyDisagreements: true, sort: 'disagreements' });
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('totalsOf', () => {
  test('adds up assessments, gaps and disagreements over the goals shown', () => {
    expect(totalsOf(rows)).toEqual({
      goals: 4,
      assessments: 6,
      notReported: 2,
      disagreements: 3,
      unjustified: 2,
    });
    expect(totalsOf([])).toEqual({
      goals: 0,
      assessments: 0,
      notReported: 0,
      disagreements: 0,
      unjustified: 0,
    });
  });
});

describe('leadFirst', () => {
  test('the responsible unit first, then the others in Swedish order', () => {
    const side = (unitName: string, responsible: boolean) => ({
      unitId: unitName,
      unitName,
      responsible,
      report: null,
    });
    const units = [side('Östermalm', false), side('Bromma', false), side('Kommunstyrelsen', true)];
    expect(leadFirst(units).map((u) => u.unitName)).toEqual([
      'Kommunstyrelsen',
      'Bromma',
      'Östermalm',
    ]);
    expect(units[0]!.unitName).toBe('Östermalm');
  });
});
