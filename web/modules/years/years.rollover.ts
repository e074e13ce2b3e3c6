import type { FieldIssue } from '#contracts/common.ts';
import type {
  RolloverActivity,
  RolloverGoal,
  RolloverGoalMapping,
  RolloverTarget,
} from '#contracts/years.rollover.ts';

/**
 * What the administrator has changed of one goal in the rollover form: the number and title as
 * typed, and whether it is left behind. A goal without an edit is copied as it is.
 */
export type GoalEdit = { number: string; title: string; drop: boolean };

export const editOf = (goal: RolloverGoal): GoalEdit => ({
  number: goal.from.number ?? '',
  title: goal.from.title,
  drop: false,
});

/**
 * The mapping the API takes: only the goals that change, each with only what changes. An
 * emptied number makes the goal unnumbered (nämndmål usually are); an emptied title is sent as
 * typed so that the API names the problem.
 */
export function goalMappings(
  goals: readonly RolloverGoal[],
  edits: Readonly<Record<string, GoalEdit>>,
): Record<string, RolloverGoalMapping> {
  const mappings: Record<string, RolloverGoalMapping> = {};
  for (const goal of goals) {
    const edit = edits[goal.fromGoalId];
    if (!edit) continue;
    if (edit.drop) {
      mappings[goal.fromGoalId] = { drop: true };
      continue;
    }
    const mapping: RolloverGoalMapping = {};
    const number = edit.number.trim() === '' ? null : edit.number.trim();
    if (number !== goal.from.number) mapping.number = number;
    if (edit.title.trim() !== goal.from.title) mapping.title = edit.title.trim();
    if (Object.keys(mapping).length > 0) mappings[goal.fromGoalId] = mapping;
  }
  return mappings;
}

/** The problems of a preview: each goal's (path `goals.<id>…`), and the rest. */
export function problemsByGoal(problems: readonly FieldIssue[]): {
  byGoal: Map<string, FieldIssue[]>;
  general: FieldIssue[];
} {
  const byGoal = new Map<string, FieldIssue[]>();
  const general: FieldIssue[] = [];
  for (const problem of problems) {
    const [head, id] = problem.path.split('.');
    if (head === 'goals' && id) byGoal.set(id, [...(byGoal.get(id) ?? []), problem]);
    else general.push(problem);
  }
  return { byGoal, general };
}

export type Tally<K extends string> = Partial<Record<K, number>>;

function tally<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Tally<K> {
  const counts: Tally<K> = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** How many goals are copied unchanged, renumbered, retitled, moved to another owner, dropped. */
export function goalSummary(goals: readonly RolloverGoal[]) {
  return {
    copied: goals.filter((g) => g.to !== null).length,
    dropped: goals.filter((g) => g.to === null).length,
    changed: tally(
      goals.flatMap((g) => (g.to ? g.changes : [])),
      (change) => change,
    ),
  };
}

/** Activities by what becomes of them: runs on, extended (both copied), ended, dropped. */
export const activitySummary = (activities: readonly RolloverActivity[]) =>
  tally(activities, (a) => a.reason);

/** Targets copied, and those not copied by why. */
export const targetSummary = (targets: readonly RolloverTarget[]) =>
  tally(targets, (t) => (t.copied ? 'copied' : (t.skipped ?? 'not_asked')));
