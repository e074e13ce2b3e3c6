import { codedIssue, type CodedIssue } from '#contracts/issues.ts';
import { goalLevels, type GoalLevel } from '#contracts/goals.ts';
import {
  carriesIndicatorsAt,
  levelsInUse,
  type GoalLevelSettings,
} from '#contracts/goals.levels.ts';
import type { LevelGoals } from './goals.levels.repository.ts';

/**
 * What is wrong with a year's new levels: none in use, a level taken out of use that still has
 * goals that year, or a level that no longer carries indicators while indicators measure its
 * goals (named by count and an example, so that they can be moved or unlinked first).
 */
export function levelSettingProblems(
  settings: GoalLevelSettings,
  goalsPerLevel: readonly LevelGoals[],
  measuredPerLevel: readonly LevelGoals[] = [],
): CodedIssue[] {
  if (levelsInUse(settings).length === 0)
    return [codedIssue('levels', 'goals.no_level_in_use', {}, 'use at least one goal level')];
  return goalLevels.flatMap((level) => {
    const goals = goalsPerLevel.find((g) => g.level === level);
    if (!settings[level].inUse && goals && goals.count > 0)
      return [
        codedIssue(
          `levels.${level}.inUse`,
          'goals.level_has_goals',
          { level, count: goals.count, example: goals.example },
          `the year has ${goals.count} ${level} goals (e.g. "${goals.example}"); move or remove them first`,
        ),
      ];
    const measured = measuredPerLevel.find((g) => g.level === level);
    if (carriesIndicatorsAt(settings, level) || !measured || measured.count === 0) return [];
    return [
      codedIssue(
        `levels.${level}.carriesIndicators`,
        'goals.level_has_indicators',
        { level, count: measured.count, example: measured.example },
        `${measured.count} ${level} goals have indicators (e.g. "${measured.example}"); unlink the indicators first`,
      ),
    ];
  });
}

/**
 * The goals an indicator may not measure: those of a level that carries no indicators in the
 * goal's year (or a level not in use). Each problem is on the goal's place in `goalIds`.
 */
export function indicatorGoalProblems(
  goals: readonly { id: string; level: GoalLevel; year: number }[],
  goalIds: readonly string[],
  settingsOf: (year: number) => GoalLevelSettings,
): CodedIssue[] {
  return goalIds.flatMap((id, i) => {
    const goal = goals.find((g) => g.id === id);
    if (!goal) return [];
    const settings = settingsOf(goal.year);
    if (carriesIndicatorsAt(settings, goal.level)) return [];
    const name = settings[goal.level].name;
    return [
      codedIssue(
        `goalIds.${i}`,
        'goals.level_carries_no_indicators',
        { name, year: String(goal.year) },
        `goals of the level ${name} carry no indicators in ${goal.year}: link the indicator to a goal of a level that carries indicators, or change the year's goal levels first`,
      ),
    ];
  });
}
