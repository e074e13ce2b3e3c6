import { codedIssue } from '#contracts/issues.ts';
import type { GoalLevel } from '#contracts/goals.ts';
import {
  defaultGoalLevelSettings,
  levelsInUse,
  parentLevelIn,
  type GoalLevelSettings,
} from '#contracts/goals.levels.ts';
import type { FieldIssue } from '#contracts/common.ts';

type Parent = { id: string; level: GoalLevel; year: number };

/**
 * A goal's parents must be goals of the same year at the nearest level above it that the year
 * uses (in Stockholm's model a nämndmål under KF goals, a KF goal under an inriktningsmål; where
 * a tenant has no KF goals, a nämndmål directly under an inriktningsmål); the top level has none,
 * and a goal beneath the vision may stand without it. A goal may contribute to several parents
 * (R-G8), each named once. A goal of a level the year does not use is refused.
 */
export function parentProblems(
  level: GoalLevel,
  year: number,
  parentIds: readonly string[],
  parents: readonly Parent[],
  settings: GoalLevelSettings = defaultGoalLevelSettings,
): FieldIssue[] {
  if (!settings[level].inUse)
    return [
      codedIssue(
        'level',
        'goals.level_not_in_use',
        {},
        `${year} does not use the ${level} level; use one of ${levelsInUse(settings).join(', ')}`,
      ),
    ];
  const issues: FieldIssue[] = [];
  const expected = parentLevelIn(settings, level);
  if (expected === null && parentIds.length > 0)
    issues.push(
      codedIssue(
        'parentIds',
        'followup.top_level_has_no_parent',
        {},
        `a ${level} goal has no parent goals`,
      ),
    );
  if (expected !== null && parentIds.length === 0 && expected !== 'vision')
    issues.push(
      codedIssue(
        'parentIds',
        'followup.needs_parent',
        {},
        `a ${level} goal needs at least one ${expected} goal above it`,
      ),
    );
  const seen = new Set<string>();
  parentIds.forEach((id, i) => {
    const path = `parentIds.${i}`;
    if (seen.has(id))
      return issues.push(codedIssue(path, 'followup.listed_twice', {}, 'is listed twice'));
    seen.add(id);
    const parent = parents.find((p) => p.id === id);
    if (!parent)
      return issues.push(codedIssue(path, 'followup.unknown_goal', {}, 'there is no such goal'));
    if (parent.year !== year)
      return issues.push(
        codedIssue(
          path,
          'followup.goal_of_other_year',
          { year: String(parent.year) },
          `the goal belongs to ${parent.year}, not ${year}`,
        ),
      );
    if (parent.level !== expected)
      return issues.push(
        codedIssue(
          path,
          'followup.parent_wrong_level',
          {},
          `must be a ${expected} goal, not a ${parent.level} goal`,
        ),
      );
  });
  return issues;
}
