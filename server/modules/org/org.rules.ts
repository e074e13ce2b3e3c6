import type { CodedIssue, Ending } from '#contracts/issues.ts';
import type { LineageKind, ReorganisationPreview, UnitAtDate } from '#contracts/org.ts';

/**
 * Pure rules of the effective-dated organisation: which versions hold on a date, where a unit
 * sits, whether a tree is sound, and how lineage links chain. No IO here.
 */

type Dated = { validFrom: string; validTo: string | null };
type Node = { id: string; parentId: string | null };

/** Calendar-day arithmetic on ISO dates, done in UTC so that no time zone shifts a day. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!) + days * 86_400_000).toISOString().slice(0, 10);
}

/** validTo is the last day the version holds (inclusive); null while it is open. */
export const isValidOn = (version: Dated, date: string): boolean =>
  version.validFrom <= date && (version.validTo === null || version.validTo >= date);

// One collator for all comparisons: localeCompare with a locale builds one per call, which is slow.
const swedish = new Intl.Collator('sv');

/** Swedish alphabetical order (å, ä, ö last), then id, so that every listing is deterministic. */
export function byName(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return swedish.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The units as they are on `date`: each unit's one version valid that day, by name. */
export function treeAt<V extends UnitAtDate>(versions: readonly V[], date: string): V[] {
  return versions.filter((version) => isValidOn(version, date)).sort(byName);
}

/** Only the contract's fields: stored versions carry more than a client should see. */
export const unitAtDateOf = (version: UnitAtDate): UnitAtDate => ({
  id: version.id,
  ...stateOf(version),
  validFrom: version.validFrom,
  validTo: version.validTo,
});

/**
 * The unit and the units above it, self first, up to the root. A unit missing from `units`
 * has no ancestry; a loop in bad data ends the walk instead of running forever.
 */
export function ancestry(units: readonly Node[], unitId: string): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain: string[] = [];
  let current = byId.get(unitId);
  while (current && !chain.includes(current.id)) {
    chain.push(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}

export type TreeProblem =
  { kind: 'orphan'; unitId: string; parentId: string } | { kind: 'cycle'; unitIds: string[] };

/**
 * What makes a tree unsound: a unit whose parent is not in the tree (an orphan: the parent is
 * closed that day) and loops of units under one another. Each loop is reported once, its
 * members in parent order starting from the smallest id.
 */
export function validateTree(units: readonly Node[]): TreeProblem[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const problems: TreeProblem[] = [];
  const done = new Set<string>();
  for (const unit of units) {
    if (unit.parentId !== null && !byId.has(unit.parentId)) {
      problems.push({ kind: 'orphan', unitId: unit.id, parentId: unit.parentId });
    }
  }
  for (const start of units) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: Node | undefined = start;
    while (current && !done.has(current.id) && !onPath.has(current.id)) {
      path.push(current.id);
      onPath.add(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    if (current && onPath.has(current.id)) {
      const loop = path.slice(path.indexOf(current.id));
      const first = loop.indexOf([...loop].sort()[0]!);
      problems.push({ kind: 'cycle', unitIds: [...loop.slice(first), ...loop.slice(0, first)] });
    }
    for (const id of path) done.add(id);
  }
  return problems;
}

/**
 * Every problem the tree has on `from` and each problem that appears on a later day, with the
 * day it appears. Instead of checking the whole tree on every day it changes, it checks what
 * changed that day: a problem can only appear where a version starts or ends.
 */
export function problemsFrom<V extends UnitAtDate>(
  versions: readonly V[],
  from: string,
): { day: string; problem: TreeProblem }[] {
  const current = new Map<string, V>();
  const children = new Map<string, Set<string>>();
  const place = (version: V) => {
    current.set(version.id, version);
    if (version.parentId === null) return;
    const siblings = children.get(version.parentId) ?? new Set<string>();
    children.set(version.parentId, siblings.add(version.id));
  };
  const lift = (version: V) => {
    if (current.get(version.id) === version) current.delete(version.id);
    if (version.parentId !== null) children.get(version.parentId)?.delete(version.id);
  };
  /** The loop through `unitId`, in parent order from its smallest id, if there is one. */
  const loopThrough = (unitId: string): string[] | null => {
    const path = [unitId];
    let parentId = current.get(unitId)?.parentId ?? null;
    while (parentId !== null && parentId !== unitId && current.has(parentId)) {
      if (path.includes(parentId)) return null; // a loop above the unit, found when it formed
      path.push(parentId);
      parentId = current.get(parentId)!.parentId;
    }
    if (parentId !== unitId) return null;
    const first = path.indexOf([...path].sort()[0]!);
    return [...path.slice(first), ...path.slice(0, first)];
  };

  const initial = treeAt(versions, from);
  initial.forEach(place);
  const found = validateTree(initial).map((problem) => ({ day: from, problem }));
  const events = new Map<string, { ends: V[]; starts: V[] }>();
  const on = (day: string) =>
    events.get(day) ?? events.set(day, { ends: [], starts: [] }).get(day)!;
  for (const version of versions) {
    if (version.validFrom > from) on(version.validFrom).starts.push(version);
    if (version.validTo !== null && version.validTo >= from)
      on(addDays(version.validTo, 1)).ends.push(version);
  }
  for (const day of [...events.keys()].sort()) {
    const { ends, starts } = events.get(day)!;
    ends.forEach(lift);
    starts.forEach(place);
    const changed = new Map([...ends, ...starts].map((version) => [version.id, version]));
    for (const version of [...changed.values()].sort(byName)) {
      const now = current.get(version.id);
      if (!now) {
        for (const childId of [...(children.get(version.id) ?? [])].sort())
          found.push({ day, problem: { kind: 'orphan', unitId: childId, parentId: version.id } });
        continue;
      }
      if (now.parentId !== null && !current.has(now.parentId))
        found.push({ day, problem: { kind: 'orphan', unitId: now.id, parentId: now.parentId } });
      const loop = loopThrough(now.id);
      if (loop) found.push({ day, problem: { kind: 'cycle', unitIds: loop } });
    }
  }
  return found;
}

/** The units below `unitId` in a tree (not the unit itself). */
export function descendants(units: readonly Node[], unitId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const found = new Set<string>();
  const queue = [...(children.get(unitId) ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (found.has(id) || id === unitId) continue;
    found.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return found;
}

type Link = { fromUnitId: string; toUnitId: string; effectiveDate: string };

/**
 * Where a unit came from: the links into it, then the links into those units that happened no
 * later than the link they led to, and so on. Each link appears once, nearest first; loops in
 * the data cannot make it run forever because a link is followed only once.
 */
export function origins<L extends Link>(links: readonly L[], unitId: string): L[] {
  return traverse(
    links,
    links.filter((link) => link.toUnitId === unitId),
    (next, via) => next.toUnitId === via.fromUnitId && next.effectiveDate <= via.effectiveDate,
  );
}

/** What became of a unit: the links out of it, then out of where it went (no earlier), … */
export function fate<L extends Link>(links: readonly L[], unitId: string): L[] {
  return traverse(
    links,
    links.filter((link) => link.fromUnitId === unitId),
    (next, via) => next.fromUnitId === via.toUnitId && next.effectiveDate >= via.effectiveDate,
  );
}

function traverse<L extends Link>(
  links: readonly L[],
  start: readonly L[],
  follows: (next: L, via: L) => boolean,
): L[] {
  const seen = new Set<L>(start);
  const queue = [...start];
  for (let i = 0; i < queue.length; i += 1) {
    const via = queue[i]!;
    for (const next of links) {
      if (!seen.has(next) && follows(next, via)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return queue;
}

/**
 * A unit's name on a date from its versions; on a day it does not exist, the nearest version
 * (the last before, else the first after), so that a closed unit keeps the name it ended with.
 */
export function nameOn(
  versions: readonly (Dated & { id: string; name: string })[],
  unitId: string,
  date: string,
): string | null {
  const own = versions
    .filter((version) => version.id === unitId)
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const valid = own.find((version) => isValidOn(version, date));
  if (valid) return valid.name;
  const before = own.filter((version) => version.validFrom <= date).at(-1);
  return (before ?? own[0])?.name ?? null;
}

// ── What a reorganisation is planned against and what it plans (org.reorganise.rules.ts resolves
// the changes, org.plan.rules.ts turns them into version changes) ──────────────────────────────

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

/** Only what a version says of its unit, without its id and dates. */
export const stateOf = (version: UnitState): UnitState => ({
  name: version.name,
  shortName: version.shortName,
  code: version.code,
  kind: version.kind,
  parentId: version.parentId,
  isResultUnit: version.isResultUnit,
});

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
