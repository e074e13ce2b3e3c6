import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ReorganisationChangeInput } from '#contracts/org.ts';
import { applyPlan } from './org.plan.rules.ts';
import { planReorganisation } from './org.reorganise.rules.ts';
import {
  addDays,
  descendants,
  isValidOn,
  treeAt,
  validateTree,
  type StoredVersion,
} from './org.rules.ts';
import { idMaker, input, uuid, version } from './org.testing.ts';

const D = '2026-01-01';
const runs = { seed: 20261122, numRuns: 200 };
const idOf = (i: number) => uuid(i + 1);

/** A random organisation with one root: unit i sits under an earlier unit. */
const organisation = fc
  .integer({ min: 2, max: 15 })
  .chain((n) =>
    fc.tuple(...Array.from({ length: n - 1 }, (_, i) => fc.integer({ min: 0, max: i }))),
  )
  .map((parents) => [
    version(idOf(0), 'Enhet 0', null),
    ...parents.map((p, i) => version(idOf(i + 1), `Enhet ${i + 1}`, idOf(p))),
  ]);

const plan = (
  versions: StoredVersion[],
  changes: ReorganisationChangeInput[],
  date = D,
  newId = idMaker(),
) => planReorganisation({ versions, lineage: [] }, input(changes, date), newId);

/** What a tree shows on a day; when a version ends is not part of it. */
const shown = (versions: StoredVersion[], date: string) =>
  treeAt(versions, date).map((u) => [u.id, u.name, u.parentId, u.kind, u.isResultUnit]);

const parentsOn = (versions: StoredVersion[], date: string) =>
  new Map(treeAt(versions, date).map((u) => [u.id, u.parentId]));

describe('properties of planning a reorganisation', () => {
  test('for random trees and random valid moves, the result has no cycle and every open unit’s parent is open', () => {
    // The target tree: the root stays, and every other unit, in a random order, goes under a unit
    // placed before it; the moves are the units whose parent differs.
    const scenario = organisation.chain((versions) =>
      fc
        .shuffledSubarray(
          versions.slice(1).map((v) => v.id),
          { minLength: versions.length - 1 },
        )
        .chain((order) =>
          fc.tuple(
            fc.constant(versions),
            fc.constant(order),
            fc.tuple(...order.map((_, i) => fc.integer({ min: 0, max: i }))),
          ),
        ),
    );
    fc.assert(
      fc.property(scenario, ([versions, order, picks]) => {
        const placed = [idOf(0), ...order];
        const target = new Map(order.map((id, i) => [id, placed[picks[i]!]!]));
        const changes: ReorganisationChangeInput[] = order
          .filter((id) => versions.find((v) => v.id === id)!.parentId !== target.get(id))
          .map((id) => ({ type: 'move', unitId: id, parent: { unitId: target.get(id)! } }));
        if (changes.length === 0) return;
        const result = plan(versions, changes);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const after = applyPlan(versions, result.plan);
        expect(validateTree(treeAt(after, D))).toEqual([]);
        for (const [id, parentId] of target) expect(parentsOn(after, D).get(id)).toBe(parentId);
      }),
      runs,
    );
  });

  test('a single move is accepted exactly when the new parent is neither the unit nor below it', () => {
    const scenario = organisation.chain((versions) =>
      fc.tuple(
        fc.constant(versions),
        fc.integer({ min: 0, max: versions.length - 1 }),
        fc.integer({ min: 0, max: versions.length - 1 }),
      ),
    );
    fc.assert(
      fc.property(scenario, ([versions, u, p]) => {
        const unit = versions[u]!;
        const parent = versions[p]!;
        if (unit.parentId === parent.id) return;
        const result = plan(versions, [
          { type: 'move', unitId: unit.id, parent: { unitId: parent.id } },
        ]);
        const makesLoop = unit.id === parent.id || descendants(versions, unit.id).has(parent.id);
        expect(result.ok).toBe(!makesLoop);
      }),
      runs,
    );
  });

  test('closing a set of units is accepted exactly when every unit below a closed one closes too', () => {
    const scenario = organisation.chain((versions) =>
      fc.tuple(fc.constant(versions), fc.subarray(versions, { minLength: 1 })),
    );
    fc.assert(
      fc.property(scenario, ([versions, closing]) => {
        const closed = new Set(closing.map((v) => v.id));
        const result = plan(
          versions,
          closing.map((v) => ({ type: 'close', unitId: v.id })),
        );
        const downwardClosed = closing.every((v) =>
          [...descendants(versions, v.id)].every((d) => closed.has(d)),
        );
        expect(result.ok).toBe(downwardClosed);
      }),
      runs,
    );
  });
});

type Wish = {
  type: ReorganisationChangeInput['type'];
  date: string;
  a: number;
  b: number;
  flag: boolean;
};

/** A random wish, read against the organisation on its date; many are refused, which is fine. */
const wish: fc.Arbitrary<Wish> = fc.record({
  type: fc.constantFrom('open', 'close', 'rename', 'move', 'set_result_unit', 'merge', 'split'),
  date: fc.constantFrom('2021-01-01', '2022-07-01', '2023-01-01', '2024-01-01', '2025-03-15'),
  a: fc.nat(),
  b: fc.nat(),
  flag: fc.boolean(),
});

function changeFor(w: Wish, versions: StoredVersion[], n: number): ReorganisationChangeInput {
  const open = treeAt(versions, w.date);
  const pick = (k: number) => open[k % Math.max(open.length, 1)]?.id ?? idOf(0);
  const unitId = pick(w.a);
  switch (w.type) {
    case 'open':
      return { type: 'open', key: 'k', name: `Ny ${n}`, kind: 'unit', parent: { unitId } };
    case 'close':
      return { type: 'close', unitId };
    case 'rename':
      return { type: 'rename', unitId, name: `Namn ${n}` };
    case 'move':
      return { type: 'move', unitId, parent: { unitId: pick(w.b) } };
    case 'set_result_unit':
      return { type: 'set_result_unit', unitId, isResultUnit: w.flag };
    case 'merge':
      return { type: 'merge', unitIds: [unitId, pick(w.b)], into: { unitId } };
    default:
      return { type: 'split', unitId, into: [{ unitId }, { unitId: pick(w.b) }] };
  }
}

describe('properties of a history of reorganisations', () => {
  const days = ['2019-12-31', '2020-01-01', '2021-06-30', '2022-07-01', '2023-06-01', '2030-01-01'];

  test('after any accepted reorganisations, no unit has overlapping versions and every tree is sound', () => {
    fc.assert(
      fc.property(organisation, fc.array(wish, { maxLength: 12 }), (start, wishes) => {
        let versions = start;
        const newId = idMaker();
        wishes.forEach((w, n) => {
          const result = plan(versions, [changeFor(w, versions, n)], w.date, newId);
          if (!result.ok) return;
          const next = applyPlan(versions, result.plan);
          // the day before is untouched; the date shows what the preview promised
          expect(shown(next, addDays(w.date, -1))).toEqual(shown(versions, addDays(w.date, -1)));
          expect(treeAt(next, w.date).map((u) => [u.id, u.name, u.parentId])).toEqual(
            result.plan.preview.after.map((u) => [u.id, u.name, u.parentId]),
          );
          versions = next;
        });
        for (const day of [...days, ...wishes.map((w) => w.date)]) {
          const tree = treeAt(versions, day);
          expect(new Set(tree.map((u) => u.id)).size).toBe(tree.length);
          expect(validateTree(tree)).toEqual([]);
        }
        for (const id of new Set(versions.map((v) => v.id))) {
          const sorted = versions
            .filter((v) => v.id === id)
            .sort((x, y) => (x.validFrom < y.validFrom ? -1 : 1));
          sorted.forEach((v, i) => {
            if (v.validTo !== null) expect(v.validTo >= v.validFrom).toBe(true);
            const next = sorted[i + 1];
            if (next) expect(v.validTo !== null && v.validTo < next.validFrom).toBe(true);
          });
        }
      }),
      { ...runs, numRuns: 300 },
    );
  });

  test('applying a plan leaves every day before the effective date as it was', () => {
    fc.assert(
      fc.property(organisation, wish, (start, w) => {
        const result = plan(start, [changeFor(w, start, 0)], w.date);
        if (!result.ok) return;
        const after = applyPlan(start, result.plan);
        for (const day of days.filter((d) => d < w.date))
          expect(shown(after, day)).toEqual(shown(start, day));
        expect(after.filter((v) => isValidOn(v, w.date)).length).toBe(
          result.plan.preview.after.length,
        );
      }),
      runs,
    );
  });
});
