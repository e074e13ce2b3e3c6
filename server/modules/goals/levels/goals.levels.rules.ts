import { codedIssue, type CodedIssue } from '#contracts/issues.ts';
import { goalLevels } from '#contracts/goals.ts';
import { levelsInUse, type GoalLevelSettings } from '#contracts/goals.levels.ts';
import type { LevelGoals } from './goals.levels.repository.ts';

/**
 * What is wrong with a year's new levels: none in use, or a level taken out of use that still
 * has goals that year (named by count and an example, so that they can be moved first).
 */
export function levelSettingProblems(
  settings: GoalLevelSettings,
  goalsPerLevel: readonly LevelGoals[],
): CodedIssue[] {
  if (levelsInUse(settings).length === 0)
    return [codedIssue('levels', 'goals.no_level_in_use', {}, 'use at least one goal level')];
  return goalLevels.flatMap((level) => {
    const goals = goalsPerLevel.find((g) => g.level === level);
    if (settings[level].inUse || !goals || goals.count === 0) return [];
    return [
      codedIssue(
        `levels.${level}.inUse`,
        'goals.level_has_goals',
        { level, count: goals.count, example: goals.example },
        `the year has ${goals.count} ${level} goals (e.g. "${goals.example}"); move or remove them first`,
      ),
    ];
  });
}
