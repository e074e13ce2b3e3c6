import { describe, expect, test } from 'vitest';
import { accepted, ids, opening, plan, refused, stockholm, version } from './org.testing.ts';

const openHr = (parent: { unitId: string } | { key: string } | null = { unitId: ids.slk }) =>
  opening('hr', 'HR-avdelningen', 'department', parent);

describe('a reorganisation that names units that are not there', () => {
  test('an unknown unit id is refused at the path of the change', () => {
    expect(refused(plan([{ type: 'close', unitId: ids.unknown }]))).toEqual([
      { path: 'changes.0.unitId', message: 'there is no unit with this id in the organisation' },
    ]);
  });

  test('a unit that closed before the date is refused as not open, naming it and its last day', () => {
    const versions = [
      ...stockholm,
      version(ids.unknown, 'Gamla enheten', null, { to: '2024-12-31' }),
    ];
    expect(
      refused(plan([{ type: 'rename', unitId: ids.unknown, name: 'Ny' }], { versions })),
    ).toEqual([
      {
        path: 'changes.0.unitId',
        message: 'Gamla enheten is closed: its last day was 2024-12-31, before 2026-01-01',
      },
    ]);
  });

  test('a unit that opens only after the date is refused as not open yet', () => {
    const versions = [
      ...stockholm,
      version(ids.unknown, 'Framtida enheten', null, { from: '2027-01-01' }),
    ];
    expect(refused(plan([openHr({ unitId: ids.unknown })], { versions }))).toEqual([
      {
        path: 'changes.0.parent',
        message: 'Framtida enheten opens only on 2027-01-01, after 2026-01-01',
      },
    ]);
  });

  test('a key used twice is refused at the second opening', () => {
    expect(refused(plan([openHr(), openHr()]))).toEqual([
      { path: 'changes.1.key', message: 'the key "hr" is already used by change 1' },
    ]);
  });

  test('a key that no change opens is refused where it is referred to', () => {
    expect(
      refused(plan([{ type: 'move', unitId: ids.budget, parent: { key: 'nowhere' } }])),
    ).toEqual([
      { path: 'changes.0.parent', message: 'no change opens a unit with the key "nowhere"' },
    ]);
  });
});

describe('a reorganisation that changes one unit in contradictory ways', () => {
  test('a unit closed twice is refused at the second closing', () => {
    expect(
      refused(
        plan([
          { type: 'close', unitId: ids.it },
          { type: 'close', unitId: ids.it },
        ]),
      ),
    ).toEqual([
      { path: 'changes.1.unitId', message: 'IT-avdelningen is already closed by change 1' },
    ]);
  });

  test('a unit closed and renamed is refused, whichever change comes first', () => {
    const expected = 'IT-avdelningen is closed by change 2 and cannot also be renamed';
    expect(
      refused(
        plan([
          { type: 'rename', unitId: ids.it, name: 'Digit' },
          { type: 'close', unitId: ids.it },
        ]),
      ),
    ).toEqual([{ path: 'changes.0.unitId', message: expected }]);
  });

  test('a unit merged away and moved is refused', () => {
    const issues = refused(
      plan([
        { type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { unitId: ids.budget } },
        { type: 'move', unitId: ids.redovisning, parent: { unitId: ids.it } },
      ]),
    );
    expect(issues).toEqual([
      {
        path: 'changes.1.unitId',
        message:
          'Redovisningsenheten is merged into another unit by change 1 and cannot also be moved',
      },
    ]);
  });

  test('a unit merged and split is refused', () => {
    const issues = refused(
      plan([
        openHr(),
        { type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { unitId: ids.budget } },
        { type: 'split', unitId: ids.budget, into: [{ unitId: ids.budget }, { key: 'hr' }] },
      ]),
    );
    expect(issues).toEqual([
      { path: 'changes.2.unitId', message: 'Budgetenheten is already merged by change 2' },
    ]);
  });

  test('a unit renamed twice is refused at the second rename', () => {
    const issues = refused(
      plan([
        { type: 'rename', unitId: ids.it, name: 'A' },
        { type: 'rename', unitId: ids.it, name: 'B' },
      ]),
    );
    expect(issues).toEqual([
      { path: 'changes.1.unitId', message: 'IT-avdelningen is already renamed by change 1' },
    ]);
  });

  test('a merge into a unit that is not among the merged units is refused', () => {
    const issues = refused(
      plan([{ type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { unitId: ids.it } }]),
    );
    expect(issues).toEqual([
      {
        path: 'changes.0.into',
        message: 'must be one of the merged units or a unit opened by this reorganisation',
      },
    ]);
  });

  test('a unit listed twice in a merge or a split is refused', () => {
    expect(
      refused(
        plan([{ type: 'merge', unitIds: [ids.budget, ids.budget], into: { unitId: ids.budget } }]),
      ),
    ).toEqual([{ path: 'changes.0.unitIds.1', message: 'Budgetenheten is listed twice' }]);
    expect(
      refused(
        plan([
          { type: 'split', unitId: ids.ekonomi, into: [{ unitId: ids.it }, { unitId: ids.it }] },
        ]),
      ),
    ).toContainEqual({ path: 'changes.0.into.1', message: 'this unit is listed twice' });
  });

  test('a unit cannot replace itself', () => {
    expect(refused(plan([{ type: 'replace', unitId: ids.it, by: { unitId: ids.it } }]))).toEqual([
      { path: 'changes.0.by', message: 'IT-avdelningen cannot replace itself' },
    ]);
  });

  test('a unit that closes in the same reorganisation cannot take over from another', () => {
    const issues = refused(
      plan([
        { type: 'replace', unitId: ids.budget, by: { unitId: ids.redovisning } },
        { type: 'close', unitId: ids.redovisning },
      ]),
    );
    expect(issues).toEqual([
      {
        path: 'changes.0.by',
        message:
          'Redovisningsenheten is closed by change 2 and cannot take over from Budgetenheten',
      },
    ]);
  });

  test('a change that changes nothing is refused as a likely mistake', () => {
    expect(refused(plan([{ type: 'rename', unitId: ids.it, name: 'IT-avdelningen' }]))).toEqual([
      { path: 'changes.0.name', message: 'IT-avdelningen already has this name' },
    ]);
    expect(refused(plan([{ type: 'move', unitId: ids.it, parent: { unitId: ids.slk } }]))).toEqual([
      {
        path: 'changes.0.parent',
        message: 'IT-avdelningen is already under Stadsledningskontoret',
      },
    ]);
    expect(
      refused(plan([{ type: 'set_result_unit', unitId: ids.it, isResultUnit: false }])),
    ).toEqual([
      { path: 'changes.0.isResultUnit', message: 'IT-avdelningen is already not a result unit' },
    ]);
  });
});

describe('a reorganisation that would leave an unsound tree', () => {
  test('when a department is closed while its units stay open, it is refused as leaving orphans', () => {
    expect(refused(plan([{ type: 'close', unitId: ids.ekonomi }]))).toEqual([
      {
        path: 'changes.0.unitId',
        message:
          'Ekonomiavdelningen cannot close while Budgetenheten under it stays open; move or close Budgetenheten too',
      },
      {
        path: 'changes.0.unitId',
        message:
          'Ekonomiavdelningen cannot close while Redovisningsenheten under it stays open; move or close Redovisningsenheten too',
      },
    ]);
  });

  test('moving a unit under a unit that closes in the same reorganisation is refused at the move', () => {
    const issues = refused(
      plan([
        { type: 'move', unitId: ids.budget, parent: { unitId: ids.it } },
        { type: 'close', unitId: ids.it },
      ]),
    );
    expect(issues).toEqual([
      {
        path: 'changes.0.parent',
        message:
          'Budgetenheten cannot be placed under IT-avdelningen: change 2 closes IT-avdelningen',
      },
    ]);
  });

  test('opening a unit under a unit that closes is refused', () => {
    const issues = refused(plan([openHr({ unitId: ids.it }), { type: 'close', unitId: ids.it }]));
    expect(issues).toEqual([
      {
        path: 'changes.0.parent',
        message:
          'HR-avdelningen cannot be placed under IT-avdelningen: change 2 closes IT-avdelningen',
      },
    ]);
  });

  test('moving a unit under itself is refused', () => {
    expect(refused(plan([{ type: 'move', unitId: ids.it, parent: { unitId: ids.it } }]))).toEqual([
      { path: 'changes.0.parent', message: 'IT-avdelningen cannot be placed under itself' },
    ]);
  });

  test('moving a unit under its own descendant is refused as a cycle, naming both units', () => {
    expect(
      refused(plan([{ type: 'move', unitId: ids.slk, parent: { unitId: ids.budget } }])),
    ).toEqual([
      {
        path: 'changes.0.parent',
        message:
          'Stadsledningskontoret cannot be placed under Budgetenheten: Budgetenheten lies below Stadsledningskontoret',
      },
    ]);
  });

  test('two units moved under each other are both refused', () => {
    const issues = refused(
      plan([
        { type: 'move', unitId: ids.it, parent: { unitId: ids.ekonomi } },
        { type: 'move', unitId: ids.ekonomi, parent: { unitId: ids.it } },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual(['changes.0.parent', 'changes.1.parent']);
  });

  test('two new units opened under each other make a loop and are refused', () => {
    const issues = refused(
      plan([
        { type: 'open', key: 'a', name: 'A', kind: 'unit', parent: { key: 'b' } },
        { type: 'open', key: 'b', name: 'B', kind: 'unit', parent: { key: 'a' } },
      ]),
    );
    expect(issues).toEqual([
      { path: 'changes.0.parent', message: 'A cannot be placed under B: B lies below A' },
      { path: 'changes.1.parent', message: 'B cannot be placed under A: A lies below B' },
    ]);
  });
});

describe('a reorganisation dated before a later one', () => {
  const later = { title: 'Omorganisation 2027' };

  test('a unit whose version starts after the date cannot be changed', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.it),
      version(ids.it, 'IT-avdelningen', ids.slk, { to: '2026-12-31' }),
      version(ids.it, 'Digitaliseringsavdelningen', ids.slk, { from: '2027-01-01', ...later }),
    ];
    expect(
      refused(
        plan([{ type: 'set_result_unit', unitId: ids.it, isResultUnit: true }], { versions }),
      ),
    ).toEqual([
      {
        path: 'changes.0.unitId',
        message:
          'IT-avdelningen changes again on 2027-01-01 ("Omorganisation 2027"); a reorganisation cannot change a unit before a later change to it',
      },
    ]);
  });

  test('a unit that a later reorganisation closes cannot be closed earlier', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.namnd),
      version(ids.namnd, 'Socialnämnden', ids.kf, { to: '2027-12-31' }),
    ];
    expect(refused(plan([{ type: 'close', unitId: ids.namnd }], { versions }))).toEqual([
      {
        path: 'changes.0.unitId',
        message:
          'Socialnämnden already closes after 2027-12-31 by a later reorganisation; it cannot also close earlier',
      },
    ]);
  });

  test('a unit that takes part in a later merge cannot be closed before it', () => {
    const lineage = [
      { fromUnitId: ids.redovisning, toUnitId: ids.namnd, effectiveDate: '2027-01-01' },
    ];
    expect(refused(plan([{ type: 'close', unitId: ids.namnd }], { lineage }))).toEqual([
      {
        path: 'changes.0.unitId',
        message: 'Socialnämnden takes part in a later reorganisation on 2027-01-01',
      },
    ]);
  });

  test('a unit opened on the date cannot close the same day', () => {
    const versions = [
      ...stockholm,
      version(ids.unknown, 'Nya enheten', ids.slk, { from: '2026-01-01' }),
    ];
    expect(refused(plan([{ type: 'close', unitId: ids.unknown }], { versions }))).toEqual([
      {
        path: 'changes.0.unitId',
        message: 'Nya enheten opens on 2026-01-01 and cannot close the same day',
      },
    ]);
  });

  test('moving a unit under a unit that a later reorganisation closes leaves it orphaned from that day', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.namnd),
      version(ids.namnd, 'Socialnämnden', ids.kf, { to: '2027-12-31' }),
    ];
    expect(
      refused(
        plan([{ type: 'move', unitId: ids.budget, parent: { unitId: ids.namnd } }], { versions }),
      ),
    ).toEqual([
      {
        path: 'changes.0.parent',
        message: 'Budgetenheten would be left under Socialnämnden, which is closed from 2028-01-01',
      },
    ]);
  });

  test('a unit under which a later reorganisation places another cannot close before it', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.budget),
      version(ids.budget, 'Budgetenheten', ids.ekonomi, { to: '2026-12-31' }),
      version(ids.budget, 'Budgetenheten', ids.namnd, { from: '2027-01-01' }),
    ];
    expect(refused(plan([{ type: 'close', unitId: ids.namnd }], { versions }))).toEqual([
      {
        path: 'changes.0.unitId',
        message:
          'Socialnämnden cannot close: Budgetenheten is placed under it from 2027-01-01 by a later reorganisation',
      },
    ]);
  });

  test('a problem already in the stored data is not blamed on an unrelated reorganisation', () => {
    const versions = [
      ...stockholm,
      version(ids.unknown, 'Föräldralös', ids.unknown.replace('999', '998')),
    ];
    accepted(plan([{ type: 'rename', unitId: ids.it, name: 'Digit' }], { versions }));
  });
});

describe('every problem is reported', () => {
  test('all problems come back together, in the order of the changes', () => {
    const issues = refused(
      plan([
        { type: 'close', unitId: ids.ekonomi },
        { type: 'move', unitId: ids.it, parent: { key: 'nowhere' } },
        { type: 'rename', unitId: ids.unknown, name: 'X' },
        { type: 'close', unitId: ids.namnd },
        { type: 'close', unitId: ids.namnd },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'changes.0.unitId',
      'changes.0.unitId',
      'changes.1.parent',
      'changes.2.unitId',
      'changes.4.unitId',
    ]);
  });
});
