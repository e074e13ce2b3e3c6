import { describe, expect, test } from 'vitest';
import { parentProblems } from './goals.rules.ts';

const vision = { id: 'vision', level: 'vision' as const, year: 2015 };
const direction = { id: 'direction', level: 'direction' as const, year: 2015 };
const kf = { id: 'kf', level: 'council' as const, year: 2015 };
const kf2 = { id: 'kf2', level: 'council' as const, year: 2015 };
const kfLastYear = { id: 'kf-2014', level: 'council' as const, year: 2014 };
const parents = [vision, direction, kf, kf2, kfLastYear];

const problems = (...args: Parameters<typeof parentProblems>) =>
  parentProblems(...args).map((issue) => [issue.path, issue.code]);

describe('the parents of a goal', () => {
  test('a nämndmål under one or several KF goals of its year is in order', () => {
    expect(problems('committee', 2015, ['kf'], parents)).toEqual([]);
    expect(problems('committee', 2015, ['kf', 'kf2'], parents)).toEqual([]);
  });

  test('the vision has no parents, and an inriktningsmål may stand without the vision', () => {
    expect(problems('vision', 2015, [], parents)).toEqual([]);
    expect(problems('direction', 2015, [], parents)).toEqual([]);
    expect(problems('direction', 2015, ['vision'], parents)).toEqual([]);
  });

  test('the vision given a parent is refused', () => {
    expect(problems('vision', 2015, ['direction'], parents)).toEqual([
      ['parentIds', 'followup.top_level_has_no_parent'],
      ['parentIds.0', 'followup.parent_wrong_level'],
    ]);
  });

  test('a KF goal, nämndmål or unit goal without a parent is refused', () => {
    for (const level of ['council', 'committee', 'unit'] as const)
      expect(problems(level, 2015, [], parents)).toEqual([['parentIds', 'followup.needs_parent']]);
  });

  test('each parent is checked on its own: listed twice, unknown, of another year, of the wrong level', () => {
    const issues = parentProblems(
      'committee',
      2015,
      ['kf', 'kf', 'nowhere', 'kf-2014', 'direction'],
      parents,
    );
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['parentIds.1', 'followup.listed_twice'],
      ['parentIds.2', 'followup.unknown_goal'],
      ['parentIds.3', 'followup.goal_of_other_year'],
      ['parentIds.4', 'followup.parent_wrong_level'],
    ]);
    expect(issues[2]).toMatchObject({
      params: { year: '2014' },
      message: 'the goal belongs to 2014, not 2015',
    });
    expect(issues[3]!.message).toBe('must be a council goal, not a direction goal');
  });
});
