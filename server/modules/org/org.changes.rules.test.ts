import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ReorganisationChangeInput } from '#contracts/org.ts';
import { resolveChanges } from './org.changes.rules.ts';
import type { StoredLink, StoredVersion } from './org.rules.ts';
import { idMaker, ids, input, stockholm, uuid, version } from './org.testing.ts';

const D = '2026-01-01';
const resolve = (
  changes: ReorganisationChangeInput[],
  options: { versions?: StoredVersion[]; lineage?: StoredLink[] } = {},
) =>
  resolveChanges(
    { versions: options.versions ?? stockholm, lineage: options.lineage ?? [] },
    input(changes, D),
    idMaker(),
  );
const codes = (resolution: ReturnType<typeof resolve>) =>
  resolution.issues.map((issue) => [issue.path, issue.code]);

describe('resolving a reorganisation’s changes', () => {
  test('units the changes do not name stand after as they stood before', () => {
    const resolution = resolve([{ type: 'rename', unitId: ids.budget, name: 'Budget och analys' }]);
    expect(resolution.before.size).toBe(stockholm.length);
    expect(resolution.before.get(ids.budget)?.name).toBe('Budgetenheten');
    for (const [unitId, was] of resolution.before) {
      if (unitId === ids.budget) continue;
      expect(resolution.after.get(unitId)).toMatchObject({
        name: was.name,
        parentId: was.parentId,
      });
    }
    expect([resolution.ended.size, resolution.lineage, resolution.issues]).toEqual([0, [], []]);
  });

  test('a unit opened under a key opened further down gets its parent, its id and its name', () => {
    const resolution = resolve([
      { type: 'open', key: 'team', name: 'Lönegruppen', kind: 'unit', parent: { key: 'hr' } },
      { type: 'open', key: 'hr', name: 'HR', kind: 'department', parent: { unitId: ids.slk } },
    ]);
    expect(resolution.issues).toEqual([]);
    const [team, hr] = resolution.newUnits;
    expect([team!.key, hr!.key]).toEqual(['team', 'hr']);
    expect(resolution.after.get(team!.id)).toMatchObject({ name: 'Lönegruppen', parentId: hr!.id });
    expect(resolution.nameOf(hr!.id)).toBe('HR');
    expect(resolution.parentSetBy.get(team!.id)).toBe(0);
  });

  test('a merge ends every merged unit but the one it goes into, each linked to it', () => {
    const resolution = resolve([
      { type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { unitId: ids.budget } },
    ]);
    expect(resolution.issues).toEqual([]);
    expect([...resolution.ended]).toEqual([
      [ids.redovisning, { index: 0, verb: 'merged', path: 'changes.0.unitIds.1' }],
    ]);
    expect(resolution.after.has(ids.redovisning)).toBe(false);
    expect(resolution.lineage).toEqual([
      { fromUnitId: ids.redovisning, toUnitId: ids.budget, kind: 'merge' },
    ]);
  });

  test('a split ends the unit unless it is among its own parts, and links it to each new part', () => {
    const open = (key: string): ReorganisationChangeInput => ({
      type: 'open',
      key,
      name: key.toUpperCase(),
      kind: 'unit',
      parent: { unitId: ids.slk },
    });
    const ends = resolve([
      open('a'),
      open('b'),
      { type: 'split', unitId: ids.it, into: [{ key: 'a' }, { key: 'b' }] },
    ]);
    expect(ends.ended.get(ids.it)).toEqual({ index: 2, verb: 'split', path: 'changes.2.unitId' });
    expect(ends.lineage.map((l) => [l.fromUnitId, ends.nameOf(l.toUnitId), l.kind])).toEqual([
      [ids.it, 'A', 'split'],
      [ids.it, 'B', 'split'],
    ]);
    const livesOn = resolve([
      open('a'),
      { type: 'split', unitId: ids.it, into: [{ unitId: ids.it }, { key: 'a' }] },
    ]);
    expect(livesOn.ended.has(ids.it)).toBe(false);
    expect(livesOn.lineage).toHaveLength(1);
  });

  test('a replaced unit ends with a successor link to the unit that takes over', () => {
    const resolution = resolve([{ type: 'replace', unitId: ids.it, by: { unitId: ids.ekonomi } }]);
    expect(resolution.ended.get(ids.it)?.verb).toBe('replaced');
    expect(resolution.lineage).toEqual([
      { fromUnitId: ids.it, toUnitId: ids.ekonomi, kind: 'successor' },
    ]);
  });

  test('renames, moves and flags change only what they name', () => {
    const resolution = resolve([
      { type: 'rename', unitId: ids.budget, name: 'Budget och analys' },
      { type: 'move', unitId: ids.it, parent: { unitId: ids.ks } },
      { type: 'set_result_unit', unitId: ids.redovisning, isResultUnit: true },
    ]);
    expect(resolution.issues).toEqual([]);
    expect(resolution.after.get(ids.budget)).toMatchObject({
      name: 'Budget och analys',
      parentId: ids.ekonomi,
    });
    expect(resolution.after.get(ids.it)).toMatchObject({
      name: 'IT-avdelningen',
      parentId: ids.ks,
    });
    expect(resolution.after.get(ids.redovisning)?.isResultUnit).toBe(true);
    expect(resolution.parentSetBy.get(ids.it)).toBe(1);
    expect(resolution.after.get(ids.ekonomi)).toEqual(
      expect.objectContaining({ name: 'Ekonomiavdelningen', parentId: ids.slk }),
    );
  });
});

describe('what a reorganisation may not do', () => {
  test('a key used twice, an unknown key and an unknown unit are problems at their paths', () => {
    const resolution = resolve([
      { type: 'open', key: 'hr', name: 'HR', kind: 'department', parent: { unitId: ids.slk } },
      { type: 'open', key: 'hr', name: 'HR 2', kind: 'department', parent: { key: 'saknas' } },
      { type: 'close', unitId: ids.unknown },
    ]);
    expect(codes(resolution)).toEqual([
      ['changes.1.key', 'org.duplicate_key'],
      ['changes.2.unitId', 'org.unknown_unit'],
    ]);
  });

  test('a unit can end in one way only, and one that ends cannot take over', () => {
    const resolution = resolve([
      { type: 'close', unitId: ids.it },
      { type: 'replace', unitId: ids.it, by: { unitId: ids.ekonomi } },
      { type: 'replace', unitId: ids.budget, by: { unitId: ids.redovisning } },
      { type: 'close', unitId: ids.redovisning },
    ]);
    expect(codes(resolution)).toEqual([
      ['changes.1.unitId', 'org.already_ending'],
      ['changes.2.by', 'org.ending_cannot_take_over'],
    ]);
  });

  test('a unit merged twice in one merge, or replaced by itself, is refused', () => {
    const resolution = resolve([
      { type: 'merge', unitIds: [ids.budget, ids.budget], into: { unitId: ids.budget } },
      { type: 'replace', unitId: ids.it, by: { unitId: ids.it } },
    ]);
    expect(codes(resolution)).toEqual([
      ['changes.0.unitIds.1', 'org.listed_twice'],
      ['changes.1.by', 'org.replaces_itself'],
    ]);
  });

  test('a unit closed before the date, or not open yet, cannot be changed', () => {
    const versions = [
      ...stockholm,
      version(uuid(60), 'Nedlagd', ids.slk, { to: '2024-12-31' }),
      version(uuid(61), 'Kommande', ids.slk, { from: '2027-01-01' }),
    ];
    const resolution = resolve(
      [
        { type: 'close', unitId: uuid(60) },
        { type: 'rename', unitId: uuid(61), name: 'Snart' },
      ],
      { versions },
    );
    expect(codes(resolution)).toEqual([
      ['changes.0.unitId', 'org.unit_closed'],
      ['changes.1.unitId', 'org.unit_not_open_yet'],
    ]);
  });

  test('a change under a later reorganisation of the same unit is refused', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.it),
      version(ids.it, 'IT-avdelningen', ids.slk, { to: '2026-12-31' }),
      version(ids.it, 'Digitalisering', ids.slk, {
        from: '2027-01-01',
        title: 'Omorganisation 2027',
      }),
    ];
    const resolution = resolve([{ type: 'rename', unitId: ids.it, name: 'IT' }], { versions });
    expect(codes(resolution)).toEqual([['changes.0.unitId', 'org.changes_again_by']]);
  });

  test('whatever units are closed, each ends once and leaves the tree after (property)', () => {
    const closable = [ids.budget, ids.redovisning, ids.it, ids.namnd];
    fc.assert(
      fc.property(fc.subarray(closable, { minLength: 1 }), (unitIds) => {
        const resolution = resolve(unitIds.map((unitId) => ({ type: 'close', unitId })));
        expect(resolution.issues).toEqual([]);
        expect([...resolution.ended.keys()].sort()).toEqual([...unitIds].sort());
        for (const unitId of unitIds) expect(resolution.after.has(unitId)).toBe(false);
        expect(resolution.after.size).toBe(stockholm.length - unitIds.length);
      }),
      { seed: 20260101, numRuns: 50 },
    );
  });
});
