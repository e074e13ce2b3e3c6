import { describe, expect, test } from 'vitest';
import type { ActivityReport } from '#contracts/activities.ts';
import type { AssessmentValue } from '#contracts/assessment.ts';
import type { GoalAssessment } from '#contracts/goals.ts';
import type { Indicator, Outcome, Target } from '#contracts/indicators.ts';
import { rollUpGoal } from '../../assessment/assessment.rules.ts';
import type { StoredGoal } from '../../goals/goals.repository.ts';
import { computeRollUp, type RollUpInput } from './followup.rollup.rules.ts';

const PERIOD = 'period-t2';
const units = {
  council: 'unit-council',
  bromma: 'unit-bromma',
  angby: 'unit-angby',
  ostermalm: 'unit-ostermalm',
  hidden: 'unit-hidden',
};

const goal = (
  id: string,
  level: StoredGoal['level'],
  ownerUnitId: string,
  parentIds: string[] = [],
): StoredGoal => ({
  id,
  year: 2015,
  level,
  number: null,
  title: id,
  description: '',
  ownerUnitId,
  heading: null,
  parentIds,
  previousGoalId: null,
  position: 0,
  version: 1,
});

const indicator = (id: string, goalIds: string[]): Indicator => ({
  id,
  name: id,
  definition: '',
  unit: '%',
  decimals: 0,
  direction: 'higher_is_better',
  level: 'committee',
  genderSplit: false,
  goalIds,
  version: 1,
});

const target = (indicatorId: string, unitId: string, value: string): Target => ({
  indicatorId,
  unitId,
  year: 2015,
  targetKind: 'value',
  target: value,
  councilTargetKind: 'none',
  councilTarget: null,
  tolerance: null,
});

const outcome = (indicatorId: string, unitId: string, value: string | null): Outcome => ({
  indicatorId,
  unitId,
  periodId: PERIOD,
  value,
  valueWomen: null,
  valueMen: null,
  periodLabel: null,
  comment: '',
  version: 1,
  updatedAt: null,
  updatedByName: null,
});

const assessment = (
  goalId: string,
  unitId: string,
  value: AssessmentValue | null,
  justification = '',
): GoalAssessment => ({
  goalId,
  unitId,
  periodId: PERIOD,
  value,
  analysis: '',
  justification,
  version: 1,
  updatedAt: null,
  updatedByName: null,
});

const activityReport = (
  activityId: string,
  unitId: string,
  status: ActivityReport['status'],
): ActivityReport => ({
  activityId,
  unitId,
  periodId: PERIOD,
  status,
  deviation: '',
  analysis: '',
  version: 1,
  updatedAt: null,
  updatedByName: null,
});

/** A KF goal with nämndmål of Bromma, Ängby and Östermalm, and one of a unit the reader cannot see. */
function council(over: Partial<RollUpInput> = {}): RollUpInput {
  return {
    level: 'council',
    goals: [
      goal('direction', 'direction', units.council),
      goal('kf', 'council', units.council, ['direction']),
      goal('nm-ostermalm', 'committee', units.ostermalm, ['kf']),
      goal('nm-bromma', 'committee', units.bromma, ['kf']),
      goal('nm-angby', 'committee', units.angby, ['kf']),
      goal('nm-hidden', 'committee', units.hidden, ['kf']),
    ],
    units: new Map([
      [units.ostermalm, 'Östermalm'],
      [units.bromma, 'Bromma'],
      [units.angby, 'Ängby'],
    ]),
    indicators: [],
    targets: [],
    outcomes: [],
    activities: [],
    activityReports: [],
    assessments: [],
    states: [],
    ...over,
  };
}

const unitsOf = (rows: ReturnType<typeof computeRollUp>, goalId: string) =>
  rows.find((row) => row.goalId === goalId)!.units;

describe('the roll-up of a level’s goals over the units below', () => {
  test('has a row for each goal of the level only, and a unit for each readable owner of a goal under it, in Swedish order', () => {
    const rows = computeRollUp(council());
    expect(rows.map((row) => row.goalId)).toEqual(['kf']);
    expect(unitsOf(rows, 'kf').map((u) => u.unitName)).toEqual(['Bromma', 'Ängby', 'Östermalm']);
  });

  test('a unit that owns two goals under the same goal is counted once', () => {
    const input = council();
    const rows = computeRollUp({
      ...input,
      goals: [...input.goals, goal('nm-bromma-2', 'committee', units.bromma, ['kf'])],
    });
    expect(unitsOf(rows, 'kf').filter((u) => u.unitId === units.bromma)).toHaveLength(1);
    expect(rows[0]!.counts.total).toBe(3);
  });

  test('a goal nobody has broken down has no units and counts nothing', () => {
    const input = council();
    const rows = computeRollUp({
      ...input,
      goals: [...input.goals, goal('kf-alone', 'council', units.council)],
    });
    expect(rows.find((row) => row.goalId === 'kf-alone')).toEqual({
      goalId: 'kf-alone',
      counts: rollUpGoal([]), // all zero: the counts of no report at all
      units: [],
    });
  });

  test('without any evidence or assessment every unit is a draft with nothing written and nothing suggested', () => {
    const rows = computeRollUp(council());
    expect(unitsOf(rows, 'kf')[0]).toEqual({
      unitId: units.bromma,
      unitName: 'Bromma',
      written: null,
      suggestion: null,
      justified: false,
      disagrees: false,
      indicators: { met: 0, notMet: 0, missing: 0 },
      status: 'draft',
    });
    expect(rows[0]!.counts).toMatchObject({ notReported: 3, total: 3 });
  });

  test('counts each unit’s indicators of the goal as met, not met or missing, ignoring those with neither target nor outcome', () => {
    const rows = computeRollUp(
      council({
        indicators: [
          indicator('i1', ['kf']),
          indicator('i2', ['kf']),
          indicator('i3', ['kf']),
          indicator('other', ['elsewhere']),
        ],
        targets: [
          target('i1', units.bromma, '50'),
          target('i2', units.bromma, '50'),
          target('i3', units.bromma, '50'),
          target('other', units.bromma, '50'),
        ],
        outcomes: [outcome('i1', units.bromma, '60'), outcome('i2', units.bromma, '40')],
      }),
    );
    const [bromma, angby] = unitsOf(rows, 'kf');
    expect(bromma!.indicators).toEqual({ met: 1, notMet: 1, missing: 1 });
    expect(angby!.indicators).toEqual({ met: 0, notMet: 0, missing: 0 });
  });

  test('suggests from the goal’s indicators, the unit’s activities under it and its own goals’ assessments', () => {
    const rows = computeRollUp(
      council({
        indicators: [indicator('i1', ['kf'])],
        targets: [target('i1', units.bromma, '50'), target('i1', units.angby, '50')],
        outcomes: [outcome('i1', units.bromma, '60'), outcome('i1', units.angby, '10')],
        activities: [{ id: 'a1', goalId: 'kf', unitIds: [units.ostermalm] }],
        activityReports: [activityReport('a1', units.ostermalm, 'cancelled')],
        assessments: [assessment('nm-ostermalm', units.ostermalm, 'inte')],
      }),
    );
    expect(unitsOf(rows, 'kf').map((u) => [u.unitName, u.suggestion])).toEqual([
      ['Bromma', 'helt'],
      ['Ängby', 'inte'],
      ['Östermalm', 'inte'],
    ]);
  });

  test('an activity of another goal or another unit, or one not yet reported, is no evidence', () => {
    const rows = computeRollUp(
      council({
        activities: [
          { id: 'a1', goalId: 'elsewhere', unitIds: [units.bromma] },
          { id: 'a2', goalId: 'kf', unitIds: [units.angby] },
          { id: 'a3', goalId: 'kf', unitIds: [units.bromma] },
        ],
        activityReports: [
          activityReport('a1', units.bromma, 'completed'),
          activityReport('a2', units.angby, 'completed'),
        ],
      }),
    );
    expect(unitsOf(rows, 'kf')[0]!.suggestion).toBeNull();
    expect(unitsOf(rows, 'kf')[1]!.suggestion).toBe('helt');
  });

  test('a written assessment more positive than the evidence disagrees, and counts as unjustified until a reason is written', () => {
    const evidence = {
      indicators: [indicator('i1', ['kf'])],
      targets: [target('i1', units.bromma, '50'), target('i1', units.angby, '50')],
      outcomes: [outcome('i1', units.bromma, '10'), outcome('i1', units.angby, '10')],
    };
    const rows = computeRollUp(
      council({
        ...evidence,
        assessments: [
          assessment('kf', units.bromma, 'helt'),
          assessment('kf', units.angby, 'helt', 'Nya lokaler öppnade i december'),
          assessment('kf', units.ostermalm, 'delvis'),
        ],
        states: [
          {
            unitId: units.angby,
            periodId: PERIOD,
            status: 'approved',
            adoptedOn: null,
            decisionRef: null,
            returnComment: '',
            version: 2,
            published: false,
            publishedAt: null,
            adoptReason: '',
            publishReason: '',
          },
        ],
      }),
    );
    const [bromma, angby, ostermalm] = unitsOf(rows, 'kf');
    expect(bromma).toMatchObject({
      written: 'helt',
      suggestion: 'inte',
      disagrees: true,
      justified: false,
    });
    expect(angby).toMatchObject({
      written: 'helt',
      disagrees: true,
      justified: true,
      status: 'approved',
    });
    expect(ostermalm).toMatchObject({ written: 'delvis', suggestion: null, disagrees: false });
    expect(rows[0]!.counts).toEqual({
      helt: 2,
      delvis: 1,
      inte: 0,
      notReported: 0,
      disagreements: 2,
      unjustifiedDisagreements: 1,
      total: 3,
    });
  });

  test('at the committee level the rows are nämndmål and the units those owning unit goals under them', () => {
    const rows = computeRollUp({
      ...council(),
      level: 'committee',
      goals: [
        goal('kf', 'council', units.council),
        goal('nm', 'committee', units.council, ['kf']),
        goal('ug-bromma', 'unit', units.bromma, ['nm']),
        goal('nm-of-bromma', 'committee', units.bromma, ['kf']),
      ],
    });
    expect(rows.map((row) => row.goalId)).toEqual(['nm', 'nm-of-bromma']);
    expect(unitsOf(rows, 'nm').map((u) => u.unitId)).toEqual([units.bromma]);
    expect(unitsOf(rows, 'nm-of-bromma')).toEqual([]);
  });
});
