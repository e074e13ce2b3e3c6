import type { CodedIssue, Ending, IssueParams } from '#contracts/issues.ts';
import type {
  LineageKind,
  ReorganisationInput,
  ReorganisationPreview,
  UnitAtDate,
  UnitRef,
} from '#contracts/org.ts';
import { orgIssue, type RuleCode } from './org.issues.ts';
import { applyPlan, previewOf, treeIssues, versionChanges } from './org.plan.rules.ts';
import { treeAt } from './org.rules.ts';

/** A stored version: the unit's id is `id`, as in the contract; the row's own id is `versionId`. */
export type StoredVersion = UnitAtDate & {
  versionId: string;
  reorganisationId: string | null;
  reorganisationTitle: string | null;
};
export type StoredLink = { fromUnitId: string; toUnitId: string; effectiveDate: string };

/** What a reorganisation is planned against: every version and lineage link of the tenant. */
export type OrgSnapshot = { versions: readonly StoredVersion[]; lineage: readonly StoredLink[] };

export type UnitState = Pick<
  UnitAtDate,
  'name' | 'shortName' | 'code' | 'kind' | 'parentId' | 'isResultUnit'
>;

export type ReorganisationPlan = {
  effectiveDate: string;
  newUnits: { id: string; key: string }[];
  /** versions that now end the day before the effective date */
  closeVersions: { versionId: string; unitId: string; validTo: string }[];
  /** versions that start on the effective date (an earlier reorganisation that day) */
  updateVersions: { versionId: string; unitId: string; state: UnitState }[];
  /** versions that start on the effective date of units that now close that day */
  deleteVersions: { versionId: string; unitId: string }[];
  insertVersions: StoredVersion[];
  lineage: { fromUnitId: string; toUnitId: string; kind: LineageKind }[];
  preview: ReorganisationPreview;
  /** the touched units on the effective date, before and after: what the audit log keeps */
  affected: { before: UnitAtDate[]; after: UnitAtDate[] };
};

export type PlanResult =
  { ok: true; plan: ReorganisationPlan } | { ok: false; issues: CodedIssue[] };

/** How a unit ends, by which change (its index), and the path of the change's field. */
export type End = { index: number; verb: Ending; path: string };

/** Everything the changes mean on the effective date, resolved against the stored versions. */
export type Resolution = {
  date: string;
  /** the tree on the date as it stands, by unit id */
  before: Map<string, StoredVersion>;
  /** the tree on the date once the changes are made, by unit id (new units included) */
  after: Map<string, UnitState>;
  newUnits: { id: string; key: string }[];
  ended: Map<string, End>;
  /** the change (open or move) that gave a unit its parent, to blame for cycles and orphans */
  parentSetBy: Map<string, number>;
  lineage: ReorganisationPlan['lineage'];
  nameOf: (unitId: string) => string;
  issues: CodedIssue[];
};

const updateVerb = { rename: 'renamed', move: 'moved', set_result_unit: 'flagged' } as const;

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

function resolveChanges(
  snapshot: OrgSnapshot,
  input: ReorganisationInput,
  newId: () => string,
): Resolution {
  const date = input.effectiveDate;
  const versionsOf = new Map<string, StoredVersion[]>();
  for (const version of snapshot.versions) {
    const own = versionsOf.get(version.id) ?? [];
    if (own.length === 0) versionsOf.set(version.id, own);
    own.push(version);
  }
  for (const own of versionsOf.values()) own.sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const before = new Map(treeAt(snapshot.versions, date).map((v) => [v.id, v]));
  const after = new Map<string, UnitState>([...before].map(([id, v]) => [id, stateOf(v)]));
  const issues: CodedIssue[] = [];
  const issue = <C extends RuleCode>(path: string, code: C, params: IssueParams<C>): void => {
    issues.push(orgIssue(path, code, params));
  };

  // Keys first, so that a change may refer to a unit opened further down the list.
  const opened = new Map<string, { index: number; id: string; name: string }>();
  input.changes.forEach((change, index) => {
    if (change.type !== 'open') return;
    const prior = opened.get(change.key);
    if (prior)
      issue(`changes.${index}.key`, 'org.duplicate_key', {
        key: change.key,
        change: prior.index + 1,
      });
    else opened.set(change.key, { index, id: newId(), name: change.name });
  });
  const newNames = new Map([...opened.values()].map((o) => [o.id, o.name]));
  const nameOf = (unitId: string) =>
    before.get(unitId)?.name ??
    newNames.get(unitId) ??
    versionsOf.get(unitId)?.at(-1)?.name ??
    'an unknown unit';

  /** Is this existing unit open on the date? If not, say why. */
  const isOpen = (unitId: string, path: string): boolean => {
    if (before.has(unitId)) return true;
    const own = versionsOf.get(unitId);
    const closed = own?.filter((v) => v.validTo !== null && v.validTo < date).at(-1);
    const later = own?.find((v) => v.validFrom > date);
    if (!own) issue(path, 'org.unknown_unit', {});
    else if (closed?.validTo)
      issue(path, 'org.unit_closed', { unit: closed.name, lastDay: closed.validTo, date });
    else if (later)
      issue(path, 'org.unit_not_open_yet', { unit: later.name, opens: later.validFrom, date });
    return false;
  };
  const resolve = (ref: UnitRef, path: string): string | null => {
    if ('unitId' in ref) return isOpen(ref.unitId, path) ? ref.unitId : null;
    const found = opened.get(ref.key);
    if (!found) issue(path, 'org.unknown_key', { key: ref.key });
    return found?.id ?? null;
  };

  // A unit can end or be merged or split in one way only.
  const takesPart = new Map<string, { index: number; verb: Ending }>();
  const participate = (unitId: string, index: number, verb: Ending, path: string): boolean => {
    const prior = takesPart.get(unitId);
    if (prior)
      issue(path, 'org.already_ending', {
        unit: nameOf(unitId),
        ending: prior.verb,
        change: prior.index + 1,
      });
    else takesPart.set(unitId, { index, verb });
    return !prior;
  };
  const ended = new Map<string, End>();
  const parentSetBy = new Map<string, number>();
  const lineage: Resolution['lineage'] = [];
  const newUnits: Resolution['newUnits'] = [];
  /** existing units that take over from another: they must stay open */
  const receivers: { unitId: string; from: string; path: string }[] = [];
  const link = (from: string, to: string, kind: LineageKind, path: string) => {
    lineage.push({ fromUnitId: from, toUnitId: to, kind });
    if (before.has(to)) receivers.push({ unitId: to, from, path });
  };

  input.changes.forEach((change, index) => {
    const at = `changes.${index}`;
    switch (change.type) {
      case 'open': {
        const own = opened.get(change.key);
        if (!own || own.index !== index) return;
        let parentId: string | null = null;
        if (change.parent && 'key' in change.parent && change.parent.key === change.key)
          issue(`${at}.parent`, 'org.under_itself', { unit: change.name });
        else if (change.parent) parentId = resolve(change.parent, `${at}.parent`);
        const { name, shortName, code, kind, isResultUnit } = change;
        after.set(own.id, { name, shortName, code, kind, parentId, isResultUnit });
        newUnits.push({ id: own.id, key: change.key });
        parentSetBy.set(own.id, index);
        return;
      }
      case 'close': {
        const path = `${at}.unitId`;
        if (isOpen(change.unitId, path) && participate(change.unitId, index, 'closed', path))
          ended.set(change.unitId, { index, verb: 'closed', path });
        return;
      }
      case 'merge': {
        const listed = new Set<string>();
        const merged: { unitId: string; path: string }[] = [];
        change.unitIds.forEach((unitId, k) => {
          const path = `${at}.unitIds.${k}`;
          if (listed.has(unitId)) issue(path, 'org.listed_twice', { unit: nameOf(unitId) });
          else if (isOpen(unitId, path) && participate(unitId, index, 'merged', path))
            merged.push({ unitId, path });
          listed.add(unitId);
        });
        let target: string | null = null;
        if ('key' in change.into) target = resolve(change.into, `${at}.into`);
        else if (listed.has(change.into.unitId)) target = change.into.unitId;
        else issue(`${at}.into`, 'org.merge_target', {});
        for (const { unitId, path } of merged) {
          if (unitId === target) continue;
          ended.set(unitId, { index, verb: 'merged', path });
          if (target !== null) link(unitId, target, 'merge', path);
        }
        return;
      }
      case 'split': {
        const path = `${at}.unitId`;
        const seen = new Set<string>();
        let livesOn = false;
        const targets: { unitId: string; path: string }[] = [];
        change.into.forEach((ref, k) => {
          const refPath = `${at}.into.${k}`;
          const refKey = 'key' in ref ? `key:${ref.key}` : `unit:${ref.unitId}`;
          if (seen.has(refKey)) issue(refPath, 'org.split_target_twice', {});
          else if ('unitId' in ref && ref.unitId === change.unitId) livesOn = true;
          else {
            const unitId = resolve(ref, refPath);
            if (unitId !== null) targets.push({ unitId, path: refPath });
          }
          seen.add(refKey);
        });
        if (!isOpen(change.unitId, path) || !participate(change.unitId, index, 'split', path))
          return;
        if (!livesOn) ended.set(change.unitId, { index, verb: 'split', path });
        for (const target of targets) link(change.unitId, target.unitId, 'split', target.path);
        return;
      }
      case 'replace': {
        const path = `${at}.unitId`;
        const open = isOpen(change.unitId, path);
        const by = resolve(change.by, `${at}.by`);
        if (by === change.unitId) issue(`${at}.by`, 'org.replaces_itself', { unit: nameOf(by) });
        if (!open || by === change.unitId || !participate(change.unitId, index, 'replaced', path))
          return;
        ended.set(change.unitId, { index, verb: 'replaced', path });
        if (by !== null) link(change.unitId, by, 'successor', `${at}.by`);
        return;
      }
      default:
        return; // rename, move and set_result_unit come next, once every ending is known
    }
  });

  for (const receiver of receivers) {
    const ending = ended.get(receiver.unitId);
    if (ending)
      issue(receiver.path, 'org.ending_cannot_take_over', {
        unit: nameOf(receiver.unitId),
        ending: ending.verb,
        change: ending.index + 1,
        from: nameOf(receiver.from),
      });
  }

  const updatedBy = {
    rename: new Map<string, number>(),
    move: new Map<string, number>(),
    set_result_unit: new Map<string, number>(),
  };
  const touched: { unitId: string; path: string }[] = [...ended].map(([unitId, e]) => ({
    unitId,
    path: e.path,
  }));
  input.changes.forEach((change, index) => {
    if (change.type !== 'rename' && change.type !== 'move' && change.type !== 'set_result_unit')
      return;
    const at = `changes.${index}`;
    const path = `${at}.unitId`;
    const open = isOpen(change.unitId, path);
    const parentId = change.type === 'move' ? resolve(change.parent, `${at}.parent`) : null;
    if (!open) return;
    const name = nameOf(change.unitId);
    const ending = ended.get(change.unitId);
    const prior = updatedBy[change.type].get(change.unitId);
    const update = updateVerb[change.type];
    if (ending)
      return issue(path, 'org.ending_cannot_update', {
        unit: name,
        ending: ending.verb,
        change: ending.index + 1,
        update,
      });
    if (prior !== undefined)
      return issue(path, 'org.already_updated', { unit: name, update, change: prior + 1 });
    updatedBy[change.type].set(change.unitId, index);
    const was = before.get(change.unitId)!;
    const state = after.get(change.unitId)!;
    if (change.type === 'rename') {
      const next = {
        ...state,
        name: change.name,
        shortName: change.shortName === undefined ? state.shortName : change.shortName,
        code: change.code === undefined ? state.code : change.code,
      };
      if (next.name === was.name && next.shortName === was.shortName && next.code === was.code)
        return issue(`${at}.name`, 'org.same_name', { unit: name });
      after.set(change.unitId, next);
    } else if (change.type === 'move') {
      if (parentId === null) return;
      if (parentId === change.unitId)
        return issue(`${at}.parent`, 'org.under_itself', { unit: name });
      if (parentId === was.parentId)
        return issue(`${at}.parent`, 'org.already_under', {
          unit: name,
          parent: nameOf(parentId),
        });
      after.set(change.unitId, { ...state, parentId });
      parentSetBy.set(change.unitId, index);
    } else {
      if (change.isResultUnit === was.isResultUnit)
        return issue(
          `${at}.isResultUnit`,
          was.isResultUnit ? 'org.already_result_unit' : 'org.already_not_result_unit',
          { unit: name },
        );
      after.set(change.unitId, { ...state, isResultUnit: change.isResultUnit });
    }
    touched.push({ unitId: change.unitId, path });
  });

  // A reorganisation may not slip in under a later one: history after the date stays as decided.
  for (const { unitId, path } of touched) {
    const name = nameOf(unitId);
    const later = versionsOf.get(unitId)?.find((v) => v.validFrom > date);
    const laterLink = snapshot.lineage.find(
      (l) => (l.fromUnitId === unitId || l.toUnitId === unitId) && l.effectiveDate > date,
    );
    const was = before.get(unitId)!;
    const title = later?.reorganisationTitle;
    if (later && title)
      issue(path, 'org.changes_again_by', { unit: name, date: later.validFrom, title });
    else if (later) issue(path, 'org.changes_again', { unit: name, date: later.validFrom });
    else if (ended.has(unitId) && was.validTo !== null)
      issue(path, 'org.closes_later', { unit: name, lastDay: was.validTo });
    else if (ended.has(unitId) && laterLink)
      issue(path, 'org.later_reorganisation', { unit: name, date: laterLink.effectiveDate });
    else if (ended.has(unitId) && versionsOf.get(unitId)?.[0] === was && was.validFrom === date)
      issue(path, 'org.opens_same_day', { unit: name, date });
  }

  for (const unitId of ended.keys()) after.delete(unitId);
  return { date, before, after, newUnits, ended, parentSetBy, lineage, nameOf, issues };
}

export const stateOf = (version: UnitState): UnitState => ({
  name: version.name,
  shortName: version.shortName,
  code: version.code,
  kind: version.kind,
  parentId: version.parentId,
  isResultUnit: version.isResultUnit,
});
