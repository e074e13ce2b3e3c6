import type { CodedIssue } from '#contracts/issues.ts';
import type { ReorganisationInput } from '#contracts/org.ts';
import { resolveChanges } from './org.changes.rules.ts';
import { applyPlan, previewOf, treeIssues, versionChanges } from './org.plan.rules.ts';
import type { OrgSnapshot, ReorganisationPlan } from './org.rules.ts';

export type PlanResult =
  { ok: true; plan: ReorganisationPlan } | { ok: false; issues: CodedIssue[] };

/**
 * Plan a reorganisation: validate every change against the organisation as stored, and if all
 * is well, say which versions to close, rewrite, delete and insert, which lineage links to
 * record, and what the result looks like. Every problem is collected, each with the path of the
 * change it belongs to and a message that names the unit. `newId` makes the ids of new units
 * and versions (the caller's choice keeps this function pure).
 */
export function planReorganisation(
  snapshot: OrgSnapshot,
  input: ReorganisationInput,
  newId: () => string,
): PlanResult {
  const resolution = resolveChanges(snapshot, input, newId);
  const changes = versionChanges(resolution, newId);
  const plan: Omit<ReorganisationPlan, 'preview' | 'affected'> = {
    effectiveDate: input.effectiveDate,
    newUnits: resolution.newUnits,
    ...changes,
    lineage: resolution.lineage,
  };
  const afterVersions = applyPlan(snapshot.versions, plan);
  const issues = [
    ...resolution.issues,
    ...treeIssues(snapshot.versions, afterVersions, resolution),
  ];
  if (issues.length > 0) return { ok: false, issues: ordered(issues) };
  return { ok: true, plan: { ...plan, ...previewOf(snapshot, afterVersions, resolution, input) } };
}

/** Issues in the order of the changes they belong to; duplicates dropped. */
function ordered(issues: CodedIssue[]): CodedIssue[] {
  const indexOf = (path: string) => Number(/^changes\.(\d+)/.exec(path)?.[1] ?? -1);
  const unique = new Map(issues.map((issue) => [`${issue.path}\n${issue.message}`, issue]));
  // Array.prototype.sort is stable, so issues of one change keep the order they were found in.
  return [...unique.values()].sort((a, b) => indexOf(a.path) - indexOf(b.path));
}
