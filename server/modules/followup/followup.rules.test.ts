import { describe, expect, test } from 'vitest';
import type { GoalLevel } from '#contracts/goals.ts';
import { assessedLevels, reportGoalsOf } from './followup.rules.ts';

const goal = (
  id: string,
  level: GoalLevel,
  ownerUnitId: string,
  parentIds: string[],
  position: number,
) => ({ id, level, ownerUnitId, parentIds, position });

const CITY = 'city';
const PARKS = 'parks';
const SCHOOLS = 'schools';

/** Two inriktningsmål, their KF goals, and nämndmål of the parks and the schools committees. */
const goals = [
  goal('d2', 'direction', CITY, [], 2),
  goal('d1', 'direction', CITY, [], 1),
  goal('kf1.2', 'council', CITY, ['d1'], 2),
  goal('kf1.1', 'council', CITY, ['d1'], 1),
  goal('kf2.1', 'council', CITY, ['d2'], 1),
  goal('parks-b', 'committee', PARKS, ['kf1.1'], 2),
  goal('parks-a', 'committee', PARKS, ['kf1.1'], 1),
  goal('schools-a', 'committee', SCHOOLS, ['kf2.1'], 1),
];

const ids = (unitId: string, list = goals) => reportGoalsOf(list, unitId).map((g) => g.id);

describe('the goals of a unit’s report', () => {
  test('are the unit’s own goals and every goal above them, depth first, each level by position', () => {
    expect(ids(PARKS)).toEqual(['d1', 'kf1.1', 'parks-a', 'parks-b']);
    expect(ids(SCHOOLS)).toEqual(['d2', 'kf2.1', 'schools-a']);
  });

  test('a unit with no goals of its own has an empty report, and the council sees all of its goals', () => {
    expect(ids('nobody')).toEqual([]);
    expect(ids(CITY)).toEqual(['d1', 'kf1.1', 'kf1.2', 'd2', 'kf2.1']);
  });

  test('a nämndmål under two KF goals appears once, at its first place', () => {
    const shared = [...goals, goal('parks-shared', 'committee', PARKS, ['kf2.1', 'kf1.1'], 0)];
    expect(ids(PARKS, shared)).toEqual([
      'd1',
      'kf1.1',
      'parks-shared',
      'parks-a',
      'parks-b',
      'd2',
      'kf2.1',
    ]);
  });

  test('a goal whose parent is not in the list starts the report at its own position', () => {
    const orphan = [goal('kf-orphan', 'council', CITY, ['gone'], 0), ...goals];
    expect(ids(CITY, orphan)[0]).toBe('kf-orphan');
  });

  test('the vision and inriktningsmål are not assessed; KF goals, nämndmål and unit goals are', () => {
    expect(assessedLevels).toEqual(['council', 'committee', 'unit']);
  });
});
