import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ReorganisationChangeInput } from '#contracts/org.ts';
import { resolveChanges } from './org.changes.rules.ts';
import { applyPlan, previewOf, treeIssues, versionChanges } from './org.plan.rules.ts';
import type { StoredVersion } from './org.rules.ts';
import { idMaker, ids, input, stockholm, uuid, version } from './org.testing.ts';

const D = '2026-01-01';

/** The changes resolved, their version changes, and the versions as they would be. */
function planned(changes: ReorganisationChangeInput[], versions: StoredVersion[] = stockholm) {
  const reorganisation = input(changes, D);
  const resolution = resolveChanges({ versions, lineage: [] }, reorganisation, idMaker());
  const made = versionChanges(resolution, idMaker(5000));
  const after = applyPlan(versions, made);
  return { reorganisation, resolution, made, after };
}
const rename = (unitId: string, name: string): ReorganisationChangeInput => ({
  type: 'rename',
  unitId,
  name,
});

describe('the versions a reorganisation changes', () => {
  test('a changed unit’s version ends the day before and a new one starts on the date', () => {
    const { made } = planned([rename(ids.budget, 'Budget och analys')]);
    expect(made.closeVersions).toEqual([
      { versionId: `${ids.budget}@2020-01-01`, unitId: ids.budget, validTo: '2025-12-31' },
    ]);
    expect(made.insertVersions).toEqual([
      expect.objectContaining({
        id: ids.budget,
        name: 'Budget och analys',
        parentId: ids.ekonomi,
        validFrom: D,
        validTo: null,
        versionId: uuid(5000),
      }),
    ]);
    expect([made.updateVersions, made.deleteVersions]).toEqual([[], []]);
  });

  test('the new version ends where the old one did, before a later reorganisation', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.budget),
      version(ids.budget, 'Budgetenheten', ids.ekonomi, { to: '2027-12-31' }),
      version(ids.budget, 'Budgetkontoret', ids.ekonomi, { from: '2028-01-01' }),
    ];
    const { made } = planned([rename(ids.budget, 'Budget och analys')], versions);
    expect(made.insertVersions.map((v) => [v.name, v.validFrom, v.validTo])).toEqual([
      ['Budget och analys', D, '2027-12-31'],
    ]);
  });

  test('a version that starts on the date is rewritten, or deleted when its unit now closes', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.budget && v.id !== ids.redovisning),
      version(ids.budget, 'Budgetenheten', ids.ekonomi, { to: '2025-12-31' }),
      version(ids.budget, 'Budgetenheten 2026', ids.ekonomi, { from: D }),
      version(ids.redovisning, 'Redovisningsenheten', ids.ekonomi, { from: D }),
    ];
    const { made } = planned(
      [rename(ids.budget, 'Budget och analys'), { type: 'close', unitId: ids.redovisning }],
      versions,
    );
    expect(made.updateVersions).toEqual([
      {
        versionId: `${ids.budget}@${D}`,
        unitId: ids.budget,
        state: expect.objectContaining({ name: 'Budget och analys' }),
      },
    ]);
    expect(made.deleteVersions).toEqual([
      { versionId: `${ids.redovisning}@${D}`, unitId: ids.redovisning },
    ]);
    expect([made.closeVersions, made.insertVersions]).toEqual([[], []]);
  });

  test('a new unit gets one open version from the date; units not touched get none', () => {
    const { made, resolution } = planned([
      { type: 'open', key: 'hr', name: 'HR', kind: 'department', parent: { unitId: ids.slk } },
    ]);
    expect(made.insertVersions).toEqual([
      expect.objectContaining({ id: resolution.newUnits[0]!.id, validFrom: D, validTo: null }),
    ]);
    expect(made.closeVersions).toEqual([]);
  });
});

describe('the versions once the plan is written', () => {
  test('hold the rewritten, closed and new versions, and leave the stored list as it was', () => {
    const stored = structuredClone(stockholm);
    const { after } = planned([rename(ids.it, 'Digitaliseringsavdelningen')], stored);
    expect(stored).toEqual(stockholm);
    expect(after.filter((v) => v.id === ids.it).map((v) => [v.name, v.validTo])).toEqual([
      ['IT-avdelningen', '2025-12-31'],
      ['Digitaliseringsavdelningen', null],
    ]);
  });

  test('an empty plan changes nothing, whatever the versions (property)', () => {
    const empty = { closeVersions: [], updateVersions: [], deleteVersions: [], insertVersions: [] };
    fc.assert(
      fc.property(fc.subarray(stockholm), (versions) => {
        expect(applyPlan(versions, empty)).toEqual(versions);
      }),
      { seed: 20260101, numRuns: 100 },
    );
  });
});

describe('the tree a reorganisation makes', () => {
  test('a move into the unit’s own branch is a cycle blamed on the move', () => {
    const { resolution, after } = planned([
      { type: 'move', unitId: ids.ekonomi, parent: { unitId: ids.budget } },
    ]);
    expect(treeIssues(stockholm, after, resolution)).toEqual([
      expect.objectContaining({ path: 'changes.0.parent', code: 'org.cycle' }),
    ]);
  });

  test('a parent that a stored version closes later makes a moved unit an orphan from that day', () => {
    const versions = [
      ...stockholm.filter((v) => v.id !== ids.namnd),
      version(ids.namnd, 'Socialnämnden', ids.kf, { kind: 'committee', to: '2026-06-30' }),
    ];
    const { resolution, after } = planned(
      [{ type: 'move', unitId: ids.it, parent: { unitId: ids.namnd } }],
      versions,
    );
    expect(treeIssues(versions, after, resolution)).toEqual([
      expect.objectContaining({
        path: 'changes.0.parent',
        code: 'org.parent_closed_later',
        params: expect.objectContaining({ date: '2026-07-01' }),
      }),
    ]);
  });

  test('an orphan that was there before is not this reorganisation’s fault', () => {
    const versions = [...stockholm, version(uuid(50), 'Föräldralös', ids.unknown)];
    const { resolution, after } = planned([rename(ids.budget, 'Budget och analys')], versions);
    expect(treeIssues(versions, after, resolution)).toEqual([]);
  });
});

describe('the preview', () => {
  test('names what opens, closes, is renamed, moved and flagged, and keeps only the touched units', () => {
    const { reorganisation, resolution, after } = planned([
      { type: 'open', key: 'hr', name: 'HR', kind: 'department', parent: { unitId: ids.slk } },
      rename(ids.budget, 'Budget och analys'),
      { type: 'move', unitId: ids.it, parent: { key: 'hr' } },
      { type: 'set_result_unit', unitId: ids.redovisning, isResultUnit: true },
    ]);
    expect(resolution.issues).toEqual([]);
    const { preview, affected } = previewOf(
      { versions: stockholm, lineage: [] },
      after,
      resolution,
      reorganisation,
    );
    expect(preview.opened).toEqual([{ key: 'hr', name: 'HR' }]);
    expect(preview.closed).toEqual([]);
    expect(preview.renamed).toEqual([
      { unitId: ids.budget, from: 'Budgetenheten', to: 'Budget och analys' },
    ]);
    expect(preview.moved).toEqual([
      {
        unitId: ids.it,
        name: 'IT-avdelningen',
        fromParent: 'Stadsledningskontoret',
        toParent: 'HR',
      },
    ]);
    expect(preview.resultUnits).toEqual([
      { unitId: ids.redovisning, name: 'Redovisningsenheten', isResultUnit: true },
    ]);
    expect(preview.before).toHaveLength(stockholm.length);
    expect(preview.after).toHaveLength(stockholm.length + 1);
    const touched = [ids.budget, ids.it, ids.redovisning];
    expect(affected.before.map((u) => u.id).sort()).toEqual([...touched].sort());
    expect(affected.after.map((u) => u.id).sort()).toEqual(
      [...touched, resolution.newUnits[0]!.id].sort(),
    );
  });
});
