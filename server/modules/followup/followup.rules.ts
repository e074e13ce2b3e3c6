import type { GoalLevel } from '#contracts/goals.ts';
import { assessedLevelsOf, defaultGoalLevelSettings } from '#contracts/goals.levels.ts';

type GoalLike = {
  id: string;
  level: GoalLevel;
  ownerUnitId: string;
  parentIds: readonly string[];
  position: number;
};

/**
 * Levels a unit writes an assessment for in Stockholm's model (the default goal levels); the
 * vision and inriktningsmål carry only text. A tenant's own levels say otherwise for its years
 * (goals.levels.usecases.ts, assessedLevelsOfYear).
 */
export const assessedLevels: readonly GoalLevel[] = assessedLevelsOf(defaultGoalLevelSettings);

/**
 * The goals of a unit's report: the goals the unit owns and every goal above them, in cascade
 * order (depth first, each level by position), so that the report reads inriktningsmål → KF
 * goal → nämndmål as the annual report does. A goal under several parents appears under each
 * (R-G8: the same nämndmål text under several KF goals), but only once in the result: at its
 * first place. The goals assigned to the unit (`assignedGoalIds`: council goals a committee
 * answers for directly) are in the report as if the unit owned them.
 */
export function reportGoalsOf<G extends GoalLike>(
  goals: readonly G[],
  unitId: string,
  assignedGoalIds: readonly string[] = [],
): G[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const included = new Set<string>();
  const climb = (goal: G) => {
    if (included.has(goal.id)) return;
    included.add(goal.id);
    for (const parentId of goal.parentIds) {
      const parent = byId.get(parentId);
      if (parent) climb(parent);
    }
  };
  const assigned = new Set(assignedGoalIds);
  for (const goal of goals) if (goal.ownerUnitId === unitId || assigned.has(goal.id)) climb(goal);

  const children = new Map<string, G[]>();
  const roots: G[] = [];
  for (const goal of goals) {
    if (!included.has(goal.id)) continue;
    const parents = goal.parentIds.filter((p) => included.has(p));
    if (parents.length === 0) roots.push(goal);
    for (const p of parents) children.set(p, [...(children.get(p) ?? []), goal]);
  }
  const byPosition = (a: G, b: G) => a.position - b.position;
  const ordered: G[] = [];
  const placed = new Set<string>();
  const walk = (goal: G) => {
    if (placed.has(goal.id)) return;
    placed.add(goal.id);
    ordered.push(goal);
    for (const child of (children.get(goal.id) ?? []).sort(byPosition)) walk(child);
  };
  for (const root of roots.sort(byPosition)) walk(root);
  return ordered;
}
