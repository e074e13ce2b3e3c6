import { describe, expect, test } from 'vitest';
import { orgIssue } from './org.issues.ts';
import { codedRefusal, ids, plan, stockholm, version } from './org.testing.ts';

// The refusal tests compare paths and English messages; these check the codes and params the
// web app translates (codedRefusal also checks every refusal against the catalogue).
describe('the code and params of a refused reorganisation', () => {
  test('a department closed while its units stay open names the department and each unit', () => {
    expect(codedRefusal(plan([{ type: 'close', unitId: ids.ekonomi }]))).toEqual([
      expect.objectContaining({
        code: 'org.close_with_children',
        params: { parent: 'Ekonomiavdelningen', unit: 'Budgetenheten' },
      }),
      expect.objectContaining({
        code: 'org.close_with_children',
        params: { parent: 'Ekonomiavdelningen', unit: 'Redovisningsenheten' },
      }),
    ]);
  });

  test('a unit closed twice names how it already ends and the change number counted from one', () => {
    const issues = codedRefusal(
      plan([
        { type: 'close', unitId: ids.it },
        { type: 'close', unitId: ids.it },
      ]),
    );
    expect(issues).toEqual([
      {
        path: 'changes.1.unitId',
        code: 'org.already_ending',
        params: { unit: 'IT-avdelningen', ending: 'closed', change: 1 },
        message: 'IT-avdelningen is already closed by change 1',
      },
    ]);
  });

  test('a unit merged away and moved names the ending and the update', () => {
    const issues = codedRefusal(
      plan([
        { type: 'merge', unitIds: [ids.budget, ids.redovisning], into: { unitId: ids.budget } },
        { type: 'move', unitId: ids.redovisning, parent: { unitId: ids.it } },
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'org.ending_cannot_update',
        params: { unit: 'Redovisningsenheten', ending: 'merged', change: 1, update: 'moved' },
      }),
    ]);
  });

  test('a cycle on the date has no date, and a change before a later one names its title', () => {
    const cycle = codedRefusal(
      plan([{ type: 'move', unitId: ids.slk, parent: { unitId: ids.budget } }]),
    );
    expect(cycle).toEqual([
      expect.objectContaining({
        code: 'org.cycle',
        params: { unit: 'Stadsledningskontoret', parent: 'Budgetenheten' },
      }),
    ]);
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.it),
      version(ids.it, 'IT-avdelningen', ids.slk, { to: '2026-12-31' }),
      version(ids.it, 'Digit', ids.slk, { from: '2027-01-01', title: 'Omorganisation 2027' }),
    ];
    const later = codedRefusal(plan([{ type: 'close', unitId: ids.it }], { versions }));
    expect(later).toEqual([
      expect.objectContaining({
        code: 'org.changes_again_by',
        params: { unit: 'IT-avdelningen', date: '2027-01-01', title: 'Omorganisation 2027' },
      }),
    ]);
  });

  test('an orphan issue says in English which unit is left without a parent and from when', () => {
    expect(orgIssue('changes', 'org.orphan', { unit: 'Ekonomi', date: '2007-01-01' })).toEqual({
      path: 'changes',
      code: 'org.orphan',
      params: { unit: 'Ekonomi', date: '2007-01-01' },
      message: 'Ekonomi would be left without a parent unit on 2007-01-01',
    });
  });
});
