import { describe, expect, test } from 'vitest';
import { applyPlan } from './org.plan.rules.ts';
import { treeAt } from './org.rules.ts';
import { accepted, ids, opening, plan, stockholm, uuid, version } from './org.testing.ts';

const D = '2026-01-01';
const openHr = opening('hr', 'HR-avdelningen', 'department', { unitId: ids.slk });
const renameIt = { type: 'rename', unitId: ids.it, name: 'Digitaliseringsavdelningen' } as const;
const nameOf = (units: { id: string; name: string }[], id: string) =>
  units.find((u) => u.id === id)?.name;
const after = (result: ReturnType<typeof plan>) => {
  const made = accepted(result);
  return applyPlan(stockholm, made);
};

describe('a reorganisation that opens units', () => {
  test('a unit opened under an existing unit appears in the tree from the effective date', () => {
    const made = accepted(plan([openHr]));
    const [opened] = made.newUnits;
    expect(opened!.key).toBe('hr');
    const versions = applyPlan(stockholm, made);
    expect(treeAt(versions, D).find((u) => u.id === opened!.id)).toMatchObject({
      name: 'HR-avdelningen',
      parentId: ids.slk,
      validFrom: D,
      validTo: null,
    });
    expect(treeAt(versions, '2025-12-31').find((u) => u.id === opened!.id)).toBeUndefined();
  });

  test('a unit may be opened under another new unit named by its key, even one opened further down the list', () => {
    const made = accepted(
      plan([
        { type: 'open', key: 'team', name: 'Lönegruppen', kind: 'unit', parent: { key: 'hr' } },
        openHr,
      ]),
    );
    const byKey = new Map(made.newUnits.map((u) => [u.key, u.id]));
    const tree = treeAt(applyPlan(stockholm, made), D);
    expect(tree.find((u) => u.id === byKey.get('team'))!.parentId).toBe(byKey.get('hr'));
  });

  test('a unit opened without a parent is a new root', () => {
    const made = accepted(
      plan([{ type: 'open', key: 'ab', name: 'Stadshus AB', kind: 'company_board', parent: null }]),
    );
    expect(made.insertVersions[0]).toMatchObject({ parentId: null, kind: 'company_board' });
  });
});

describe('a reorganisation that changes a unit but keeps its identity', () => {
  test('a renamed unit keeps its id; its old version ends the day before and the new one starts on the date', () => {
    const made = accepted(
      plan([{ type: 'rename', unitId: ids.ekonomi, name: 'Finansavdelningen' }]),
    );
    expect(made.closeVersions).toEqual([
      { versionId: `${ids.ekonomi}@2020-01-01`, unitId: ids.ekonomi, validTo: '2025-12-31' },
    ]);
    expect(made.insertVersions).toHaveLength(1);
    expect(made.insertVersions[0]).toMatchObject({
      id: ids.ekonomi,
      name: 'Finansavdelningen',
      validFrom: D,
      validTo: null,
      parentId: ids.slk,
    });
    const versions = applyPlan(stockholm, made);
    expect(nameOf(treeAt(versions, '2025-12-31'), ids.ekonomi)).toBe('Ekonomiavdelningen');
    expect(nameOf(treeAt(versions, D), ids.ekonomi)).toBe('Finansavdelningen');
  });

  test('a rename keeps the short name and code unless it gives them, and null clears them', () => {
    const versions = [
      { ...version(ids.kf, 'Kommunfullmäktige', null), shortName: 'KF', code: '100' },
    ];
    const kept = accepted(
      plan([{ type: 'rename', unitId: ids.kf, name: 'Fullmäktige' }], { versions }),
    );
    expect(kept.insertVersions[0]).toMatchObject({ shortName: 'KF', code: '100' });
    const cleared = accepted(
      plan(
        [{ type: 'rename', unitId: ids.kf, name: 'Fullmäktige', shortName: null, code: '200' }],
        { versions },
      ),
    );
    expect(cleared.insertVersions[0]).toMatchObject({ shortName: null, code: '200' });
  });

  test('a moved unit sits under its new parent from the date and under the old one before it', () => {
    const versions = after(
      plan([{ type: 'move', unitId: ids.budget, parent: { unitId: ids.it } }]),
    );
    expect(treeAt(versions, '2025-12-31').find((u) => u.id === ids.budget)!.parentId).toBe(
      ids.ekonomi,
    );
    expect(treeAt(versions, D).find((u) => u.id === ids.budget)!.parentId).toBe(ids.it);
  });

  test('a unit renamed and moved in one reorganisation gets one new version carrying both', () => {
    const made = accepted(
      plan([
        { type: 'rename', unitId: ids.budget, name: 'Budget och prognos' },
        { type: 'move', unitId: ids.budget, parent: { unitId: ids.it } },
      ]),
    );
    expect(made.insertVersions).toHaveLength(1);
    expect(made.insertVersions[0]).toMatchObject({ name: 'Budget och prognos', parentId: ids.it });
  });

  test('flagging a unit as a result unit starts a new version with the flag', () => {
    const made = accepted(
      plan([{ type: 'set_result_unit', unitId: ids.budget, isResultUnit: true }]),
    );
    expect(made.insertVersions[0]).toMatchObject({
      id: ids.budget,
      isResultUnit: true,
      validFrom: D,
    });
    expect(made.preview.resultUnits).toEqual([
      { unitId: ids.budget, name: 'Budgetenheten', isResultUnit: true },
    ]);
  });

  test('a rename keeps the last day of a version that a later reorganisation has closed', () => {
    const versions = [
      version(ids.kf, 'Kommunfullmäktige', null),
      version(ids.namnd, 'Socialnämnden', ids.kf, { to: '2027-12-31' }),
    ];
    const made = accepted(
      plan([{ type: 'rename', unitId: ids.namnd, name: 'Social- och omsorgsnämnden' }], {
        versions,
      }),
    );
    expect(made.insertVersions[0]).toMatchObject({ validFrom: D, validTo: '2027-12-31' });
  });
});

describe('a reorganisation that ends units', () => {
  test('a closed unit is in the tree until the day before and not from the date', () => {
    const versions = after(plan([{ type: 'close', unitId: ids.it }]));
    expect(treeAt(versions, '2025-12-31').map((u) => u.id)).toContain(ids.it);
    expect(treeAt(versions, D).map((u) => u.id)).not.toContain(ids.it);
  });

  test('when units merge into one of them, the others close and each links to the one that absorbs them', () => {
    const made = accepted(
      plan([
        { type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { unitId: ids.budget } },
      ]),
    );
    expect(made.lineage).toEqual([
      { fromUnitId: ids.redovisning, toUnitId: ids.budget, kind: 'merge' },
    ]);
    expect(made.closeVersions.map((c) => c.unitId)).toEqual([ids.redovisning]);
    expect(made.preview.closed).toEqual([{ unitId: ids.redovisning, name: 'Redovisningsenheten' }]);
  });

  test('when units merge into a new unit, all of them close and each links to the new unit', () => {
    const made = accepted(
      plan([
        opening('eko', 'Ekonomienheten', 'unit', { unitId: ids.ekonomi }),
        { type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { key: 'eko' } },
      ]),
    );
    const newId = made.newUnits[0]!.id;
    expect(made.lineage).toEqual([
      { fromUnitId: ids.budget, toUnitId: newId, kind: 'merge' },
      { fromUnitId: ids.redovisning, toUnitId: newId, kind: 'merge' },
    ]);
    expect(made.preview.lineage).toEqual([
      { from: 'Budgetenheten', to: 'Ekonomienheten', kind: 'merge' },
      { from: 'Redovisningsenheten', to: 'Ekonomienheten', kind: 'merge' },
    ]);
  });

  test('a split unit closes and links to each of the units it is split into', () => {
    const made = accepted(
      plan([
        { type: 'open', key: 'a', name: 'Drift', kind: 'unit', parent: { unitId: ids.slk } },
        { type: 'move', unitId: ids.budget, parent: { key: 'a' } },
        { type: 'move', unitId: ids.redovisning, parent: { key: 'a' } },
        { type: 'split', unitId: ids.ekonomi, into: [{ key: 'a' }, { unitId: ids.it }] },
      ]),
    );
    expect(made.lineage).toEqual([
      { fromUnitId: ids.ekonomi, toUnitId: made.newUnits[0]!.id, kind: 'split' },
      { fromUnitId: ids.ekonomi, toUnitId: ids.it, kind: 'split' },
    ]);
    expect(made.preview.closed.map((c) => c.unitId)).toEqual([ids.ekonomi]);
  });

  test('a unit split with itself among the results lives on and links only to the others', () => {
    const made = accepted(
      plan([
        opening('ny', 'Analysenheten', 'unit', { unitId: ids.slk }),
        { type: 'split', unitId: ids.budget, into: [{ unitId: ids.budget }, { key: 'ny' }] },
      ]),
    );
    expect(made.lineage).toEqual([
      { fromUnitId: ids.budget, toUnitId: made.newUnits[0]!.id, kind: 'split' },
    ]);
    expect(made.preview.closed).toEqual([]);
  });

  test('a replaced unit closes and a successor link goes to the unit that takes over', () => {
    const made = accepted(
      plan([{ type: 'replace', unitId: ids.redovisning, by: { unitId: ids.budget } }]),
    );
    expect(made.lineage).toEqual([
      { fromUnitId: ids.redovisning, toUnitId: ids.budget, kind: 'successor' },
    ]);
  });

  test('closing a department together with all its units is accepted', () => {
    accepted(
      plan([
        { type: 'close', unitId: ids.ekonomi },
        { type: 'close', unitId: ids.budget },
        { type: 'close', unitId: ids.redovisning },
      ]),
    );
  });
});

describe('two reorganisations on the same day', () => {
  // Budgetenheten was renamed by an earlier reorganisation on the same date.
  const sameDay = [
    ...stockholm.filter((v) => v.id !== ids.budget),
    version(ids.budget, 'Budgetenheten', ids.ekonomi, { to: '2025-12-31' }),
    version(ids.budget, 'Budget', ids.ekonomi, { from: D }),
  ];

  test('a second change to a unit that day rewrites the version that starts that day', () => {
    const made = accepted(
      plan([{ type: 'move', unitId: ids.budget, parent: { unitId: ids.it } }], {
        versions: sameDay,
      }),
    );
    expect(made.closeVersions).toEqual([]);
    expect(made.insertVersions).toEqual([]);
    expect(made.updateVersions).toEqual([
      {
        versionId: `${ids.budget}@${D}`,
        unitId: ids.budget,
        state: expect.objectContaining({ name: 'Budget', parentId: ids.it }),
      },
    ]);
  });

  test('closing that unit the same day removes the version that starts that day, so it ends the day before', () => {
    const made = accepted(plan([{ type: 'close', unitId: ids.budget }], { versions: sameDay }));
    expect(made.deleteVersions).toEqual([{ versionId: `${ids.budget}@${D}`, unitId: ids.budget }]);
    const versions = applyPlan(sameDay, made);
    expect(versions.filter((v) => v.id === ids.budget)).toEqual([
      expect.objectContaining({ name: 'Budgetenheten', validTo: '2025-12-31' }),
    ]);
  });
});

describe('the preview', () => {
  test('names what opens, closes, is renamed and moves, and shows the tree before and after', () => {
    const made = accepted(
      plan([
        openHr,
        renameIt,
        { type: 'move', unitId: ids.budget, parent: { unitId: ids.it } },
        { type: 'close', unitId: ids.namnd },
      ]),
    );
    const { preview } = made;
    expect(preview.effectiveDate).toBe(D);
    expect(preview.opened).toEqual([{ key: 'hr', name: 'HR-avdelningen' }]);
    expect(preview.closed).toEqual([{ unitId: ids.namnd, name: 'Socialnämnden' }]);
    expect(preview.renamed).toEqual([
      { unitId: ids.it, from: 'IT-avdelningen', to: 'Digitaliseringsavdelningen' },
    ]);
    expect(preview.moved).toEqual([
      {
        unitId: ids.budget,
        name: 'Budgetenheten',
        fromParent: 'Ekonomiavdelningen',
        toParent: 'Digitaliseringsavdelningen',
      },
    ]);
    expect(preview.before).toHaveLength(8);
    expect(preview.after).toHaveLength(8);
    expect(preview.after.map((u) => u.name)).toContain('HR-avdelningen');
    expect(preview.after.map((u) => u.name)).not.toContain('Socialnämnden');
  });

  test('the audit keeps the touched units as they were and as they become, and nothing else', () => {
    const made = accepted(plan([openHr, renameIt, { type: 'close', unitId: ids.namnd }]));
    expect(made.affected.before.map((u) => u.name).sort()).toEqual([
      'IT-avdelningen',
      'Socialnämnden',
    ]);
    expect(made.affected.after.map((u) => u.name).sort()).toEqual([
      'Digitaliseringsavdelningen',
      'HR-avdelningen',
    ]);
    expect(made.affected.after.find((u) => u.name === 'HR-avdelningen')!.id).toBe(uuid(1000));
  });
});
