import type { CodedIssue } from '#contracts/issues.ts';
import type { ReorganisationInput } from '#contracts/org.ts';
import { orgIssue } from './org.issues.ts';
import {
  addDays,
  problemsFrom,
  treeAt,
  unitAtDateOf,
  type OrgSnapshot,
  type ReorganisationPlan,
  type Resolution,
  type StoredVersion,
  type TreeProblem,
  type UnitState,
} from './org.rules.ts';

type VersionChanges = Pick<
  ReorganisationPlan,
  'closeVersions' | 'updateVersions' | 'deleteVersions' | 'insertVersions'
>;

const sameState = (a: UnitState, b: UnitState) =>
  a.name === b.name &&
  a.shortName === b.shortName &&
  a.code === b.code &&
  a.kind === b.kind &&
  a.parentId === b.parentId &&
  a.isResultUnit === b.isResultUnit;

/**
 * The stored versions that change. A changed unit's version ends the day before and a new one
 * starts on the date; when its version already starts on the date (an earlier reorganisation
 * the same day), that version is rewritten, or deleted if the unit now closes.
 */
export function versionChanges(resolution: Resolution, newId: () => string): VersionChanges {
  const { date, before, after } = resolution;
  const dayBefore = addDays(date, -1);
  const changes: VersionChanges = {
    closeVersions: [],
    updateVersions: [],
    deleteVersions: [],
    insertVersions: [],
  };
  const fresh = (unitId: string, state: UnitState, validTo: string | null): StoredVersion => ({
    id: unitId,
    ...state,
    validFrom: date,
    validTo,
    versionId: newId(),
    reorganisationId: null,
    reorganisationTitle: null,
  });
  for (const [unitId, was] of before) {
    const next = after.get(unitId);
    const ref = { versionId: was.versionId, unitId };
    if (next && sameState(was, next)) continue;
    if (was.validFrom < date) changes.closeVersions.push({ ...ref, validTo: dayBefore });
    if (!next && was.validFrom === date) changes.deleteVersions.push(ref);
    if (next && was.validFrom === date) changes.updateVersions.push({ ...ref, state: next });
    if (next && was.validFrom < date) changes.insertVersions.push(fresh(unitId, next, was.validTo));
  }
  for (const { id } of resolution.newUnits) {
    const state = after.get(id);
    if (state) changes.insertVersions.push(fresh(id, state, null));
  }
  return changes;
}

/** The versions as they will be once the plan is written (what the database will hold). */
export function applyPlan(
  versions: readonly StoredVersion[],
  plan: VersionChanges,
): StoredVersion[] {
  const closeAt = new Map(plan.closeVersions.map((c) => [c.versionId, c.validTo]));
  const rewrite = new Map(plan.updateVersions.map((u) => [u.versionId, u.state]));
  const removed = new Set(plan.deleteVersions.map((d) => d.versionId));
  const kept = versions
    .filter((version) => !removed.has(version.versionId))
    .map((version) => ({
      ...version,
      ...rewrite.get(version.versionId),
      validTo: closeAt.get(version.versionId) ?? version.validTo,
    }));
  return [...kept, ...plan.insertVersions];
}

const problemKey = (problem: TreeProblem) =>
  problem.kind === 'orphan'
    ? `orphan:${problem.unitId}:${problem.parentId}`
    : `cycle:${problem.unitIds.join(',')}`;

/**
 * No cycle and no orphan, on the date and on every later day the tree changes, so that a
 * change dated before a later reorganisation cannot break what that one built. Problems that
 * were there before this reorganisation are not its fault and are not reported.
 */
export function treeIssues(
  beforeVersions: readonly StoredVersion[],
  afterVersions: readonly StoredVersion[],
  resolution: Resolution,
): CodedIssue[] {
  const found = problemsFrom(afterVersions, resolution.date);
  if (found.length === 0) return [];
  const known = new Set(
    problemsFrom(beforeVersions, resolution.date).map((f) => problemKey(f.problem)),
  );
  const issues: CodedIssue[] = [];
  for (const { day, problem } of found) {
    const key = problemKey(problem);
    if (known.has(key)) continue;
    known.add(key);
    issues.push(...describe(problem, day, resolution));
  }
  return issues;
}

function describe(
  problem: TreeProblem,
  day: string,
  { date, ended, parentSetBy, nameOf }: Resolution,
): CodedIssue[] {
  if (problem.kind === 'orphan') {
    const unit = nameOf(problem.unitId);
    const parent = nameOf(problem.parentId);
    const setBy = parentSetBy.get(problem.unitId);
    const parentEnd = ended.get(problem.parentId);
    if (setBy !== undefined && parentEnd)
      return [
        orgIssue(`changes.${setBy}.parent`, 'org.parent_closed_by_change', {
          unit,
          parent,
          change: parentEnd.index + 1,
        }),
      ];
    if (setBy !== undefined)
      return [
        orgIssue(`changes.${setBy}.parent`, 'org.parent_closed_later', { unit, parent, date: day }),
      ];
    if (parentEnd)
      return [
        day === date
          ? orgIssue(parentEnd.path, 'org.close_with_children', { unit, parent })
          : orgIssue(parentEnd.path, 'org.close_with_later_children', { unit, parent, date: day }),
      ];
    return [orgIssue('changes', 'org.orphan', { unit, date: day })];
  }
  // a loop lists its units in parent order: each unit sits under the next, the last under the first
  const blamed = problem.unitIds.flatMap((unitId, k) => {
    const setBy = parentSetBy.get(unitId);
    const parentId = problem.unitIds[(k + 1) % problem.unitIds.length]!;
    if (setBy === undefined) return [];
    const path = `changes.${setBy}.parent`;
    const names = { unit: nameOf(unitId), parent: nameOf(parentId) };
    return [
      day === date
        ? orgIssue(path, 'org.cycle', names)
        : orgIssue(path, 'org.cycle_later', { ...names, date: day }),
    ];
  });
  if (blamed.length > 0) return blamed;
  const units = problem.unitIds.map(nameOf).join(', ');
  return [
    day === date
      ? orgIssue('changes', 'org.loop', { units })
      : orgIssue('changes', 'org.loop_later', { units, date: day }),
  ];
}

/** What the user sees before committing, and what the audit log keeps of the touched units. */
export function previewOf(
  snapshot: OrgSnapshot,
  afterVersions: readonly StoredVersion[],
  resolution: Resolution,
  input: ReorganisationInput,
): Pick<ReorganisationPlan, 'preview' | 'affected'> {
  const { date, before, after, ended, nameOf } = resolution;
  const afterTree = treeAt(afterVersions, date);
  const afterName = (unitId: string) => after.get(unitId)?.name ?? nameOf(unitId);
  const existing = [...before.values()];
  const changed = existing.filter((was) => {
    const next = after.get(was.id);
    return !next || !sameState(was, next);
  });
  const newIds = new Set(resolution.newUnits.map((u) => u.id));
  const changedIds = new Set([...changed.map((u) => u.id), ...newIds]);
  return {
    preview: {
      effectiveDate: date,
      before: treeAt(snapshot.versions, date).map(unitAtDateOf),
      after: afterTree.map(unitAtDateOf),
      opened: input.changes.flatMap((c) =>
        c.type === 'open' ? [{ key: c.key, name: c.name }] : [],
      ),
      closed: [...ended.keys()].map((unitId) => ({ unitId, name: nameOf(unitId) })),
      renamed: changed.flatMap((was) => {
        const to = after.get(was.id)?.name;
        return to !== undefined && to !== was.name ? [{ unitId: was.id, from: was.name, to }] : [];
      }),
      moved: changed.flatMap((was) => {
        const parentId = after.get(was.id)?.parentId ?? null;
        if (parentId === null || parentId === was.parentId) return [];
        const fromParent = was.parentId === null ? null : nameOf(was.parentId);
        return [{ unitId: was.id, name: was.name, fromParent, toParent: afterName(parentId) }];
      }),
      lineage: resolution.lineage.map((link) => ({
        from: nameOf(link.fromUnitId),
        to: afterName(link.toUnitId),
        kind: link.kind,
      })),
      resultUnits: changed.flatMap((was) => {
        const next = after.get(was.id);
        return next && next.isResultUnit !== was.isResultUnit
          ? [{ unitId: was.id, name: was.name, isResultUnit: next.isResultUnit }]
          : [];
      }),
    },
    affected: {
      before: changed.map(unitAtDateOf),
      after: afterTree.filter((unit) => changedIds.has(unit.id)).map(unitAtDateOf),
    },
  };
}
