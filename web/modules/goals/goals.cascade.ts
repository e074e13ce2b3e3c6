import type { ActivityStatus } from '#contracts/assessment.ts';
import type { ReportActivity } from '#contracts/followup.ts';
import { goalLevels, type Goal, type GoalLevel } from '#contracts/goals.ts';

/**
 * The goal cascade of a year as a tree: vision → inriktningsmål → KF:s mål → nämndmål →
 * enhetsmål. A goal that contributes to several goals above it appears under each of them, so
 * the tree is really a directed acyclic graph drawn as a tree: every node has a `key`, the path
 * of goal ids from its root, which is unique even where the goal is not.
 */
export type CascadeNode = {
  key: string;
  goal: Goal;
  children: CascadeNode[];
  /** the goal contributes to more than one goal in the list (it appears more than once) */
  shared: boolean;
  /** a root that names parents none of which are in the list (or one below the top level) */
  parentMissing: boolean;
};

const levelRank = new Map<GoalLevel, number>(goalLevels.map((level, index) => [level, index]));
const collator = new Intl.Collator('sv-SE', { numeric: true });

/** In the year's order (position), then by number as numbers ("1.10" after "1.9"), then title. */
export function compareGoals(a: Goal, b: Goal): number {
  return (
    (levelRank.get(a.level) ?? 9) - (levelRank.get(b.level) ?? 9) ||
    a.position - b.position ||
    collator.compare(a.number ?? '', b.number ?? '') ||
    collator.compare(a.title, b.title)
  );
}

type Graph = {
  byId: Map<string, Goal>;
  childrenOf: Map<string, Goal[]>;
  parentsOf: Map<string, string[]>;
};

function graphOf(goals: readonly Goal[]): Graph {
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const childrenOf = new Map<string, Goal[]>();
  const parentsOf = new Map<string, string[]>();
  for (const goal of goals) {
    const parents = [...new Set(goal.parentIds)].filter((id) => id !== goal.id && byId.has(id));
    parentsOf.set(goal.id, parents);
    for (const parentId of parents) {
      const siblings = childrenOf.get(parentId) ?? [];
      siblings.push(goal);
      childrenOf.set(parentId, siblings);
    }
  }
  for (const siblings of childrenOf.values()) siblings.sort(compareGoals);
  return { byId, childrenOf, parentsOf };
}

function nodeOf(graph: Graph, goal: Goal, path: readonly string[]): CascadeNode {
  const here = [...path, goal.id];
  const children = (graph.childrenOf.get(goal.id) ?? [])
    // A cycle (which the server refuses) would never end: a goal is not its own descendant.
    .filter((child) => !here.includes(child.id))
    .map((child) => nodeOf(graph, child, here));
  const parents = graph.parentsOf.get(goal.id) ?? [];
  return {
    key: here.join('/'),
    goal,
    children,
    shared: parents.length > 1,
    parentMissing:
      path.length === 0 &&
      parents.length === 0 &&
      (goal.parentIds.length > 0 || !['vision', 'direction'].includes(goal.level)),
  };
}

/**
 * The whole cascade (roots: goals without a parent in the list, in cascade order), or, given a
 * goal, that goal's subtree: everything that serves it ("down").
 */
export function buildCascade(goals: readonly Goal[], rootId?: string): CascadeNode[] {
  const graph = graphOf(goals);
  if (rootId !== undefined) {
    const root = graph.byId.get(rootId);
    return root ? [nodeOf(graph, root, [])] : [];
  }
  const roots = goals.filter((goal) => (graph.parentsOf.get(goal.id) ?? []).length === 0);
  const nodes = [...roots].sort(compareGoals).map((goal) => nodeOf(graph, goal, []));
  // Goals caught in a cycle have a parent but are reachable from no root: show them anyway.
  const reached = new Set(allNodes(nodes).map((node) => node.goal.id));
  for (const goal of [...goals].sort(compareGoals))
    if (!reached.has(goal.id)) {
      const node = nodeOf(graph, goal, []);
      nodes.push(node);
      for (const n of allNodes([node])) reached.add(n.goal.id);
    }
  return nodes;
}

/** Every node of the tree in reading order. */
export function allNodes(nodes: readonly CascadeNode[]): CascadeNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children)]);
}

/** The goal and every goal that serves it, directly or further down. */
export function descendantIds(goals: readonly Goal[], goalId: string): Set<string> {
  const { childrenOf } = graphOf(goals);
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const child of childrenOf.get(id) ?? []) visit(child.id);
  };
  visit(goalId);
  return found;
}

/** The goals given and every goal above them, by any of their parents. */
export function ancestorIds(goals: readonly Goal[], ids: Iterable<string>): Set<string> {
  const { parentsOf } = graphOf(goals);
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id) || !parentsOf.has(id)) return;
    found.add(id);
    for (const parentId of parentsOf.get(id) ?? []) visit(parentId);
  };
  for (const id of ids) visit(id);
  return found;
}

/**
 * What a unit contributes to ("up"): its own goals, and the goals above them that it serves.
 * `above` leaves out the unit's own goals.
 */
export function contributionsOf(
  goals: readonly Goal[],
  unitId: string,
): { own: Set<string>; above: Set<string> } {
  const own = new Set(goals.filter((goal) => goal.ownerUnitId === unitId).map((goal) => goal.id));
  const above = ancestorIds(goals, own);
  for (const id of own) above.delete(id);
  return { own, above };
}

/** The tree with only the goals in `keep`; a goal left out takes its subtree with it. */
export function pruneCascade(
  nodes: readonly CascadeNode[],
  keep: ReadonlySet<string>,
): CascadeNode[] {
  return nodes
    .filter((node) => keep.has(node.goal.id))
    .map((node) => ({ ...node, children: pruneCascade(node.children, keep) }));
}

/**
 * The chains of goals above a goal, each from a root down to one of its parents ("up" from a
 * goal): a goal under two KF goals has two chains. At most `limit`, so that a richly shared
 * cascade cannot explode.
 */
export function chainsAbove(goals: readonly Goal[], goalId: string, limit = 20): Goal[][] {
  const { byId, parentsOf } = graphOf(goals);
  const chains: Goal[][] = [];
  const walk = (id: string, below: Goal[]) => {
    if (chains.length >= limit) return;
    const parents = (parentsOf.get(id) ?? []).filter((p) => !below.some((g) => g.id === p));
    if (parents.length === 0) {
      if (below.length > 0) chains.push(below);
      return;
    }
    for (const parentId of parents) walk(parentId, [byId.get(parentId)!, ...below]);
  };
  walk(goalId, []);
  return chains;
}

/** The keys of every node with children: what "expand all" opens. */
export function expandableKeys(nodes: readonly CascadeNode[]): string[] {
  return allNodes(nodes)
    .filter((node) => node.children.length > 0)
    .map((node) => node.key);
}

/** The keys of the nodes above every occurrence of the goals: opening them shows the goals. */
export function keysRevealing(nodes: readonly CascadeNode[], ids: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  const visit = (node: CascadeNode, above: string[]): boolean => {
    let found = false;
    for (const child of node.children) if (visit(child, [...above, node.key])) found = true;
    if (found) keys.add(node.key);
    if (ids.has(node.goal.id)) {
      for (const key of above) keys.add(key);
      return true;
    }
    return found;
  };
  for (const node of nodes) visit(node, []);
  return [...keys];
}

/** What is open at first: the vision (so that the inriktningsmål show), nothing else. */
export function initiallyExpanded(nodes: readonly CascadeNode[]): string[] {
  return nodes.filter((node) => node.goal.level === 'vision').map((node) => node.key);
}

export type OwnerUnit = { id: string; name: string };

/** The units owning goals in the list, the council's first (by the highest level they own). */
export function ownerUnits(goals: readonly Goal[]): OwnerUnit[] {
  const rank = new Map<string, { name: string; rank: number }>();
  for (const goal of goals) {
    const r = levelRank.get(goal.level) ?? 9;
    const known = rank.get(goal.ownerUnitId);
    if (!known || r < known.rank)
      rank.set(goal.ownerUnitId, { name: goal.ownerUnitName ?? goal.ownerUnitId, rank: r });
  }
  return [...rank.entries()]
    .sort(([, a], [, b]) => a.rank - b.rank || collator.compare(a.name, b.name))
    .map(([id, { name }]) => ({ id, name }));
}

/** How many goals there are of each level, in cascade order; levels without goals left out. */
export function countByLevel(goals: readonly Goal[]): { level: GoalLevel; count: number }[] {
  return goalLevels
    .map((level) => ({ level, count: goals.filter((goal) => goal.level === level).length }))
    .filter((entry) => entry.count > 0);
}

export type GoalActivity = {
  id: string;
  title: string;
  kind: ReportActivity['activity']['kind'];
  status: ActivityStatus | null;
  /** given to more than one unit ("i samråd"): its reports can be read side by side */
  shared: boolean;
};

/** A report's activities by the goal they serve, in the report's order; those without a goal left out. */
export function activitiesByGoal(
  activities: readonly ReportActivity[],
): Map<string, GoalActivity[]> {
  const byGoal = new Map<string, GoalActivity[]>();
  for (const { activity, report } of activities) {
    if (activity.goalId === null) continue;
    const list = byGoal.get(activity.goalId) ?? [];
    list.push({
      id: activity.id,
      title: activity.title,
      kind: activity.kind,
      status: report?.status ?? null,
      shared: activity.coResponsibleUnitIds.length > 0,
    });
    byGoal.set(activity.goalId, list);
  }
  return byGoal;
}
