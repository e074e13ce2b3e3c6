import { createHash } from 'node:crypto';
import type { Activity } from '#contracts/activities.ts';
import type { FieldIssue } from '#contracts/common.ts';
import { goalLevels, type Goal } from '#contracts/goals.ts';
import type { Target } from '#contracts/indicators.ts';
import { codedIssue } from '#contracts/issues.ts';
import type {
  RolloverActivity,
  RolloverGoal,
  RolloverIndicatorLink,
  RolloverInput,
  RolloverLink,
  RolloverTarget,
} from '#contracts/years.rollover.ts';

/** A goal of the year rolled from, as far as the rollover needs it. */
export type SourceGoal = Pick<
  Goal,
  | 'id'
  | 'level'
  | 'number'
  | 'title'
  | 'description'
  | 'ownerUnitId'
  | 'heading'
  | 'parentIds'
  | 'position'
  | 'version'
>;
export type SourceIndicatorLink = Omit<RolloverIndicatorLink, 'copied'>;

/** Everything the plan depends on besides the mapping; the preview's revision is its digest. */
export type RolloverModel = {
  fromYear: number;
  toYear: number;
  goals: readonly SourceGoal[];
  indicatorLinks: readonly SourceIndicatorLink[];
  /** the year rolled from's targets */
  targets: readonly Target[];
  activities: readonly Activity[];
  /** targets the new year already has, which a rollover keeps */
  existingTargets: readonly Pick<Target, 'indicatorId' | 'unitId'>[];
  /** units open on at least one day of the new year */
  openUnitIds: ReadonlySet<string>;
  /** for messages */
  unitNames: ReadonlyMap<string, string>;
};

export type RolloverMapping = Pick<RolloverInput, 'goals' | 'activities' | 'carryTargets'>;

export type RolloverPlan = {
  goals: RolloverGoal[];
  links: RolloverLink[];
  indicatorLinks: RolloverIndicatorLink[];
  targets: RolloverTarget[];
  activities: RolloverActivity[];
  problems: FieldIssue[];
  /** the copied goals' ids in the year rolled from, each after every goal above it */
  order: string[];
};

const label = (goal: Pick<SourceGoal, 'number' | 'title'>) =>
  goal.number ? `${goal.number} ${goal.title}` : goal.title;

/**
 * Plans the copy of a year's model into the next: which goals (renumbered, retitled, with a new
 * owner, or dropped), links, indicator links, targets and activities the new year gets, and what
 * stands in the way. Nothing refers to a dropped goal: a link to one is left behind, and a goal
 * or activity that would hang under nothing but dropped goals is a problem unless it is dropped
 * too (a nämndmål under several KF goals keeps the ones that remain, R-G8).
 */
export function planRollover(model: RolloverModel, mapping: RolloverMapping): RolloverPlan {
  const problems: FieldIssue[] = [];
  const unitName = (id: string) => model.unitNames.get(id) ?? 'the unit';
  const fromYear = String(model.fromYear);
  const toYear = String(model.toYear);
  const goalsById = new Map(model.goals.map((g) => [g.id, g]));
  const activityIds = new Set(model.activities.map((a) => a.id));
  for (const [field, known, code, what] of [
    ['goals', goalsById, 'rollover.unknown_goal', 'a goal'],
    ['activities', activityIds, 'rollover.unknown_activity', 'an activity'],
  ] as const)
    for (const id of Object.keys(mapping[field]))
      if (!known.has(id))
        problems.push(
          codedIssue(`${field}.${id}`, code, { year: fromYear }, `is not ${what} of ${fromYear}`),
        );
  if (model.goals.length === 0)
    problems.push(
      codedIssue(
        'fromYear',
        'rollover.no_goals',
        { year: fromYear },
        `${fromYear} has no goals to roll over`,
      ),
    );

  const kept = (id: string) => goalsById.has(id) && !mapping.goals[id]?.drop;
  const goals = model.goals.map((g): RolloverGoal => {
    const m = mapping.goals[g.id];
    const from = { number: g.number, title: g.title, ownerUnitId: g.ownerUnitId };
    if (m?.drop) return { fromGoalId: g.id, level: g.level, from, to: null, changes: [] };
    const to = {
      number: m?.number !== undefined ? m.number : g.number,
      title: m?.title ?? g.title,
      ownerUnitId: m?.ownerUnitId ?? g.ownerUnitId,
    };
    const changes = (['number', 'title', 'ownerUnitId'] as const)
      .filter((field) => to[field] !== from[field])
      .map((field) => (field === 'ownerUnitId' ? 'owner' : field));
    return { fromGoalId: g.id, level: g.level, from, to, changes };
  });

  const links = model.goals.flatMap((g) =>
    g.parentIds.map((parentGoalId) => ({
      goalId: g.id,
      parentGoalId,
      copied: kept(g.id) && kept(parentGoalId),
    })),
  );
  for (const g of goals) {
    const source = goalsById.get(g.fromGoalId)!;
    if (!g.to) continue;
    const path = `goals.${g.fromGoalId}`;
    if (source.parentIds.length > 0 && !source.parentIds.some(kept)) {
      const above = source.parentIds.map((id) => goalsById.get(id)).filter((p) => p !== undefined);
      const goals = above.map(label).join('; ');
      problems.push(
        codedIssue(
          path,
          'rollover.parents_dropped',
          { goals },
          `every goal above it is dropped (${goals}); drop it too, or keep one of them`,
        ),
      );
    }
    if (!model.openUnitIds.has(g.to.ownerUnitId)) {
      const unit = unitName(g.to.ownerUnitId);
      problems.push(
        codedIssue(
          `${path}.ownerUnitId`,
          'rollover.owner_closed',
          { unit, year: toYear },
          `${unit} is not open in ${toYear}; give the owner in ${toYear}, or drop the goal`,
        ),
      );
    }
  }
  problems.push(...numberProblems(goals, links));

  // in the order of the cascade, so that the preview reads top down
  const rank = new Map(model.goals.map((g, i) => [g.id, i]));
  const indicatorLinks = model.indicatorLinks
    .map((l) => ({ ...l, copied: kept(l.goalId) }))
    .sort(
      (a, b) => (rank.get(a.goalId) ?? 0) - (rank.get(b.goalId) ?? 0) || a.position - b.position,
    );
  const indicatorRank = new Map<string, number>();
  indicatorLinks.forEach((l, i) => {
    if (!indicatorRank.has(l.indicatorId)) indicatorRank.set(l.indicatorId, i);
  });
  const measured = new Set(indicatorLinks.filter((l) => l.copied).map((l) => l.indicatorId));
  const existing = new Set(model.existingTargets.map((t) => `${t.indicatorId}|${t.unitId}`));
  const inOrder = (t: Target) => indicatorRank.get(t.indicatorId) ?? indicatorLinks.length;
  const sortedTargets = [...model.targets].sort(
    (a, b) => inOrder(a) - inOrder(b) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
  const targets = sortedTargets.map((t): RolloverTarget => {
    const skipped = !mapping.carryTargets
      ? 'not_asked'
      : !measured.has(t.indicatorId)
        ? 'indicator_left'
        : !model.openUnitIds.has(t.unitId)
          ? 'unit_closed'
          : existing.has(`${t.indicatorId}|${t.unitId}`)
            ? 'exists'
            : null;
    return { ...t, year: model.toYear, copied: skipped === null, skipped };
  });

  const activities = model.activities.map((a) => planActivity(model, mapping, a, kept, problems));
  return {
    goals,
    links,
    indicatorLinks,
    targets,
    activities,
    problems,
    order: insertionOrder(model.goals.filter((g) => kept(g.id))),
  };
}

function planActivity(
  model: RolloverModel,
  mapping: RolloverMapping,
  a: Activity,
  kept: (goalId: string) => boolean,
  problems: FieldIssue[],
): RolloverActivity {
  const m = mapping.activities[a.id];
  const firstDay = `${model.toYear}-01-01`;
  const path = `activities.${a.id}`;
  const endsOn = m?.endsOn ?? a.endsOn;
  const reason = m?.drop
    ? 'dropped'
    : endsOn < firstDay
      ? 'ended'
      : endsOn !== a.endsOn
        ? 'extended'
        : 'runs_on';
  const copied = reason === 'runs_on' || reason === 'extended';
  const responsibleUnitId = m?.responsibleUnitId ?? a.responsibleUnitId;
  const planned: RolloverActivity = {
    fromActivityId: a.id,
    kind: a.kind,
    title: a.title,
    goalId: a.goalId,
    responsibleUnitId,
    // a co-responsible unit closed by the new year no longer shares it
    coResponsibleUnitIds: a.coResponsibleUnitIds.filter((id) => model.openUnitIds.has(id)),
    startsOn: a.startsOn,
    fromEndsOn: a.endsOn,
    endsOn,
    copied,
    reason,
  };
  const toYear = String(model.toYear);
  if (m?.endsOn !== undefined && !m.drop) {
    if (m.endsOn < a.startsOn)
      problems.push(
        codedIssue(
          `${path}.endsOn`,
          'rollover.ends_before_start',
          { startsOn: a.startsOn },
          `must not be before ${a.startsOn}`,
        ),
      );
    else if (m.endsOn < firstDay)
      problems.push(
        codedIssue(
          `${path}.endsOn`,
          'rollover.ends_before_year',
          { year: toYear },
          `must be in ${toYear} or later; to leave the activity behind, drop it`,
        ),
      );
  }
  if (!copied) return planned;
  if (a.goalId !== null && !kept(a.goalId))
    problems.push(
      model.goals.some((g) => g.id === a.goalId)
        ? codedIssue(
            path,
            'rollover.goal_dropped',
            {},
            'its goal is dropped; drop the activity too',
          )
        : codedIssue(
            path,
            'rollover.goal_not_in_year',
            { year: String(model.fromYear) },
            `its goal is not a goal of ${model.fromYear}`,
          ),
    );
  if (!model.openUnitIds.has(responsibleUnitId)) {
    const unit = model.unitNames.get(responsibleUnitId) ?? 'the unit';
    problems.push(
      codedIssue(
        `${path}.responsibleUnitId`,
        'rollover.responsible_closed',
        { unit, year: toYear },
        `${unit} is not open in ${toYear}; give the responsible unit in ${toYear}, or drop the activity`,
      ),
    );
  }
  return planned;
}

/**
 * Numbers must be unique among the copied goals of one level, one owner and one goal above
 * (two committees may both have a goal 1 under the same KF goal). Unnumbered goals never clash.
 */
function numberProblems(goals: readonly RolloverGoal[], links: readonly RolloverLink[]) {
  const problems: FieldIssue[] = [];
  const taken = new Map<string, RolloverGoal>();
  for (const g of goals) {
    if (!g.to || g.to.number === null) continue;
    const above = links.filter((l) => l.copied && l.goalId === g.fromGoalId);
    const groups = above.length > 0 ? above.map((l) => l.parentGoalId) : ['(top)'];
    const clashes = new Set<RolloverGoal>();
    for (const group of groups) {
      const key = [g.level, g.to.ownerUnitId, group, g.to.number].join('|');
      const first = taken.get(key);
      if (first) clashes.add(first);
      else taken.set(key, g);
    }
    for (const first of clashes) {
      const params = { number: g.to.number, title: first.to!.title };
      problems.push(
        codedIssue(
          `goals.${g.fromGoalId}.number`,
          'rollover.number_taken',
          params,
          `${params.number} is also the number of “${params.title}” in the new year`,
        ),
      );
    }
  }
  return problems;
}

/** Goals by level down the cascade (a goal's parents are one level up), then by position. */
function insertionOrder(goals: readonly SourceGoal[]): string[] {
  const rank = (g: SourceGoal) => goalLevels.indexOf(g.level);
  return [...goals].sort((a, b) => rank(a) - rank(b) || a.position - b.position).map((g) => g.id);
}

/** The units open on at least one day of the year, and each unit's latest name up to its end. */
export function unitsInYear(
  versions: readonly { id: string; name: string; validFrom: string; validTo: string | null }[],
  year: number,
) {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const openUnitIds = new Set<string>();
  const named = new Map<string, { name: string; validFrom: string }>();
  for (const v of versions) {
    if (v.validFrom <= last && (v.validTo === null || v.validTo >= first)) openUnitIds.add(v.id);
    const seen = named.get(v.id);
    if (v.validFrom <= last && (!seen || seen.validFrom < v.validFrom))
      named.set(v.id, { name: v.name, validFrom: v.validFrom });
  }
  const unitNames = new Map([...named].map(([id, n]) => [id, n.name]));
  return { openUnitIds, unitNames };
}

/**
 * A digest of everything the plan depends on except the mapping: the same revision means the
 * same mapping gives the same plan. Goals and activities carry versions; the rest their values.
 */
export function revisionOf(model: RolloverModel): string {
  const byKey = <T>(list: readonly T[], key: (item: T) => string) =>
    [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const canonical = {
    years: [model.fromYear, model.toYear],
    goals: byKey(model.goals, (g) => g.id).map((g) => [g.id, g.version, [...g.parentIds].sort()]),
    indicatorLinks: byKey(model.indicatorLinks, (l) => `${l.indicatorId}|${l.goalId}`).map((l) => [
      l.indicatorId,
      l.goalId,
      l.position,
    ]),
    targets: byKey(model.targets, (t) => `${t.indicatorId}|${t.unitId}`).map((t) => [
      t.indicatorId,
      t.unitId,
      t.targetKind,
      t.target,
      t.councilTargetKind,
      t.councilTarget,
      t.tolerance,
    ]),
    activities: byKey(model.activities, (a) => a.id).map((a) => [a.id, a.version]),
    existingTargets: byKey(model.existingTargets, (t) => `${t.indicatorId}|${t.unitId}`).map(
      (t) => [t.indicatorId, t.unitId],
    ),
    openUnitIds: [...model.openUnitIds].sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
