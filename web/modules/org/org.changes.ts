import type { FieldIssue } from '#contracts/common.ts';
import type { ReorganisationChangeInput, UnitAtDate, UnitKind, UnitRef } from '#contracts/org.ts';

/**
 * The reorganisation wizard's pure logic: the form's draft of one change and how it becomes
 * a contract change, unit references as select values, how a change is described, and where
 * the server's issues belong.
 */

export type ChangeType = ReorganisationChangeInput['type'];
export const changeTypes: readonly ChangeType[] = [
  'open',
  'close',
  'rename',
  'move',
  'merge',
  'split',
  'replace',
  'set_result_unit',
];

/** Everything the add-change form holds; each change type reads the fields it needs. */
export type ChangeDraft = {
  type: ChangeType;
  unitId: string;
  name: string;
  shortName: string;
  code: string;
  kind: UnitKind;
  /** an encoded unit reference: parent (open, move), into (merge) or by (replace) */
  target: string;
  /** the units to merge */
  unitIds: string[];
  /** encoded unit references a split results in */
  targets: string[];
  isResultUnit: boolean;
};

export const emptyDraft = (type: ChangeType = 'open'): ChangeDraft => ({
  type,
  unitId: '',
  name: '',
  shortName: '',
  code: '',
  kind: 'unit',
  target: '',
  unitIds: [],
  targets: [],
  isResultUnit: false,
});

// A select's value names an existing unit (`unit:<id>`) or one opened earlier in the same
// reorganisation (`key:<key>`).
export const encodeRef = (ref: UnitRef): string =>
  'unitId' in ref ? `unit:${ref.unitId}` : `key:${ref.key}`;

export function decodeRef(value: string): UnitRef | null {
  if (value.startsWith('unit:') && value.length > 5) return { unitId: value.slice(5) };
  if (value.startsWith('key:') && value.length > 4) return { key: value.slice(4) };
  return null;
}

// A missing required reference is sent as an empty id, so that validation names the field.
const requiredRef = (value: string): UnitRef => decodeRef(value) ?? { unitId: '' };
const optionalText = (value: string): string | null => (value.trim() === '' ? null : value);

/** A unique key for the next unit opened in this reorganisation. */
export function nextKey(changes: readonly ReorganisationChangeInput[]): string {
  const used = new Set(changes.flatMap((c) => (c.type === 'open' ? [c.key] : [])));
  let n = used.size + 1;
  while (used.has(`ny-${n}`)) n += 1;
  return `ny-${n}`;
}

export function draftToChange(draft: ChangeDraft, key: string): ReorganisationChangeInput {
  const { unitId } = draft;
  switch (draft.type) {
    case 'open':
      return {
        type: 'open',
        key,
        name: draft.name,
        shortName: optionalText(draft.shortName),
        code: optionalText(draft.code),
        kind: draft.kind,
        parent: decodeRef(draft.target),
        isResultUnit: draft.isResultUnit,
      };
    case 'close':
      return { type: 'close', unitId };
    case 'rename':
      return { type: 'rename', unitId, name: draft.name, shortName: optionalText(draft.shortName) };
    case 'move':
      return { type: 'move', unitId, parent: requiredRef(draft.target) };
    case 'merge':
      return { type: 'merge', unitIds: draft.unitIds, into: requiredRef(draft.target) };
    case 'split':
      return {
        type: 'split',
        unitId,
        into: draft.targets.flatMap((value) => decodeRef(value) ?? []),
      };
    case 'replace':
      return { type: 'replace', unitId, by: requiredRef(draft.target) };
    case 'set_result_unit':
      return { type: 'set_result_unit', unitId, isResultUnit: draft.isResultUnit };
  }
}

/** The draft field an issue's path (relative to the change) belongs to. */
export function draftFieldOf(type: ChangeType, path: string): keyof ChangeDraft {
  const first = path.split('.')[0] ?? '';
  if (first === 'parent' || first === 'by') return 'target';
  if (first === 'into') return type === 'split' ? 'targets' : 'target';
  if (['unitId', 'name', 'shortName', 'code', 'kind', 'unitIds'].includes(first)) {
    return first as keyof ChangeDraft;
  }
  return 'type';
}

/** The server's issues split into those about one change (by index) and the rest. */
export function issuesByChange(issues: readonly FieldIssue[]): {
  general: FieldIssue[];
  byChange: Map<number, FieldIssue[]>;
} {
  const general: FieldIssue[] = [];
  const byChange = new Map<number, FieldIssue[]>();
  for (const issue of issues) {
    const match = /^changes\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    if (!match) {
      general.push(issue);
      continue;
    }
    const index = Number(match[1]);
    const list = byChange.get(index) ?? [];
    list.push({ path: match[2] ?? '', message: issue.message });
    byChange.set(index, list);
  }
  return { general, byChange };
}

/** Names for unit references: existing units by id, new ones by the key of their opening. */
export function unitNamer(
  units: readonly UnitAtDate[],
  changes: readonly ReorganisationChangeInput[],
  unknown: string,
): (ref: UnitRef | string | null) => string {
  const byId = new Map(units.map((unit) => [unit.id, unit.name]));
  const byKey = new Map(changes.flatMap((c) => (c.type === 'open' ? [[c.key, c.name]] : [])));
  return (ref) => {
    if (ref === null) return unknown;
    if (typeof ref === 'string') return byId.get(ref) ?? unknown;
    return ('unitId' in ref ? byId.get(ref.unitId) : byKey.get(ref.key)) ?? unknown;
  };
}

export type Description = { key: DescriptionKey; values: Record<string, string> };
export type DescriptionKey =
  | 'open'
  | 'openTop'
  | 'close'
  | 'rename'
  | 'move'
  | 'merge'
  | 'split'
  | 'replace'
  | 'setResultUnit'
  | 'unsetResultUnit';

/** What a change does, as a translation key under `reorganise.describe` and its values. */
export function describeChange(
  change: ReorganisationChangeInput,
  nameOf: (ref: UnitRef | string | null) => string,
  join: (names: string[]) => string,
  kindName: (kind: UnitKind) => string,
): Description {
  switch (change.type) {
    case 'open': {
      const base = { name: change.name, kind: kindName(change.kind) };
      return change.parent
        ? { key: 'open', values: { ...base, parent: nameOf(change.parent) } }
        : { key: 'openTop', values: base };
    }
    case 'close':
      return { key: 'close', values: { unit: nameOf(change.unitId) } };
    case 'rename':
      return { key: 'rename', values: { unit: nameOf(change.unitId), name: change.name } };
    case 'move':
      return {
        key: 'move',
        values: { unit: nameOf(change.unitId), parent: nameOf(change.parent) },
      };
    case 'merge':
      return {
        key: 'merge',
        values: { units: join(change.unitIds.map(nameOf)), into: nameOf(change.into) },
      };
    case 'split':
      return {
        key: 'split',
        values: { unit: nameOf(change.unitId), into: join(change.into.map(nameOf)) },
      };
    case 'replace':
      return { key: 'replace', values: { unit: nameOf(change.unitId), by: nameOf(change.by) } };
    case 'set_result_unit':
      return {
        key: change.isResultUnit ? 'setResultUnit' : 'unsetResultUnit',
        values: { unit: nameOf(change.unitId) },
      };
  }
}
