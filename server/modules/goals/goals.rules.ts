import { codedIssue } from '#contracts/issues.ts';
import { parentLevelOf, type GoalLevel } from '#contracts/goals.ts';
import type { FieldIssue } from '#contracts/common.ts';

type Parent = { id: string; level: GoalLevel; year: number };

/**
 * A goal's parents must be goals of the same year one level up the cascade (a nämndmål under KF
 * goals, a KF goal under an inriktningsmål); the top level has none. A goal may contribute to
 * several parents (R-G8), each named once.
 */
export function parentProblems(
  level: GoalLevel,
  year: number,
  parentIds: readonly string[],
  parents: readonly Parent[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const expected = parentLevelOf[level];
  if (expected === null && parentIds.length > 0)
    issues.push(
      codedIssue(
        'parentIds',
        'followup.top_level_has_no_parent',
        {},
        `a ${level} goal has no parent goals`,
      ),
    );
  if (expected !== null && parentIds.length === 0 && level !== 'direction')
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
