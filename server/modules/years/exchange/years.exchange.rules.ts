import type { z } from 'zod';
import type { FieldIssue } from '#contracts/common.ts';
import type { UnitRef, YearFile } from '#contracts/years.exchange.ts';
import {
  codedIssue,
  codeOfZodIssue,
  type IssueParams,
  type ZodIssueLike,
} from '#contracts/issues.ts';
import { parentProblems } from '../../goals/goals.rules.ts';
import { periodProblems } from '../years.rules.ts';
import { reportGoalsOf } from '../../followup/followup.rules.ts';
import { assessedLevelsOf } from '#contracts/goals.levels.ts';
import { assignmentProblems, indicatorLevelProblems } from './years.exchange.report.rules.ts';

/**
 * The checks on a unit's year file that need nothing but the file and the organisation: its
 * shape, its references, the cascade, and what belongs to the unit's year. Every problem has
 * the path of what is wrong (indicators.3.outcomes.VB.value), so that all of them can be
 * reported at once and fixed in one go.
 */

/** The file's problems as zod found them, each with its path. */
export function schemaProblems(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...codeOfZodIssue(issue as ZodIssueLike),
  }));
}

// ── Units ───────────────────────────────────────────────────────────────────────────────────────

export type OrgUnit = { id: string; name: string };
/** The tenant's unit a reference of the file stands for; null when it stands for none. */
export type UnitOf = (ref: UnitRef) => string | null;

/** Why a reference of the file stands for no unit: the code, its params and the English text. */
export type UnitProblem = {
  code: 'exchange.no_such_unit' | 'exchange.unit_ambiguous';
  params: IssueParams<'exchange.no_such_unit'>;
  message: string;
};

/**
 * A unit of the tenant on the date: by id when the id is one of its units then; otherwise by
 * exact name, so that a file from another installation finds its units by what they are called.
 */
export function resolveUnit(
  units: readonly OrgUnit[],
  ref: UnitRef,
  date: string,
): { id: string } | { problem: UnitProblem } {
  const byId = ref.id === null ? undefined : units.find((u) => u.id === ref.id);
  if (byId) return { id: byId.id };
  const named = units.filter((u) => u.name === ref.name);
  if (named.length === 1) return { id: named[0]!.id };
  const params = { unit: ref.name, date };
  if (named.length > 1)
    return {
      problem: {
        code: 'exchange.unit_ambiguous',
        params,
        message: `several units are called "${ref.name}" on ${date}; give the unit's id`,
      },
    };
  return {
    problem: {
      code: 'exchange.no_such_unit',
      params,
      message: `there is no unit "${ref.name}" in the organisation on ${date}: name the unit as it was called then, or open it first (org:open, or a reorganisation)`,
    },
  };
}

const refKey = (ref: UnitRef) => `${ref.id ?? ''}\u0000${ref.name}`;

/** Every place the file names a unit. */
function unitPlaces(file: YearFile): { path: string; ref: UnitRef }[] {
  return [
    { path: 'unit', ref: file.unit },
    ...file.goals.map((g, i) => ({ path: `goals.${i}.owner`, ref: g.owner })),
    ...file.activities.flatMap((a, i) => [
      { path: `activities.${i}.responsible`, ref: a.responsible },
      ...a.coResponsible.map((ref, j) => ({ path: `activities.${i}.coResponsible.${j}`, ref })),
    ]),
  ];
}

/** Finds every unit the file names among the units on the year's last day. */
export function resolveUnits(
  file: YearFile,
  units: readonly OrgUnit[],
): { unitOf: UnitOf; problems: FieldIssue[] } {
  const date = `${file.year}-12-31`;
  const found = new Map<string, string | null>();
  const problems: FieldIssue[] = [];
  for (const { path, ref } of unitPlaces(file)) {
    const resolved = resolveUnit(units, ref, date);
    found.set(refKey(ref), 'id' in resolved ? resolved.id : null);
    if ('problem' in resolved) {
      const { code, params, message } = resolved.problem;
      problems.push(codedIssue(path, code, params, message));
    }
  }
  return { unitOf: (ref) => found.get(refKey(ref)) ?? null, problems };
}

// ── The file on its own ─────────────────────────────────────────────────────────────────────────

function duplicateRefs(items: readonly { ref: string }[], list: string): FieldIssue[] {
  const first = new Map<string, number>();
  return items.flatMap((item, i) => {
    const earlier = first.get(item.ref);
    if (earlier === undefined) {
      first.set(item.ref, i);
      return [];
    }
    const other = `${list}.${earlier}`;
    return [
      codedIssue(
        `${list}.${i}.ref`,
        'exchange.ref_taken',
        { ref: item.ref, first: other },
        `is already the ref of ${other}: give each a ref of its own`,
      ),
    ];
  });
}

function unknownPeriods(file: YearFile, keys: readonly string[], path: string): FieldIssue[] {
  const known = new Set(file.periods.map((p) => p.key));
  return keys
    .filter((key) => !known.has(key))
    .map((key) =>
      codedIssue(
        `${path}.${key}`,
        'exchange.unknown_period',
        { period: key },
        `there is no period ${key} in the file: use the key of one of its periods, or add the period to periods`,
      ),
    );
}

const noGoal = (path: string, ref: string) =>
  codedIssue(
    path,
    'exchange.unknown_goal',
    { ref },
    `there is no goal ${ref} in the file: use the ref of one of its goals, or add the goal`,
  );

function refList(refs: readonly string[], known: ReadonlySet<string>, path: string): FieldIssue[] {
  const seen = new Set<string>();
  return refs.flatMap((ref, i) => {
    if (seen.has(ref))
      return [codedIssue(`${path}.${i}`, 'followup.listed_twice', {}, 'is listed twice')];
    seen.add(ref);
    return known.has(ref) ? [] : [noGoal(`${path}.${i}`, ref)];
  });
}

function goalProblems(file: YearFile): FieldIssue[] {
  const asParents = file.goals.map((g) => ({ id: g.ref, level: g.level, year: file.year }));
  return file.goals.flatMap((goal, i) =>
    parentProblems(goal.level, file.year, goal.parents, asParents, file.levels).map((issue) => {
      const path = issue.path
        .replace(/^parentIds/, `goals.${i}.parents`)
        .replace(/^level$/, `goals.${i}.level`);
      // parentProblems speaks of ids; in the file a missing parent is a ref
      const place = issue.path.split('.')[1];
      return issue.code === 'followup.unknown_goal' && place !== undefined
        ? noGoal(path, goal.parents[Number(place)]!)
        : { ...issue, path };
    }),
  );
}

const valueTargetProblems = (kind: string, value: string | null, path: string): FieldIssue[] => {
  if (kind === 'value' && value === null)
    return [
      codedIssue(path, 'followup.target_required', {}, 'must be given when the target is a value'),
    ];
  if (kind !== 'value' && value !== null)
    return [
      codedIssue(
        path,
        'followup.target_not_allowed',
        {},
        'must be empty unless the target is a value',
      ),
    ];
  return [];
};

function indicatorProblems(file: YearFile, goalRefs: ReadonlySet<string>): FieldIssue[] {
  return file.indicators.flatMap((indicator, i) => {
    const at = `indicators.${i}`;
    const issues = refList(indicator.goals, goalRefs, `${at}.goals`);
    const t = indicator.target;
    if (t) {
      issues.push(...valueTargetProblems(t.kind, t.value, `${at}.target.value`));
      issues.push(
        ...valueTargetProblems(t.councilKind, t.councilValue, `${at}.target.councilValue`),
      );
      if (t.tolerance?.startsWith('-'))
        issues.push(
          codedIssue(`${at}.target.tolerance`, 'followup.negative', {}, 'must not be negative'),
        );
    }
    for (const list of ['outcomes', 'previousOutcomes'] as const) {
      const byPeriod = indicator[list] ?? {};
      issues.push(...unknownPeriods(file, Object.keys(byPeriod), `${at}.${list}`));
      if (!indicator.genderSplit) issues.push(...genderProblems(byPeriod, `${at}.${list}`));
    }
    issues.push(...computedMarkProblems(file, indicator, at));
    return issues;
  });
}

/** Women and men given for an indicator that is not divided by them. */
function genderProblems(
  byPeriod: Record<string, { women: string | null; men: string | null }>,
  path: string,
): FieldIssue[] {
  return Object.entries(byPeriod).flatMap(([key, outcome]) =>
    (['women', 'men'] as const)
      .filter((field) => outcome[field] !== null)
      .map((field) =>
        codedIssue(
          `${path}.${key}.${field}`,
          'exchange.not_gender_split',
          {},
          'must be empty (null): the indicator is not divided by women and men; set genderSplit to true if it is',
        ),
      ),
  );
}

/**
 * An outcome marked computed needs the indicator's formula in the file, and only the annual
 * period's outcome is computed (decision 004); anything else would be a computed outcome that
 * nothing ever computes.
 */
function computedMarkProblems(
  file: YearFile,
  indicator: YearFile['indicators'][number],
  at: string,
): FieldIssue[] {
  return Object.entries(indicator.outcomes).flatMap(([key, outcome]) => {
    if (outcome.computed !== true) return [];
    const path = `${at}.outcomes.${key}.computed`;
    if (!indicator.formula)
      return [
        codedIssue(
          path,
          'exchange.computed_without_formula',
          {},
          'is marked computed, but the indicator has no formula in the file: add the formula, or remove computed',
        ),
      ];
    const period = file.periods.find((p) => p.key === key);
    return period && period.kind !== 'annual'
      ? [
          codedIssue(
            path,
            'exchange.computed_not_annual',
            { period: key },
            `only the annual period's outcome is computed from the economy, not ${key}'s: remove computed`,
          ),
        ]
      : [];
  });
}

function activityProblems(file: YearFile, goalRefs: ReadonlySet<string>): FieldIssue[] {
  return file.activities.flatMap((activity, i) => {
    const at = `activities.${i}`;
    const issues: FieldIssue[] = [];
    if (activity.goal !== null && !goalRefs.has(activity.goal))
      issues.push(noGoal(`${at}.goal`, activity.goal));
    if (activity.endsOn < activity.startsOn)
      issues.push(
        codedIssue(`${at}.endsOn`, 'followup.before_start', {}, 'must not be before startsOn'),
      );
    issues.push(...unknownPeriods(file, Object.keys(activity.reports), `${at}.reports`));
    return issues;
  });
}

function assessmentProblems(file: YearFile): FieldIssue[] {
  return Object.entries(file.assessments).flatMap(([ref, byPeriod]) => {
    const goal = file.goals.find((g) => g.ref === ref);
    if (!goal) return [noGoal(`assessments.${ref}`, ref)];
    const issues = unknownPeriods(file, Object.keys(byPeriod), `assessments.${ref}`);
    if (!assessedLevelsOf(file.levels).includes(goal.level))
      for (const [key, assessment] of Object.entries(byPeriod))
        if (assessment.value !== null)
          issues.push(
            codedIssue(
              `assessments.${ref}.${key}.value`,
              'followup.not_assessed',
              {},
              `a ${goal.level} goal is not assessed; leave the value empty`,
            ),
          );
    return issues;
  });
}

/** What is wrong with the file on its own: periods, refs, the cascade, targets and outcomes. */
export function fileProblems(file: YearFile): FieldIssue[] {
  const goalRefs = new Set(file.goals.map((g) => g.ref));
  return [
    ...periodProblems(file.year, file.periods),
    ...duplicateRefs(file.goals, 'goals'),
    ...duplicateRefs(file.indicators, 'indicators'),
    ...duplicateRefs(file.activities, 'activities'),
    ...goalProblems(file),
    ...indicatorProblems(file, goalRefs),
    ...indicatorLevelProblems(file),
    ...activityProblems(file, goalRefs),
    ...assessmentProblems(file),
    ...assignmentProblems(file),
    ...unknownPeriods(file, Object.keys(file.chapters), 'chapters'),
    ...unknownPeriods(file, Object.keys(file.attachments), 'attachments'),
  ];
}

// ── What belongs to the unit's year ─────────────────────────────────────────────────────────────

/** The refs of the goals in the unit's report: the goals it owns and every goal above them. */
export function reportRefsOf(file: YearFile, unitOf: UnitOf, unitId: string): Set<string> {
  const goals = file.goals.map((g, position) => ({
    id: g.ref,
    level: g.level,
    ownerUnitId: unitOf(g.owner) ?? '',
    parentIds: g.parents,
    position,
  }));
  return new Set(reportGoalsOf(goals, unitId, file.assignedGoals).map((g) => g.id));
}

/**
 * Problems of scope: the unit's follow-up can only be written where its report has it (the
 * indicators of its goals and those above, its own activities and the ones it shares).
 */
export function scopeProblems(file: YearFile, unitOf: UnitOf): FieldIssue[] {
  const unitId = unitOf(file.unit);
  if (unitId === null) return [];
  const name = file.unit.name;
  const inReport = reportRefsOf(file, unitOf, unitId);
  const issues: FieldIssue[] = [];
  file.indicators.forEach((indicator, i) => {
    if (!indicator.goals.some((ref) => inReport.has(ref)))
      issues.push(
        codedIssue(
          `indicators.${i}.goals`,
          'exchange.indicator_outside_report',
          { unit: name },
          `measures none of ${name}'s goals or the goals above them: link it to one of them in goals, or leave it out`,
        ),
      );
  });
  file.activities.forEach((activity, i) => {
    const co = activity.coResponsible.map(unitOf);
    if (unitOf(activity.responsible) !== unitId && !co.includes(unitId))
      issues.push(
        codedIssue(
          `activities.${i}.responsible`,
          'exchange.not_responsible',
          { unit: name },
          `${name} is neither responsible nor co-responsible for this activity: name ${name} in coResponsible, or leave the activity out`,
        ),
      );
    co.forEach((id, j) => {
      if (id === null || co.indexOf(id) === j) return;
      const first = `coResponsible.${co.indexOf(id)}`;
      issues.push(
        codedIssue(
          `activities.${i}.coResponsible.${j}`,
          'exchange.co_responsible_twice',
          { first },
          `is the same unit as ${first}: name each unit once`,
        ),
      );
    });
  });
  for (const ref of Object.keys(file.assessments))
    if (file.goals.some((g) => g.ref === ref) && !inReport.has(ref))
      issues.push(
        codedIssue(
          `assessments.${ref}`,
          'exchange.goal_outside_report',
          { unit: name },
          `the goal is not in ${name}'s report (its own goals and the goals above them): leave its assessment out`,
        ),
      );
  return issues;
}
