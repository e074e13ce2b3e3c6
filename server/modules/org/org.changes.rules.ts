import type { CodedIssue, Ending, IssueParams } from '#contracts/issues.ts';
import type { LineageKind, ReorganisationInput, UnitRef } from '#contracts/org.ts';
import { orgIssue, type RuleCode } from './org.issues.ts';
import {
  stateOf,
  treeAt,
  type OrgSnapshot,
  type Resolution,
  type StoredVersion,
  type UnitState,
} from './org.rules.ts';

/**
 * A reorganisation's changes resolved against the stored versions on the effective date: which
 * units open, end and change, and every problem, each with the path of the change it belongs to
 * (org.reorganise.rules.ts plans with the result; org.plan.rules.ts checks the tree it makes).
 */

const updateVerb = { rename: 'renamed', move: 'moved', set_result_unit: 'flagged' } as const;

type Change = ReorganisationInput['changes'][number];
type ChangeOf<T extends Change['type']> = Extract<Change, { type: T }>;
type UpdateChange = ChangeOf<'rename' | 'move' | 'set_result_unit'>;
type Opened = { index: number; id: string; name: string };

/** The resolution as it is built, with what the steps share while they build it. */
type Resolver = Resolution & {
  versionsOf: Map<string, StoredVersion[]>;
  /** the units the changes open, by key */
  opened: Map<string, Opened>;
  /** a unit can end or be merged or split in one way only: the change that claimed it */
  takesPart: Map<string, { index: number; verb: Ending }>;
  /** existing units that take over from another: they must stay open */
  receivers: { unitId: string; from: string; path: string }[];
  issue: <C extends RuleCode>(path: string, code: C, params: IssueParams<C>) => void;
};

export function resolveChanges(
  snapshot: OrgSnapshot,
  input: ReorganisationInput,
  newId: () => string,
): Resolution {
  const resolver = resolverOf(snapshot, input, newId);
  input.changes.forEach((change, index) => resolveEnding(resolver, change, index));
  checkReceivers(resolver);
  const touched = resolveUpdates(resolver, input.changes);
  checkLaterHistory(resolver, snapshot.lineage, touched);
  for (const unitId of resolver.ended.keys()) resolver.after.delete(unitId);
  const { date, before, after, newUnits, ended, parentSetBy, lineage, nameOf, issues } = resolver;
  return { date, before, after, newUnits, ended, parentSetBy, lineage, nameOf, issues };
}

/** Every version of each unit, oldest first. */
function versionsByUnit(versions: readonly StoredVersion[]): Map<string, StoredVersion[]> {
  const versionsOf = new Map<string, StoredVersion[]>();
  for (const version of versions) {
    const own = versionsOf.get(version.id) ?? [];
    if (own.length === 0) versionsOf.set(version.id, own);
    own.push(version);
  }
  for (const own of versionsOf.values()) own.sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  return versionsOf;
}

function resolverOf(
  snapshot: OrgSnapshot,
  input: ReorganisationInput,
  newId: () => string,
): Resolver {
  const date = input.effectiveDate;
  const versionsOf = versionsByUnit(snapshot.versions);
  const before = new Map(treeAt(snapshot.versions, date).map((v) => [v.id, v]));
  const issues: CodedIssue[] = [];
  const issue: Resolver['issue'] = (path, code, params) => {
    issues.push(orgIssue(path, code, params));
  };
  const opened = openedKeys(input.changes, newId, issue);
  const newNames = new Map([...opened.values()].map((o) => [o.id, o.name]));
  return {
    date,
    before,
    after: new Map<string, UnitState>([...before].map(([id, v]) => [id, stateOf(v)])),
    newUnits: [],
    ended: new Map(),
    parentSetBy: new Map(),
    lineage: [],
    nameOf: (unitId) =>
      before.get(unitId)?.name ??
      newNames.get(unitId) ??
      versionsOf.get(unitId)?.at(-1)?.name ??
      'an unknown unit',
    issues,
    versionsOf,
    opened,
    takesPart: new Map(),
    receivers: [],
    issue,
  };
}

/** Keys first, so that a change may refer to a unit opened further down the list. */
function openedKeys(
  changes: readonly Change[],
  newId: () => string,
  issue: Resolver['issue'],
): Map<string, Opened> {
  const opened = new Map<string, Opened>();
  changes.forEach((change, index) => {
    if (change.type !== 'open') return;
    const prior = opened.get(change.key);
    if (prior)
      issue(`changes.${index}.key`, 'org.duplicate_key', {
        key: change.key,
        change: prior.index + 1,
      });
    else opened.set(change.key, { index, id: newId(), name: change.name });
  });
  return opened;
}

/** Is this existing unit open on the date? If not, say why. */
function isOpen(r: Resolver, unitId: string, path: string): boolean {
  if (r.before.has(unitId)) return true;
  const own = r.versionsOf.get(unitId);
  const closed = own?.filter((v) => v.validTo !== null && v.validTo < r.date).at(-1);
  const later = own?.find((v) => v.validFrom > r.date);
  if (!own) r.issue(path, 'org.unknown_unit', {});
  else if (closed?.validTo)
    r.issue(path, 'org.unit_closed', { unit: closed.name, lastDay: closed.validTo, date: r.date });
  else if (later)
    r.issue(path, 'org.unit_not_open_yet', {
      unit: later.name,
      opens: later.validFrom,
      date: r.date,
    });
  return false;
}

function resolveRef(r: Resolver, ref: UnitRef, path: string): string | null {
  if ('unitId' in ref) return isOpen(r, ref.unitId, path) ? ref.unitId : null;
  const found = r.opened.get(ref.key);
  if (!found) r.issue(path, 'org.unknown_key', { key: ref.key });
  return found?.id ?? null;
}

function participate(r: Resolver, unitId: string, index: number, verb: Ending, path: string) {
  const prior = r.takesPart.get(unitId);
  if (prior)
    r.issue(path, 'org.already_ending', {
      unit: r.nameOf(unitId),
      ending: prior.verb,
      change: prior.index + 1,
    });
  else r.takesPart.set(unitId, { index, verb });
  return !prior;
}

function link(r: Resolver, from: string, to: string, kind: LineageKind, path: string) {
  r.lineage.push({ fromUnitId: from, toUnitId: to, kind });
  if (r.before.has(to)) r.receivers.push({ unitId: to, from, path });
}

/** Opening, closing, merging, splitting and replacing; the updates come once every ending is known. */
function resolveEnding(r: Resolver, change: Change, index: number): void {
  const at = `changes.${index}`;
  switch (change.type) {
    case 'open':
      return openUnit(r, change, index, at);
    case 'close': {
      const path = `${at}.unitId`;
      if (isOpen(r, change.unitId, path) && participate(r, change.unitId, index, 'closed', path))
        r.ended.set(change.unitId, { index, verb: 'closed', path });
      return;
    }
    case 'merge':
      return mergeUnits(r, change, index, at);
    case 'split':
      return splitUnit(r, change, index, at);
    case 'replace':
      return replaceUnit(r, change, index, at);
    default:
      return; // rename, move and set_result_unit
  }
}

function openUnit(r: Resolver, change: ChangeOf<'open'>, index: number, at: string) {
  const own = r.opened.get(change.key);
  if (!own || own.index !== index) return;
  let parentId: string | null = null;
  if (change.parent && 'key' in change.parent && change.parent.key === change.key)
    r.issue(`${at}.parent`, 'org.under_itself', { unit: change.name });
  else if (change.parent) parentId = resolveRef(r, change.parent, `${at}.parent`);
  const { name, shortName, code, kind, isResultUnit } = change;
  r.after.set(own.id, { name, shortName, code, kind, parentId, isResultUnit });
  r.newUnits.push({ id: own.id, key: change.key });
  r.parentSetBy.set(own.id, index);
}

function mergeUnits(r: Resolver, change: ChangeOf<'merge'>, index: number, at: string) {
  const listed = new Set<string>();
  const merged: { unitId: string; path: string }[] = [];
  change.unitIds.forEach((unitId, k) => {
    const path = `${at}.unitIds.${k}`;
    if (listed.has(unitId)) r.issue(path, 'org.listed_twice', { unit: r.nameOf(unitId) });
    else if (isOpen(r, unitId, path) && participate(r, unitId, index, 'merged', path))
      merged.push({ unitId, path });
    listed.add(unitId);
  });
  let target: string | null = null;
  if ('key' in change.into) target = resolveRef(r, change.into, `${at}.into`);
  else if (listed.has(change.into.unitId)) target = change.into.unitId;
  else r.issue(`${at}.into`, 'org.merge_target', {});
  for (const { unitId, path } of merged) {
    if (unitId === target) continue;
    r.ended.set(unitId, { index, verb: 'merged', path });
    if (target !== null) link(r, unitId, target, 'merge', path);
  }
}

function splitUnit(r: Resolver, change: ChangeOf<'split'>, index: number, at: string) {
  const path = `${at}.unitId`;
  const seen = new Set<string>();
  let livesOn = false;
  const targets: { unitId: string; path: string }[] = [];
  change.into.forEach((ref, k) => {
    const refPath = `${at}.into.${k}`;
    const refKey = 'key' in ref ? `key:${ref.key}` : `unit:${ref.unitId}`;
    if (seen.has(refKey)) r.issue(refPath, 'org.split_target_twice', {});
    else if ('unitId' in ref && ref.unitId === change.unitId) livesOn = true;
    else {
      const unitId = resolveRef(r, ref, refPath);
      if (unitId !== null) targets.push({ unitId, path: refPath });
    }
    seen.add(refKey);
  });
  if (!isOpen(r, change.unitId, path) || !participate(r, change.unitId, index, 'split', path))
    return;
  if (!livesOn) r.ended.set(change.unitId, { index, verb: 'split', path });
  for (const target of targets) link(r, change.unitId, target.unitId, 'split', target.path);
}

function replaceUnit(r: Resolver, change: ChangeOf<'replace'>, index: number, at: string) {
  const path = `${at}.unitId`;
  const open = isOpen(r, change.unitId, path);
  const by = resolveRef(r, change.by, `${at}.by`);
  if (by === change.unitId) r.issue(`${at}.by`, 'org.replaces_itself', { unit: r.nameOf(by) });
  if (!open || by === change.unitId || !participate(r, change.unitId, index, 'replaced', path))
    return;
  r.ended.set(change.unitId, { index, verb: 'replaced', path });
  if (by !== null) link(r, change.unitId, by, 'successor', `${at}.by`);
}

/** A unit that takes over from another must not itself end. */
function checkReceivers(r: Resolver) {
  for (const receiver of r.receivers) {
    const ending = r.ended.get(receiver.unitId);
    if (ending)
      r.issue(receiver.path, 'org.ending_cannot_take_over', {
        unit: r.nameOf(receiver.unitId),
        ending: ending.verb,
        change: ending.index + 1,
        from: r.nameOf(receiver.from),
      });
  }
}

type Touched = { unitId: string; path: string };

/** Renames, moves and result-unit flags; returns every unit the changes touch, ended or updated. */
function resolveUpdates(r: Resolver, changes: readonly Change[]): Touched[] {
  const updatedBy = {
    rename: new Map<string, number>(),
    move: new Map<string, number>(),
    set_result_unit: new Map<string, number>(),
  };
  const touched: Touched[] = [...r.ended].map(([unitId, e]) => ({ unitId, path: e.path }));
  changes.forEach((change, index) => {
    if (change.type !== 'rename' && change.type !== 'move' && change.type !== 'set_result_unit')
      return;
    const path = `changes.${index}.unitId`;
    if (updateUnit(r, change, index, updatedBy[change.type]))
      touched.push({ unitId: change.unitId, path });
  });
  return touched;
}

/** One update, checked; false when it is refused or the unit is not open. */
function updateUnit(
  r: Resolver,
  change: UpdateChange,
  index: number,
  updatedBy: Map<string, number>,
): boolean {
  const at = `changes.${index}`;
  const path = `${at}.unitId`;
  const open = isOpen(r, change.unitId, path);
  const parentId = change.type === 'move' ? resolveRef(r, change.parent, `${at}.parent`) : null;
  if (!open) return false;
  const unit = r.nameOf(change.unitId);
  const ending = r.ended.get(change.unitId);
  const prior = updatedBy.get(change.unitId);
  const update = updateVerb[change.type];
  if (ending) {
    const { verb, index: endedBy } = ending;
    r.issue(path, 'org.ending_cannot_update', { unit, ending: verb, change: endedBy + 1, update });
    return false;
  }
  if (prior !== undefined) {
    r.issue(path, 'org.already_updated', { unit, update, change: prior + 1 });
    return false;
  }
  updatedBy.set(change.unitId, index);
  const was = r.before.get(change.unitId)!;
  const state = r.after.get(change.unitId)!;
  const next =
    change.type === 'rename'
      ? renamed(r, change, at, was, state)
      : change.type === 'move'
        ? moved(r, change, at, parentId, was, state)
        : flagged(r, change, at, was, state);
  if (next === null) return false;
  r.after.set(change.unitId, next);
  if (change.type === 'move') r.parentSetBy.set(change.unitId, index);
  return true;
}

function renamed(
  r: Resolver,
  change: ChangeOf<'rename'>,
  at: string,
  was: UnitState,
  state: UnitState,
): UnitState | null {
  const next = {
    ...state,
    name: change.name,
    shortName: change.shortName === undefined ? state.shortName : change.shortName,
    code: change.code === undefined ? state.code : change.code,
  };
  if (next.name === was.name && next.shortName === was.shortName && next.code === was.code) {
    r.issue(`${at}.name`, 'org.same_name', { unit: r.nameOf(change.unitId) });
    return null;
  }
  return next;
}

function moved(
  r: Resolver,
  change: ChangeOf<'move'>,
  at: string,
  parentId: string | null,
  was: UnitState,
  state: UnitState,
): UnitState | null {
  const unit = r.nameOf(change.unitId);
  if (parentId === null) return null;
  if (parentId === change.unitId) r.issue(`${at}.parent`, 'org.under_itself', { unit });
  else if (parentId === was.parentId)
    r.issue(`${at}.parent`, 'org.already_under', { unit, parent: r.nameOf(parentId) });
  else return { ...state, parentId };
  return null;
}

function flagged(
  r: Resolver,
  change: ChangeOf<'set_result_unit'>,
  at: string,
  was: UnitState,
  state: UnitState,
): UnitState | null {
  if (change.isResultUnit !== was.isResultUnit)
    return { ...state, isResultUnit: change.isResultUnit };
  r.issue(
    `${at}.isResultUnit`,
    was.isResultUnit ? 'org.already_result_unit' : 'org.already_not_result_unit',
    { unit: r.nameOf(change.unitId) },
  );
  return null;
}

/** A reorganisation may not slip in under a later one: history after the date stays as decided. */
function checkLaterHistory(r: Resolver, lineage: OrgSnapshot['lineage'], touched: Touched[]) {
  const { date } = r;
  for (const { unitId, path } of touched) {
    const unit = r.nameOf(unitId);
    const own = r.versionsOf.get(unitId);
    const later = own?.find((v) => v.validFrom > date);
    const laterLink = lineage.find(
      (l) => (l.fromUnitId === unitId || l.toUnitId === unitId) && l.effectiveDate > date,
    );
    const was = r.before.get(unitId)!;
    const ends = r.ended.has(unitId);
    const title = later?.reorganisationTitle;
    if (later && title)
      r.issue(path, 'org.changes_again_by', { unit, date: later.validFrom, title });
    else if (later) r.issue(path, 'org.changes_again', { unit, date: later.validFrom });
    else if (ends && was.validTo !== null)
      r.issue(path, 'org.closes_later', { unit, lastDay: was.validTo });
    else if (ends && laterLink)
      r.issue(path, 'org.later_reorganisation', { unit, date: laterLink.effectiveDate });
    else if (ends && own?.[0] === was && was.validFrom === date)
      r.issue(path, 'org.opens_same_day', { unit, date });
  }
}
