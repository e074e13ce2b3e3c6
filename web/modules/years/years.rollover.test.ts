import { describe, expect, test } from 'vitest';
import type { RolloverActivity, RolloverGoal, RolloverTarget } from '#contracts/years.rollover.ts';
import {
  activitySummary,
  editOf,
  goalMappings,
  goalSummary,
  problemsByGoal,
  targetSummary,
} from './years.rollover.ts';

const face = (number: string | null, title: string) => ({ number, title, ownerUnitId: 'kf' });
const rolloverGoal = (id: string, number: string | null, title: string): RolloverGoal => ({
  fromGoalId: id,
  level: 'council',
  from: face(number, title),
  to: face(number, title),
  changes: [],
});

describe('rollover', () => {
  const g23 = rolloverGoal('g23', '2.3', 'Stockholm har ren luft och rent vatten');
  const n1 = rolloverGoal('n1', null, 'Stadens miljöarbete är en förebild');
  const goals = [g23, n1];

  test('an untouched form maps nothing: every goal is copied as it is', () => {
    expect(goalMappings(goals, {})).toEqual({});
    expect(goalMappings(goals, { g23: editOf(g23), n1: editOf(n1) })).toEqual({});
  });

  test('a renumbered and retitled goal sends only what changed, trimmed', () => {
    expect(
      goalMappings(goals, {
        g23: { number: ' 2.4 ', title: 'Stockholm har ren luft och rent vatten', drop: false },
        n1: { number: '', title: ' Miljöarbetet är en förebild ', drop: false },
      }),
    ).toEqual({ g23: { number: '2.4' }, n1: { title: 'Miljöarbetet är en förebild' } });
  });

  test('an emptied number makes the goal unnumbered; a number given to a nämndmål is sent', () => {
    expect(goalMappings(goals, { g23: { ...editOf(g23), number: '' } })).toEqual({
      g23: { number: null },
    });
    expect(goalMappings(goals, { n1: { ...editOf(n1), number: '2.3.1' } })).toEqual({
      n1: { number: '2.3.1' },
    });
  });

  test('a dropped goal takes nothing else, whatever was typed', () => {
    expect(goalMappings(goals, { g23: { number: '9', title: 'x', drop: true } })).toEqual({
      g23: { drop: true },
    });
  });

  test('problems are grouped by the goal their path names', () => {
    const { byGoal, general } = problemsByGoal([
      { path: 'goals.g23.number', message: 'is used twice' },
      { path: 'goals.g23', message: 'is not a goal of 2015' },
      { path: 'toYear', message: 'already has goals' },
    ]);
    expect(byGoal.get('g23')?.map((p) => p.message)).toEqual([
      'is used twice',
      'is not a goal of 2015',
    ]);
    expect(general.map((p) => p.path)).toEqual(['toYear']);
  });

  test('summaries count goals, activities and targets by what becomes of them', () => {
    const renumbered: RolloverGoal = {
      ...g23,
      to: face('2.4', g23.from.title),
      changes: ['number'],
    };
    const dropped: RolloverGoal = { ...n1, to: null };
    expect(goalSummary([renumbered, dropped, g23])).toEqual({
      copied: 2,
      dropped: 1,
      changed: { number: 1 },
    });
    const activity = (reason: RolloverActivity['reason']) => ({ reason }) as RolloverActivity;
    expect(activitySummary([activity('runs_on'), activity('ended'), activity('runs_on')])).toEqual({
      runs_on: 2,
      ended: 1,
    });
    const target = (copied: boolean, skipped: RolloverTarget['skipped']) =>
      ({ copied, skipped }) as RolloverTarget;
    expect(
      targetSummary([target(true, null), target(false, 'exists'), target(false, 'not_asked')]),
    ).toEqual({ copied: 1, exists: 1, not_asked: 1 });
  });
});
