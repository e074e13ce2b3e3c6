import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessmentValues } from '#contracts/assessment.ts';
import { goalStatusesOf } from './followup.rollup.statuses.rules.ts';

const goals = [
  { id: 'kf-1.1', ownerUnitId: 'kf' },
  { id: 'nm-ks', ownerUnitId: 'ks' },
];

describe('a goal’s status in the tree', () => {
  test('is its owner’s written assessment; a goal others assess gets their counts', () => {
    const statuses = goalStatusesOf(
      goals,
      [
        { goalId: 'nm-ks', unitId: 'ks', value: 'helt' },
        { goalId: 'kf-1.1', unitId: 'ks', value: 'delvis' },
        { goalId: 'kf-1.1', unitId: 'sbk', value: 'inte' },
        { goalId: 'kf-1.1', unitId: 'ufn', value: null },
      ],
      new Set(['kf', 'ks', 'sbk', 'ufn']),
    );
    expect(statuses).toEqual([
      {
        goalId: 'kf-1.1',
        ownerRead: true,
        value: null,
        others: { helt: 0, delvis: 1, inte: 1, total: 3 },
      },
      { goalId: 'nm-ks', ownerRead: true, value: 'helt', others: null },
    ]);
  });

  test('says nothing of what a unit not read wrote', () => {
    const statuses = goalStatusesOf(
      goals,
      [
        { goalId: 'nm-ks', unitId: 'ks', value: 'helt' },
        { goalId: 'kf-1.1', unitId: 'ks', value: 'delvis' },
      ],
      new Set(['kf']),
    );
    expect(statuses).toEqual([
      { goalId: 'kf-1.1', ownerRead: true, value: null, others: null },
      { goalId: 'nm-ks', ownerRead: false, value: null, others: null },
    ]);
  });

  test('counts every other unit read once, helt + delvis + inte at most the total', () => {
    const value = fc.constantFrom(...assessmentValues, null);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e')),
        fc.array(value),
        (units, values) => {
          const written = units.map((unitId, k) => ({
            goalId: 'kf-1.1',
            unitId,
            value: values[k] ?? null,
          }));
          const [status] = goalStatusesOf([goals[0]!], written, new Set(units));
          if (units.length === 0) {
            expect(status!.others).toBeNull();
            return;
          }
          const { helt, delvis, inte, total } = status!.others!;
          expect(total).toBe(units.length);
          expect(helt + delvis + inte).toBe(written.filter((w) => w.value !== null).length);
        },
      ),
    );
  });
});
