import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goalLevels, parentLevelOf, type GoalLevel } from '#contracts/goals.ts';
import {
  assessedLevelsOf,
  defaultGoalLevelSettings,
  type GoalLevelSettings,
} from '#contracts/goals.levels.ts';
import { parentProblems } from '../goals.rules.ts';
import { indicatorGoalProblems, levelSettingProblems } from './goals.levels.rules.ts';

/** A tenant using only `used`, named as its documents print them. */
const model = (used: Partial<Record<GoalLevel, string>>): GoalLevelSettings =>
  Object.fromEntries(
    goalLevels.map((level) => [
      level,
      {
        name: used[level] ?? defaultGoalLevelSettings[level].name,
        inUse: level in used,
        assessed: level in used,
        carriesIndicators: level in used,
      },
    ]),
  ) as GoalLevelSettings;

// övergripande mål → nämndmål: two levels
const twoLevels = model({ council: 'Övergripande mål', committee: 'Nämndmål' });
// a region: strategiska mål → verksamhetsmål → enhetsmål, with no council-wide goals per area
const threeLevels = model({
  direction: 'Strategiska mål',
  committee: 'Verksamhetsmål',
  unit: 'Enhetsmål',
});

const goal = (id: string, level: GoalLevel) => ({ id, level, year: 2025 });
const parents = [
  goal('vision', 'vision'),
  goal('strategic', 'direction'),
  goal('kf', 'council'),
  goal('board', 'committee'),
];
const codes = (...args: Parameters<typeof parentProblems>) =>
  parentProblems(...args).map((issue) => [issue.path, issue.code]);

describe("the parents of a goal under a tenant's own levels", () => {
  test('with two levels the top goal has no parent and a nämndmål sits directly under it', () => {
    expect(codes('council', 2025, [], parents, twoLevels)).toEqual([]);
    expect(codes('committee', 2025, ['kf'], parents, twoLevels)).toEqual([]);
    expect(codes('committee', 2025, [], parents, twoLevels)).toEqual([
      ['parentIds', 'followup.needs_parent'],
    ]);
    expect(codes('council', 2025, ['strategic'], parents, twoLevels)).toEqual([
      ['parentIds', 'followup.top_level_has_no_parent'],
      ['parentIds.0', 'followup.parent_wrong_level'],
    ]);
  });

  test('with three levels a verksamhetsmål sits directly under a strategiskt mål, not under a KF goal', () => {
    expect(codes('committee', 2025, ['strategic'], parents, threeLevels)).toEqual([]);
    expect(codes('unit', 2025, ['board'], parents, threeLevels)).toEqual([]);
    expect(codes('direction', 2025, [], parents, threeLevels)).toEqual([]);
    const issues = parentProblems('committee', 2025, ['kf'], parents, threeLevels);
    expect(issues.map((i) => i.code)).toEqual(['followup.parent_wrong_level']);
    expect(issues[0]!.message).toBe('must be a direction goal, not a council goal');
  });

  test('a goal at a level the year does not use is refused on its level, whatever its parents', () => {
    expect(codes('direction', 2025, [], parents, twoLevels)).toEqual([
      ['level', 'goals.level_not_in_use'],
    ]);
    expect(codes('council', 2025, ['strategic'], parents, threeLevels)).toEqual([
      ['level', 'goals.level_not_in_use'],
    ]);
  });

  test("the default is Stockholm's model: every level's parent one level up, exactly as before", () => {
    const ids = fc.constantFrom('vision', 'strategic', 'kf', 'board', 'elsewhere');
    fc.assert(
      fc.property(
        fc.constantFrom(...goalLevels),
        fc.array(ids, { maxLength: 4 }),
        (level, list) => {
          expect(parentProblems(level, 2025, list, parents)).toEqual(
            parentProblems(level, 2025, list, parents, defaultGoalLevelSettings),
          );
          const wrong = parentProblems(level, 2025, list, parents)
            .filter((i) => i.code === 'followup.parent_wrong_level')
            .map((i) => i.message.split(' ')[3]);
          for (const expected of wrong) expect(expected).toBe(String(parentLevelOf[level]));
        },
      ),
    );
    expect(assessedLevelsOf(defaultGoalLevelSettings)).toEqual(['council', 'committee', 'unit']);
  });
});

describe("a year's new levels", () => {
  test('need at least one level in use', () => {
    expect(levelSettingProblems(model({}), []).map((i) => i.code)).toEqual([
      'goals.no_level_in_use',
    ]);
  });

  test('may not take out of use a level that has goals that year, which are named', () => {
    const issues = levelSettingProblems(twoLevels, [
      { level: 'direction', count: 3, example: 'Ett hållbart Testby' },
      { level: 'council', count: 2, example: 'Luften är ren' },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'levels.direction.inUse',
        code: 'goals.level_has_goals',
        params: { level: 'direction', count: 3, example: 'Ett hållbart Testby' },
      }),
    ]);
  });
});

describe('the goals an indicator may measure', () => {
  const goals = goalLevels.map((level) => goal(level, level));
  const carrying = (settings: GoalLevelSettings) =>
    goalLevels.filter(
      (level) => indicatorGoalProblems(goals, [level], () => settings).length === 0,
    );

  test("under Stockholm's default, KF goals, nämndmål and enhetsmål carry indicators, the vision and inriktningsmål none", () => {
    expect(carrying(defaultGoalLevelSettings)).toEqual(['council', 'committee', 'unit']);
  });

  test('exactly the levels in use that carry indicators, whatever the settings', () => {
    const setting = fc.record({
      name: fc.constant('Nivå'),
      inUse: fc.boolean(),
      assessed: fc.boolean(),
      carriesIndicators: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.record({
          vision: setting,
          direction: setting,
          council: setting,
          committee: setting,
          unit: setting,
        }),
        (settings) => {
          expect(carrying(settings)).toEqual(
            goalLevels.filter((l) => settings[l].inUse && settings[l].carriesIndicators),
          );
        },
      ),
    );
  });

  test("a refusal names the goal's place in goalIds and the level as the tenant prints it", () => {
    const levels = model({ council: 'Övergripande mål', committee: 'Nämndmål' });
    levels.council.carriesIndicators = false;
    const ids = ['committee', 'council', 'unknown'];
    expect(indicatorGoalProblems(goals, ids, () => levels)).toEqual([
      expect.objectContaining({
        path: 'goalIds.1',
        code: 'goals.level_carries_no_indicators',
        params: { name: 'Övergripande mål', year: '2025' },
      }),
    ]);
  });

  test('a level may not stop carrying indicators while indicators measure its goals', () => {
    const levels = structuredClone(defaultGoalLevelSettings);
    levels.committee.carriesIndicators = false;
    const goalsPerLevel = [{ level: 'committee' as const, count: 4, example: 'Mål A' }];
    expect(
      levelSettingProblems(levels, goalsPerLevel, [
        { level: 'committee', count: 2, example: 'Mål A' },
      ]),
    ).toEqual([
      expect.objectContaining({
        path: 'levels.committee.carriesIndicators',
        code: 'goals.level_has_indicators',
        params: { level: 'committee', count: 2, example: 'Mål A' },
      }),
    ]);
    expect(levelSettingProblems(levels, goalsPerLevel, [])).toEqual([]);
  });
});
