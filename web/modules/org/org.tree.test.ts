import { describe, expect, test } from 'vitest';
import type { UnitAtDate } from '#contracts/org.ts';
import { buildTree, flattenTree, parentIds, unitOptions } from './org.tree.ts';

let counter = 0;
function unit(name: string, kind: UnitAtDate['kind'], parentId: string | null, id?: string) {
  counter += 1;
  return {
    id: id ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    name,
    shortName: null,
    code: null,
    kind,
    parentId,
    isResultUnit: false,
    validFrom: '2005-03-09',
    validTo: null,
  } satisfies UnitAtDate;
}

const names = (nodes: ReturnType<typeof buildTree>) => nodes.map((n) => n.unit.name);

describe('buildTree', () => {
  const kf = unit('Kommunfullmäktige', 'council', null);
  const ks = unit('Kommunstyrelsen', 'executive_board', kf.id);
  const slk = unit('Stadsledningskontoret', 'administration', ks.id);
  const ekonomi = unit('Ekonomi', 'department', slk.id);
  const alpha = unit('Äldrenämnden', 'committee', kf.id);
  const beta = unit('Arbetsmarknadsnämnden', 'committee', kf.id);

  test('nests units under their parents, from a flat list in any order', () => {
    const tree = buildTree([ekonomi, slk, ks, alpha, kf, beta]);
    expect(names(tree)).toEqual(['Kommunfullmäktige']);
    const council = tree[0]!;
    expect(council.parentMissing).toBe(false);
    // The executive board before committees; committees in Swedish alphabetical order (Ä last).
    expect(names(council.children)).toEqual([
      'Kommunstyrelsen',
      'Arbetsmarknadsnämnden',
      'Äldrenämnden',
    ]);
    expect(names(council.children[0]!.children[0]!.children)).toEqual(['Ekonomi']);
  });

  test('a unit whose parent is not in the list is shown at the top level, marked', () => {
    const orphan = unit('Upphandlingsfunktionen', 'unit', '99999999-9999-4999-8999-999999999999');
    const tree = buildTree([kf, orphan]);
    expect(names(tree)).toEqual(['Kommunfullmäktige', 'Upphandlingsfunktionen']);
    expect(tree[1]!.parentMissing).toBe(true);
    expect(tree[0]!.parentMissing).toBe(false);
  });

  test('units caught in a cycle are still shown, each once', () => {
    const a = unit('A', 'unit', null, 'aaaaaaaa-0000-4000-8000-000000000000');
    const b = unit('B', 'unit', a.id, 'bbbbbbbb-0000-4000-8000-000000000000');
    const cyclicA = { ...a, parentId: b.id };
    const flat = flattenTree(buildTree([cyclicA, b]));
    expect(flat.map((f) => f.unit.name).sort()).toEqual(['A', 'B']);
  });

  test('an empty list gives an empty tree', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('flattening', () => {
  const kf = unit('Kommunfullmäktige', 'council', null);
  const ks = unit('Kommunstyrelsen', 'executive_board', kf.id);
  const slk = unit('Stadsledningskontoret', 'administration', ks.id);

  test('flattenTree gives reading order with depths', () => {
    const flat = flattenTree(buildTree([slk, ks, kf]));
    expect(flat.map((f) => [f.unit.name, f.depth])).toEqual([
      ['Kommunfullmäktige', 0],
      ['Kommunstyrelsen', 1],
      ['Stadsledningskontoret', 2],
    ]);
  });

  test('select options are indented by depth with em spaces', () => {
    const options = unitOptions([slk, ks, kf]);
    expect(options[2]).toEqual({
      id: slk.id,
      name: 'Stadsledningskontoret',
      label: '\u2003\u2003Stadsledningskontoret',
      depth: 2,
    });
  });

  test('parentIds lists the units that have children', () => {
    expect(parentIds(buildTree([slk, ks, kf]))).toEqual([kf.id, ks.id]);
  });
});
