import type { Activity } from '#contracts/activities.ts';
import type { FieldIssue } from '#contracts/common.ts';
import type { YearFile, YearFileGoal, YearFileIndicator } from '#contracts/years.exchange.ts';
import { goalLevels } from '#contracts/goals.ts';
import type { Indicator } from '#contracts/indicators.ts';
import { codedIssue, type Difference } from '#contracts/issues.ts';
import { formulaKey, type StoredGoal } from './years.exchange.export.rules.ts';
import type { UnitOf } from './years.exchange.rules.ts';

/**
 * What an import does with each goal, indicator and activity of the file: use the one that is
 * already in the year exactly as the file has it, or create it. So several units' years can be
 * imported in any order and share the goals above them, and importing a file twice creates
 * nothing twice. A thing that is there but differs is a problem: an import never changes what
 * is there.
 */
export type ImportPlan = {
  /** per goal of the file: the id of the goal already there, or null to create it */
  goals: (string | null)[];
  /** per indicator: the one already there (then `link` lists the goals to add), or null */
  indicators: { existingId: string | null; link: string[] }[];
  /** per activity: the id of the one already there, or null to create it */
  activities: (string | null)[];
};

export type Existing = {
  goals: readonly StoredGoal[];
  /** the indicators measuring the year's goals */
  indicators: readonly Indicator[];
  /** the year's activities of the units the file names as responsible */
  activities: readonly Activity[];
};

const levelIndex = (goal: YearFileGoal) => goalLevels.indexOf(goal.level);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const sameSet = (a: readonly (string | null)[], b: readonly (string | null)[]) =>
  a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

const sameIndicator = (e: Indicator, f: YearFileIndicator) =>
  e.name === f.name &&
  e.definition === f.definition &&
  e.unit === f.unit &&
  e.decimals === f.decimals &&
  e.direction === f.direction &&
  e.level === f.level &&
  e.genderSplit === f.genderSplit;

/** The English words of each difference, as the message says them. */
const differenceWords: Record<Difference, string> = {
  description: 'description',
  heading: 'heading',
  title: 'title',
  parents: 'parent goals',
  dates: 'dates',
  coResponsible: 'co-responsible units',
};

/** The English message and the `differences` param of something there that the file differs from. */
function differs(what: string, year: number, fields: Difference[], title?: string) {
  const words = fields.map((f) =>
    f === 'title' && title !== undefined ? `title ("${title}")` : differenceWords[f],
  );
  const plural = words.length > 1 || /s$/.test(words[0] ?? '');
  return {
    differences: fields.join(','),
    message: `${what} is already in ${year}, but its ${words.join(' and ')} ${plural ? 'differ' : 'differs'} from the file's; an import does not change what is there: make the file say what is there, or change it in the app`,
  };
}

/**
 * A goal is there when the year has one with the same owner, level, number, title and parent
 * goals (the same nämndmål text may stand under several KF goals as several goals). Parents are
 * matched before their children, each goal there at most once.
 */
function planGoals(file: YearFile, unitOf: UnitOf, existing: Existing, issues: FieldIssue[]) {
  const plan: (string | null)[] = file.goals.map(() => null);
  const refs = new Map(file.goals.map((g, i) => [g.ref, i]));
  const parentsOf = (goal: YearFileGoal) =>
    goal.parents.map((ref) => plan[refs.get(ref) ?? -1] ?? `new:${ref}`);
  const used = new Set<string>();
  const order = file.goals
    .map((_, i) => i)
    .sort((a, b) => levelIndex(file.goals[a]!) - levelIndex(file.goals[b]!));
  for (const i of order) {
    const goal = file.goals[i]!;
    const owner = unitOf(goal.owner);
    const parents = parentsOf(goal);
    const alike = (e: StoredGoal) =>
      !used.has(e.id) && e.ownerUnitId === owner && e.level === goal.level;
    const same = existing.goals.find(
      (e) =>
        alike(e) &&
        e.number === goal.number &&
        e.title === goal.title &&
        sameSet(parents, e.parentIds),
    );
    if (same) {
      used.add(same.id);
      plan[i] = same.id;
      const fields: Difference[] = [
        ...(same.description !== goal.description ? (['description'] as const) : []),
        ...(same.heading !== goal.heading ? (['heading'] as const) : []),
      ];
      if (fields.length > 0) {
        const { differences, message } = differs(
          `${goal.owner.name}'s goal "${goal.title}"`,
          file.year,
          fields,
        );
        const params = { unit: goal.owner.name, goal: goal.title, year: String(file.year) };
        issues.push(
          codedIssue(`goals.${i}`, 'exchange.goal_differs', { ...params, differences }, message),
        );
      }
      continue;
    }
    // A numbered goal is one goal: 1.1 under other words or other parents is a conflict.
    const numbered =
      goal.number !== null && existing.goals.find((e) => alike(e) && e.number === goal.number);
    if (!numbered) continue;
    const fields: Difference[] = [
      ...(numbered.title !== goal.title ? (['title'] as const) : []),
      ...(sameSet(parents, numbered.parentIds) ? [] : (['parents'] as const)),
    ];
    if (fields.length === 0) continue;
    const { differences, message } = differs(
      `${goal.owner.name}'s ${goal.level} goal ${goal.number}`,
      file.year,
      fields,
      numbered.title,
    );
    issues.push(
      codedIssue(
        `goals.${i}`,
        'exchange.numbered_goal_differs',
        {
          unit: goal.owner.name,
          level: goal.level,
          number: goal.number!,
          year: String(file.year),
          there: numbered.title,
          differences,
        },
        message,
      ),
    );
  }
  return plan;
}

function planIndicators(
  file: YearFile,
  goalIdOf: (ref: string) => string | null,
  existing: Existing,
) {
  const used = new Set<string>();
  return file.indicators.map((indicator) => {
    const there = indicator.goals.map(goalIdOf).filter((id): id is string => id !== null);
    const same = existing.indicators.find(
      (e) =>
        !used.has(e.id) &&
        sameIndicator(e, indicator) &&
        e.goalIds.some((id) => there.includes(id)),
    );
    if (!same) return { existingId: null, link: indicator.goals };
    used.add(same.id);
    const link = indicator.goals.filter((ref) => {
      const id = goalIdOf(ref);
      return id === null || !same.goalIds.includes(id);
    });
    return { existingId: same.id, link };
  });
}

function planActivities(
  file: YearFile,
  unitOf: UnitOf,
  goalIdOf: (ref: string) => string | null,
  existing: Existing,
  issues: FieldIssue[],
) {
  return file.activities.map((activity, i) => {
    const goalId = activity.goal === null ? null : goalIdOf(activity.goal);
    if (activity.goal !== null && goalId === null) return null;
    const same = existing.activities.find(
      (e) =>
        e.responsibleUnitId === unitOf(activity.responsible) &&
        e.kind === activity.kind &&
        e.title === activity.title &&
        e.goalId === goalId,
    );
    if (!same) return null;
    const datesDiffer = same.startsOn !== activity.startsOn || same.endsOn !== activity.endsOn;
    const fields: Difference[] = [
      ...(same.description !== activity.description ? (['description'] as const) : []),
      ...(datesDiffer ? (['dates'] as const) : []),
      ...(sameSet(activity.coResponsible.map(unitOf), same.coResponsibleUnitIds)
        ? []
        : (['coResponsible'] as const)),
    ];
    if (fields.length > 0) {
      const { differences, message } = differs(
        `The activity "${activity.title}"`,
        file.year,
        fields,
      );
      const params = { activity: activity.title, year: String(file.year), differences };
      issues.push(codedIssue(`activities.${i}`, 'exchange.activity_differs', params, message));
    }
    return same.id;
  });
}

/**
 * Computed indicators (decision 004): an indicator that is there keeps its formula, so a file
 * giving it another one (or one where it is typed) is a conflict; and where the file does not
 * know that an indicator it uses is computed here (it carries no formula for it), an outcome it
 * gives is a typed write that the reporter's path refuses. A file that carries the same formula
 * and an unmarked outcome says that this outcome was typed where it came from (before the
 * formula was set, or in a report past draft); the import keeps it so.
 */
function formulaProblems(
  file: YearFile,
  indicators: ImportPlan['indicators'],
  existing: Existing,
  issues: FieldIssue[],
) {
  file.indicators.forEach((indicator, i) => {
    const { existingId } = indicators[i]!;
    const there = existingId && existing.indicators.find((e) => e.id === existingId);
    if (!there) return;
    const formula = there.formula ?? null;
    const params = { indicator: indicator.name, year: String(file.year) };
    if (indicator.formula) {
      if (formulaKey(indicator.formula) !== formulaKey(formula?.definition ?? null))
        issues.push(
          codedIssue(
            `indicators.${i}.formula`,
            'exchange.formula_differs',
            params,
            `the indicator "${indicator.name}" is already in ${file.year}, but it is computed by another formula or reported by hand; an import does not change what is there`,
          ),
        );
      return;
    }
    if (!formula) return;
    for (const [key, outcome] of Object.entries(indicator.outcomes))
      if (outcome.computed !== true)
        issues.push(
          codedIssue(
            `indicators.${i}.outcomes.${key}`,
            'exchange.outcome_computed',
            { indicator: indicator.name, formula: formula.text },
            `the indicator "${indicator.name}" is computed from the economy here (${formula.text}) and cannot take a typed outcome; mark the outcome computed or leave it out`,
          ),
        );
  });
}

/**
 * Which of the file's goals, indicators and activities are already in the year, and the
 * problems: things that are there but differ, and goals or activities of the unit itself that
 * the file does not have (the file would not be the unit's year after the import).
 */
export function planImport(
  file: YearFile,
  unitOf: UnitOf,
  existing: Existing,
): { plan: ImportPlan; problems: FieldIssue[] } {
  const problems: FieldIssue[] = [];
  const goals = planGoals(file, unitOf, existing, problems);
  const refs = new Map(file.goals.map((g, i) => [g.ref, i]));
  const goalIdOf = (ref: string) => {
    const at = refs.get(ref);
    return at === undefined ? null : (goals[at] ?? null);
  };
  const indicators = planIndicators(file, goalIdOf, existing);
  formulaProblems(file, indicators, existing, problems);
  const activities = planActivities(file, unitOf, goalIdOf, existing, problems);

  const unitId = unitOf(file.unit);
  const name = file.unit.name;
  /** The unit's goals or activities in the year that the file does not have. */
  const extra = (
    path: 'goals' | 'activities',
    things: readonly { title: string }[],
    [one, many]: [string, string],
  ) => {
    if (things.length === 0) return;
    const params = {
      unit: name,
      year: String(file.year),
      count: things.length,
      example: things[0]!.title,
    };
    const message = `${name} already has ${count(params.count, one, many)} in ${file.year} that the file does not have, such as "${params.example}"; an import only adds a unit's year where it has none`;
    const code =
      path === 'goals' ? 'exchange.unit_has_other_goals' : 'exchange.unit_has_other_activities';
    problems.push(codedIssue(path, code, params, message));
  };
  extra(
    'goals',
    existing.goals.filter((g) => g.ownerUnitId === unitId && !goals.includes(g.id)),
    ['goal', 'goals'],
  );
  extra(
    'activities',
    existing.activities.filter((a) => a.responsibleUnitId === unitId && !activities.includes(a.id)),
    ['activity', 'activities'],
  );
  return { plan: { goals, indicators, activities }, problems };
}
