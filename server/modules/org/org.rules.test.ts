import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { UnitAtDate } from '#contracts/org.ts';
import {
  addDays,
  ancestry,
  descendants,
  fate,
  nameOn,
  origins,
  problemsFrom,
  treeAt,
  validateTree,
} from './org.rules.ts';

const unit = (
  id: string,
  parentId: string | null,
  validFrom = '2020-01-01',
  validTo: string | null = null,
  name = id,
): UnitAtDate => ({
  id,
  name,
  shortName: null,
  code: null,
  kind: 'unit',
  parentId,
  isResultUnit: false,
  validFrom,
  validTo,
});
const link = (fromUnitId: string, toUnitId: string, effectiveDate: string) => ({
  fromUnitId,
  toUnitId,
  effectiveDate,
});
const seed = { seed: 20261122, numRuns: 300 };

/** A random forest: unit i's parent is an earlier unit or none, so it has no loop. */
const forest = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 })),
      ),
    ),
  )
  .map((parents) => parents.map((p, i) => unit(`u${i}`, p === null ? null : `u${p}`)));

describe('calendar days', () => {
  test('adding days crosses month ends, year ends and leap days', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // the night summer time starts
    expect(addDays('1900-01-01', -1)).toBe('1899-12-31');
  });

  test('adding and then subtracting the same number of days gives the day back', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
      seed,
    );
  });
});

describe('the tree on a date', () => {
  const versions = [
    unit('a', null, '2020-01-01', '2022-12-31', 'Ekonomi'),
    unit('a', null, '2023-01-01', null, 'Ekonomiavdelningen'),
    unit('b', 'a', '2021-06-01', null, 'Åtgärder'),
    unit('c', 'a', '2020-01-01', '2021-05-31', 'Zeta'),
  ];

  test('a version holds from its first day to its last day, both included', () => {
    expect(treeAt(versions, '2022-12-31').map((u) => u.name)).toContain('Ekonomi');
    expect(treeAt(versions, '2023-01-01').map((u) => u.name)).toContain('Ekonomiavdelningen');
    expect(treeAt(versions, '2021-05-31').map((u) => u.id)).toContain('c');
    expect(treeAt(versions, '2021-06-01').map((u) => u.id)).not.toContain('c');
  });

  test('no unit exists before its first version', () => {
    expect(treeAt(versions, '2019-12-31')).toEqual([]);
  });

  test('units are listed in Swedish alphabetical order, with Å after Z', () => {
    expect(treeAt(versions, '2021-05-31').map((u) => u.name)).toEqual(['Ekonomi', 'Zeta']);
    expect(treeAt(versions, '2021-06-01').map((u) => u.name)).toEqual(['Ekonomi', 'Åtgärder']);
  });
});

describe('ancestry', () => {
  const tree = [unit('kf', null), unit('ks', 'kf'), unit('slk', 'ks'), unit('avd', 'slk')];

  test('lists the unit itself first and then every unit above it up to the root', () => {
    expect(ancestry(tree, 'avd')).toEqual(['avd', 'slk', 'ks', 'kf']);
    expect(ancestry(tree, 'kf')).toEqual(['kf']);
  });

  test('a unit that is not in the tree has no ancestry', () => {
    expect(ancestry(tree, 'nowhere')).toEqual([]);
  });

  test('stops at a parent missing from the tree', () => {
    expect(ancestry([unit('x', 'gone')], 'x')).toEqual(['x']);
  });

  test('a loop in bad data ends the walk instead of running forever', () => {
    expect(ancestry([unit('a', 'b'), unit('b', 'a')], 'a')).toEqual(['a', 'b']);
  });

  test('for any forest, the ancestry ends at a root and never repeats a unit', () => {
    fc.assert(
      fc.property(forest, (units) => {
        for (const u of units) {
          const chain = ancestry(units, u.id);
          expect(new Set(chain).size).toBe(chain.length);
          expect(chain[0]).toBe(u.id);
          expect(units.find((x) => x.id === chain.at(-1))!.parentId).toBeNull();
        }
      }),
      seed,
    );
  });
});

describe('a sound tree', () => {
  test('a tree where every parent is present and nothing loops has no problems', () => {
    fc.assert(
      fc.property(forest, (units) => {
        expect(validateTree(units)).toEqual([]);
      }),
      seed,
    );
  });

  test('a unit whose parent is not in the tree is an orphan', () => {
    expect(validateTree([unit('a', null), unit('b', 'closed')])).toEqual([
      { kind: 'orphan', unitId: 'b', parentId: 'closed' },
    ]);
  });

  test('units under one another in a loop are reported once, from the smallest id', () => {
    const units = [unit('c', 'a'), unit('a', 'b'), unit('b', 'c'), unit('d', 'c')];
    expect(validateTree(units)).toEqual([{ kind: 'cycle', unitIds: ['a', 'b', 'c'] }]);
  });

  test('a unit that is its own parent is a loop of one', () => {
    expect(validateTree([unit('a', 'a')])).toEqual([{ kind: 'cycle', unitIds: ['a'] }]);
  });

  test('the units below a unit are all its descendants, not itself or its siblings', () => {
    const units = [unit('r', null), unit('a', 'r'), unit('b', 'a'), unit('c', 'b'), unit('s', 'r')];
    expect([...descendants(units, 'a')].sort()).toEqual(['b', 'c']);
    expect(descendants(units, 'c').size).toBe(0);
  });

  test('for any forest, the parent of a unit is never among its descendants', () => {
    fc.assert(
      fc.property(forest, (units) => {
        for (const u of units) {
          if (u.parentId) expect(descendants(units, u.id).has(u.parentId)).toBe(false);
        }
      }),
      seed,
    );
  });
});

describe('problems over time', () => {
  const key = (p: ReturnType<typeof validateTree>[number]) =>
    p.kind === 'orphan' ? `orphan ${p.unitId} ${p.parentId}` : `cycle ${p.unitIds.join(' ')}`;

  test('a problem is reported on the day it appears: a parent closing under open units', () => {
    const versions = [unit('p', null, '2020-01-01', '2024-12-31'), unit('c', 'p')];
    expect(problemsFrom(versions, '2020-01-01')).toEqual([
      { day: '2025-01-01', problem: { kind: 'orphan', unitId: 'c', parentId: 'p' } },
    ]);
  });

  test('a loop formed by a later version is reported on its first day', () => {
    const versions = [
      unit('a', null, '2020-01-01', '2022-12-31'),
      unit('a', 'b', '2023-01-01'),
      unit('b', 'a'),
    ];
    expect(problemsFrom(versions, '2020-01-01')).toEqual([
      { day: '2023-01-01', problem: { kind: 'cycle', unitIds: ['a', 'b'] } },
    ]);
  });

  test('for any versions, it finds every problem that checking each day in turn would find', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const days = ['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01'];
    // each unit: up to three consecutive versions with random parents (possibly missing or looping)
    const history = fc.tuple(
      ...ids.map((id) =>
        fc
          .array(fc.tuple(fc.constantFrom(null, ...ids, 'x'), fc.constantFrom(...days)), {
            maxLength: 3,
          })
          .map((parts) => {
            const starts = [...new Set(parts.map(([, day]) => day))].sort();
            return starts.map((from, i) => {
              const next = starts[i + 1];
              return unit(id, parts[i]![0], from, next ? addDays(next, -1) : null);
            });
          }),
      ),
    );
    fc.assert(
      fc.property(history, fc.constantFrom(...days), (perUnit, from) => {
        const versions = perUnit.flat();
        const swept = new Set(problemsFrom(versions, from).map((f) => key(f.problem)));
        const everyDay = new Set(
          days.filter((d) => d >= from).flatMap((d) => validateTree(treeAt(versions, d)).map(key)),
        );
        expect(swept).toEqual(everyDay);
      }),
      seed,
    );
  });
});

describe('lineage', () => {
  // Ekonomi and Finans merged into Ekonomi och finans in 2010, which split in 2015 into
  // Budget and Redovisning; Redovisning was succeeded by Ekonomistyrning in 2020.
  const links = [
    link('ekonomi', 'eof', '2010-01-01'),
    link('finans', 'eof', '2010-01-01'),
    link('eof', 'budget', '2015-01-01'),
    link('eof', 'redovisning', '2015-01-01'),
    link('redovisning', 'styrning', '2020-01-01'),
  ];

  test('the fate of a unit follows every link out of it, transitively, nearest first', () => {
    expect(fate(links, 'ekonomi').map((l) => l.toUnitId)).toEqual([
      'eof',
      'budget',
      'redovisning',
      'styrning',
    ]);
  });

  test('the origins of a unit follow every link into it, transitively', () => {
    expect(origins(links, 'styrning').map((l) => l.fromUnitId)).toEqual([
      'redovisning',
      'eof',
      'ekonomi',
      'finans',
    ]);
  });

  test('a unit without links has no origins and no fate', () => {
    expect(origins(links, 'other')).toEqual([]);
    expect(fate(links, 'other')).toEqual([]);
  });

  test('what merged into a unit after a part was split off is not an origin of that part', () => {
    const later = [link('s', 't', '2010-01-01'), link('r', 's', '2012-01-01')];
    expect(origins(later, 't')).toEqual([later[0]]);
    expect(origins(later, 's')).toEqual([later[1]]);
  });

  test('what a unit became before another unit merged into it is not that unit’s fate', () => {
    const earlier = [link('s', 't', '2010-01-01'), link('r', 's', '2012-01-01')];
    expect(fate(earlier, 'r')).toEqual([earlier[1]]);
  });

  test('a loop in the lineage data does not make the traversal run forever', () => {
    const loop = [link('a', 'b', '2020-01-01'), link('b', 'a', '2020-01-01')];
    expect(fate(loop, 'a')).toEqual(loop);
    expect(origins(loop, 'a')).toEqual([loop[1], loop[0]]);
  });

  test('for any lineage, each link is returned at most once and comes from the data', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const day = fc.constantFrom('2020-01-01', '2021-01-01', '2022-01-01');
    const anyLinks = fc.array(
      fc.tuple(ids, ids, day).map(([f, t, d]) => link(f, t, d)),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(anyLinks, ids, (data, start) => {
        for (const found of [fate(data, start), origins(data, start)]) {
          expect(new Set(found).size).toBe(found.length);
          for (const l of found) expect(data).toContain(l);
        }
      }),
      seed,
    );
  });
});

describe('a unit’s name on a date', () => {
  const versions = [
    unit('a', null, '2020-01-01', '2022-12-31', 'Ekonomi'),
    unit('a', null, '2023-01-01', '2024-12-31', 'Ekonomiavdelningen'),
  ];

  test('is the name of the version valid that day', () => {
    expect(nameOn(versions, 'a', '2021-01-01')).toBe('Ekonomi');
    expect(nameOn(versions, 'a', '2023-01-01')).toBe('Ekonomiavdelningen');
  });

  test('after the unit closed it is the name it ended with, before it opened its first name', () => {
    expect(nameOn(versions, 'a', '2030-01-01')).toBe('Ekonomiavdelningen');
    expect(nameOn(versions, 'a', '2000-01-01')).toBe('Ekonomi');
  });

  test('an unknown unit has no name', () => {
    expect(nameOn(versions, 'b', '2021-01-01')).toBeNull();
  });
});
