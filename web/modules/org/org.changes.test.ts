import { describe, expect, test } from 'vitest';
import { reorganisationChange, type ReorganisationChangeInput } from '#contracts/org.ts';
import {
  decodeRef,
  describeChange,
  draftFieldOf,
  draftToChange,
  emptyDraft,
  encodeRef,
  issuesByChange,
  nextKey,
  unitNamer,
} from './org.changes.ts';

const ekonomi = '11111111-1111-4111-8111-111111111111';
const slk = '22222222-2222-4222-8222-222222222222';
const units = [
  {
    id: ekonomi,
    name: 'Ekonomi',
    shortName: null,
    code: null,
    kind: 'department' as const,
    parentId: slk,
    isResultUnit: false,
    validFrom: '2005-03-09',
    validTo: null,
  },
  {
    id: slk,
    name: 'Stadsledningskontoret',
    shortName: 'SLK',
    code: null,
    kind: 'administration' as const,
    parentId: null,
    isResultUnit: true,
    validFrom: '2005-03-09',
    validTo: null,
  },
];

describe('unit references as select values', () => {
  test('existing units and new ones round-trip through their encoding', () => {
    expect(decodeRef(encodeRef({ unitId: ekonomi }))).toEqual({ unitId: ekonomi });
    expect(decodeRef(encodeRef({ key: 'ny-1' }))).toEqual({ key: 'ny-1' });
  });

  test('an empty or foreign value is no reference', () => {
    expect(decodeRef('')).toBeNull();
    expect(decodeRef('unit:')).toBeNull();
    expect(decodeRef(ekonomi)).toBeNull();
  });
});

describe('draftToChange', () => {
  test('opening a unit under a unit opened earlier refers to it by key', () => {
    const change = draftToChange(
      { ...emptyDraft('open'), name: 'Stab', kind: 'department', target: 'key:ny-1' },
      'ny-2',
    );
    expect(change).toEqual({
      type: 'open',
      key: 'ny-2',
      name: 'Stab',
      shortName: null,
      code: null,
      kind: 'department',
      parent: { key: 'ny-1' },
      isResultUnit: false,
    });
    expect(reorganisationChange.safeParse(change).success).toBe(true);
  });

  test('a unit opened without a parent goes to the top level', () => {
    const change = draftToChange({ ...emptyDraft('open'), name: 'Nämnd' }, 'ny-1');
    expect(change).toMatchObject({ parent: null });
  });

  test('a move without a chosen parent fails validation on the parent field', () => {
    const change = draftToChange({ ...emptyDraft('move'), unitId: ekonomi }, 'ny-1');
    const result = reorganisationChange.safeParse(change);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths.some((p) => draftFieldOf('move', p) === 'target')).toBe(true);
  });

  test('a merge keeps its units and the unit it goes into', () => {
    const change = draftToChange(
      { ...emptyDraft('merge'), unitIds: [ekonomi, slk], target: `unit:${slk}` },
      'ny-1',
    );
    expect(change).toEqual({ type: 'merge', unitIds: [ekonomi, slk], into: { unitId: slk } });
  });
});

test('nextKey never repeats a key already used in the reorganisation', () => {
  const opened = (key: string): ReorganisationChangeInput => ({
    type: 'open',
    key,
    name: key,
    kind: 'unit',
    parent: null,
  });
  expect(nextKey([])).toBe('ny-1');
  expect(nextKey([opened('ny-2')])).toBe('ny-3');
  expect(nextKey([opened('ny-1'), opened('ny-2')])).toBe('ny-3');
});

describe('draftFieldOf', () => {
  test('maps the contract’s field names to the form’s fields', () => {
    expect(draftFieldOf('open', 'parent.key')).toBe('target');
    expect(draftFieldOf('replace', 'by')).toBe('target');
    expect(draftFieldOf('merge', 'into')).toBe('target');
    expect(draftFieldOf('split', 'into')).toBe('targets');
    expect(draftFieldOf('merge', 'unitIds.1')).toBe('unitIds');
    expect(draftFieldOf('rename', 'name')).toBe('name');
    expect(draftFieldOf('close', '')).toBe('type');
  });
});

test('issuesByChange sorts the server’s issues by change and keeps the rest apart', () => {
  const { general, byChange } = issuesByChange([
    { path: 'changes.2.parent', message: 'would create a cycle' },
    { path: 'changes.2', message: 'changes a closed unit' },
    { path: 'changes.0.name', message: 'must not be empty' },
    { path: 'effectiveDate', message: 'is before a later reorganisation' },
  ]);
  expect(general).toEqual([{ path: 'effectiveDate', message: 'is before a later reorganisation' }]);
  expect(byChange.get(2)).toEqual([
    { path: 'parent', message: 'would create a cycle' },
    { path: '', message: 'changes a closed unit' },
  ]);
  expect(byChange.get(0)).toEqual([{ path: 'name', message: 'must not be empty' }]);
});

describe('describeChange', () => {
  const opening: ReorganisationChangeInput = {
    type: 'open',
    key: 'ny-1',
    name: 'Kommunikationsstab',
    kind: 'department',
    parent: { unitId: slk },
  };
  const nameOf = unitNamer(units, [opening], '?');
  const join = (names: string[]) => names.join(' + ');
  const kindName = (kind: string) => kind.toUpperCase();
  const describe = (change: ReorganisationChangeInput) =>
    describeChange(change, nameOf, join, kindName);

  test('names existing units from the tree and new ones from their opening', () => {
    expect(describe(opening)).toEqual({
      key: 'open',
      values: { name: 'Kommunikationsstab', kind: 'DEPARTMENT', parent: 'Stadsledningskontoret' },
    });
    expect(describe({ type: 'replace', unitId: ekonomi, by: { key: 'ny-1' } })).toEqual({
      key: 'replace',
      values: { unit: 'Ekonomi', by: 'Kommunikationsstab' },
    });
  });

  test('lists the units of a merge and tells result-unit changes apart', () => {
    expect(
      describe({ type: 'merge', unitIds: [ekonomi, slk], into: { unitId: slk } }).values.units,
    ).toBe('Ekonomi + Stadsledningskontoret');
    expect(describe({ type: 'set_result_unit', unitId: slk, isResultUnit: false }).key).toBe(
      'unsetResultUnit',
    );
  });

  test('a unit that is not known gets the placeholder name', () => {
    expect(
      describe({ type: 'close', unitId: '33333333-3333-4333-8333-333333333333' }).values,
    ).toEqual({
      unit: '?',
    });
  });
});
