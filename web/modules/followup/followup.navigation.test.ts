import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FieldIssue } from '#contracts/common.ts';
import { missingKinds, type MissingItem, type UnitReport } from '#contracts/followup.ts';
import {
  mergeRefusal,
  missingInPageOrder,
  missingKey,
  missingPerGoal,
  nestByDepth,
  refusalReasons,
  stepMissing,
  type Relation,
} from './followup.navigation.ts';

type Placed = Pick<UnitReport, 'goals' | 'activities' | 'missing'>;

const goal = (id: string, indicatorIds: string[] = [], activityIds: string[] = []) =>
  ({ goal: { id }, indicatorIds, activityIds }) as unknown as UnitReport['goals'][number];
const activity = (id: string) =>
  ({ activity: { id }, report: null }) as unknown as UnitReport['activities'][number];
const item = (kind: MissingItem['kind'], id: string): MissingItem => ({ kind, id, title: id });

/** Two goals: g1 with indicator i1 and activity a1, g2 with i2; a3 is under no goal. */
const report = (missing: MissingItem[]): Placed => ({
  goals: [goal('g1', ['i1'], ['a1']), goal('g2', ['i2'])],
  activities: [activity('a1'), activity('a3')],
  missing,
});

describe('the missing items in the order of the page', () => {
  test('chapters first, then each goal with its assessment, outcomes and statuses, then the rest', () => {
    const shuffled = [
      item('activity_status', 'a3'),
      item('outcome', 'i2'),
      item('assessment', 'g2'),
      item('activity_status', 'a1'),
      item('outcome', 'i1'),
      item('justification', 'g1'),
      item('chapter', 'summary'),
      item('chapter', 'intro'),
    ];
    expect(
      missingInPageOrder(report(shuffled), ['intro', 'goals', 'summary']).map(missingKey),
    ).toEqual([
      'chapter:intro',
      'chapter:summary',
      'justification:g1',
      'outcome:i1',
      'activity_status:a1',
      'assessment:g2',
      'outcome:i2',
      'activity_status:a3',
    ]);
  });

  test('without the template, chapters keep the server’s order; unknown items come last', () => {
    const items = [item('outcome', 'gone'), item('chapter', 'b'), item('chapter', 'a')];
    expect(missingInPageOrder(report(items)).map(missingKey)).toEqual([
      'chapter:b',
      'chapter:a',
      'outcome:gone',
    ]);
  });

  test('whatever the server’s order, each item comes out once and nothing is lost', () => {
    const ids = fc.constantFrom('g1', 'g2', 'i1', 'i2', 'a1', 'a3', 'x', 'intro');
    const items = fc.array(
      fc.record({ kind: fc.constantFrom(...missingKinds), id: ids, title: fc.string() }),
    );
    fc.assert(
      fc.property(items, (missing) => {
        const ordered = missingInPageOrder(report(missing), ['intro']);
        const keys = ordered.map(missingKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(missing.map(missingKey)));
        // Sorting the sorted list changes nothing.
        expect(missingInPageOrder(report(ordered), ['intro'])).toEqual(ordered);
      }),
    );
  });
});

describe('what each goal lacks', () => {
  test('a goal counts its own assessment, its indicators’ outcomes and its activities’ statuses', () => {
    const counts = missingPerGoal(
      report([
        item('assessment', 'g1'),
        item('outcome', 'i1'),
        item('activity_status', 'a1'),
        item('activity_status', 'a3'),
        item('chapter', 'g2'),
      ]),
    );
    expect(counts).toEqual(
      new Map([
        ['g1', 3],
        ['g2', 0],
      ]),
    );
  });
});

describe('next and previous missing', () => {
  test('next is the first item after the position, previous the last before it', () => {
    const relations: Relation[] = ['before', 'before', 'at', 'after', 'after'];
    expect(stepMissing(relations, 'next')).toBe(3);
    expect(stepMissing(relations, 'previous')).toBe(1);
  });

  test('past the last item next goes round to the first, before the first previous to the last', () => {
    expect(stepMissing(['before', 'before', 'at'], 'next')).toBe(0);
    expect(stepMissing(['at', 'after', 'after'], 'previous')).toBe(2);
    expect(stepMissing(['at'], 'next')).toBe(0);
  });

  test('with nothing missing there is nowhere to go', () => {
    expect(stepMissing([], 'next')).toBeNull();
    expect(stepMissing([], 'previous')).toBeNull();
  });

  test('going next from anywhere lands on an item after the position unless none is', () => {
    const relation = fc.constantFrom<Relation>('before', 'at', 'after');
    fc.assert(
      fc.property(fc.array(relation, { minLength: 1 }), (unordered) => {
        // The page's order: what is before the position comes before what is at and after it.
        const order = { before: 0, at: 1, after: 2 };
        const relations = [...unordered].sort((a, b) => order[a] - order[b]);
        const next = stepMissing(relations, 'next')!;
        const previous = stepMissing(relations, 'previous')!;
        if (relations.includes('after')) expect(relations[next]).toBe('after');
        else expect(next).toBe(0);
        if (relations.includes('before')) expect(relations[previous]).toBe('before');
        else expect(previous).toBe(relations.length - 1);
        // Each lands next to the position: no item of the same side lies between.
        if (relations[next] === 'after') expect(relations[next - 1]).not.toBe('after');
        if (relations[previous] === 'before') expect(relations[previous + 1]).not.toBe('before');
      }),
    );
  });
});

describe('the goals in cascade order as nested lists', () => {
  test('each goal goes under the nearest goal above it with a smaller depth', () => {
    const nested = nestByDepth([
      { item: 'D1', depth: 0 },
      { item: 'K1', depth: 1 },
      { item: 'N1', depth: 2 },
      { item: 'K2', depth: 1 },
      { item: 'D2', depth: 0 },
      { item: 'N2', depth: 2 },
    ]);
    const shape = (nodes: typeof nested): unknown =>
      nodes.map((n) => (n.children.length ? [n.item, shape(n.children)] : n.item));
    expect(shape(nested)).toEqual([
      ['D1', [['K1', ['N1']], 'K2']],
      ['D2', ['N2']],
    ]);
  });

  test('every goal is in the tree exactly once, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 })), (depths) => {
        const flat: number[] = [];
        const walk = (nodes: ReturnType<typeof nestByDepth<number>>) => {
          for (const n of nodes) {
            flat.push(n.item);
            walk(n.children);
          }
        };
        walk(nestByDepth(depths.map((depth, i) => ({ item: i, depth }))));
        expect(flat).toEqual(depths.map((_, i) => i));
      }),
    );
  });
});

const issue = (path: string, code?: string, params?: Record<string, string>): FieldIssue => ({
  path,
  message: path,
  ...(code ? { code } : {}),
  ...(params ? { params } : {}),
});

describe('one list of what is missing after a refused submit', () => {
  const refused = refusalReasons([
    issue('missing.g1', 'followup.assessment_missing', { goal: 'Mål 1' }),
    issue('missing.g2', 'followup.justification_missing', { goal: 'Mål 2' }),
    issue('chapters.summary', 'followup.chapter_missing', { chapter: 'Sammanfattning' }),
    issue('comment', 'required'),
  ]);

  test('the server’s gaps are told from the form’s own fields', () => {
    expect(refused.reasons.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'assessment:g1',
      'justification:g2',
      'chapter:summary',
    ]);
    expect(refused.fields.map((f) => f.path)).toEqual(['comment']);
  });

  test('each item once, with the server’s reason in the items it named', () => {
    const merged = mergeRefusal(
      [
        item('assessment', 'g1'),
        item('assessment', 'g1'),
        item('justification', 'g2'),
        item('chapter', 'summary'),
        item('outcome', 'i1'),
      ],
      refused.reasons,
      { unlisted: true },
    );
    expect(merged.map((m) => [missingKey(m), m.refused?.issue.path ?? null])).toEqual([
      ['assessment:g1', 'missing.g1'],
      ['justification:g2', 'missing.g2'],
      ['chapter:summary', 'chapters.summary'],
      ['outcome:i1', null],
    ]);
  });

  test('a goal the list has as missing its justification matches a reason about its assessment', () => {
    const merged = mergeRefusal([item('justification', 'g1')], refused.reasons.slice(0, 1), {
      unlisted: true,
    });
    expect(merged).toHaveLength(1);
    expect(merged[0]!.kind).toBe('justification');
    expect(merged[0]!.refused?.id).toBe('g1');
  });

  test('a gap only the server named is added while the list is the refused one, and not after', () => {
    const fresh = mergeRefusal([item('assessment', 'g1')], refused.reasons, { unlisted: true });
    expect(fresh.map((m) => [missingKey(m), m.title])).toEqual([
      ['assessment:g1', 'g1'],
      ['justification:g2', 'Mål 2'],
      ['chapter:summary', 'Sammanfattning'],
    ]);
    const changed = mergeRefusal([item('assessment', 'g1')], refused.reasons, { unlisted: false });
    expect(changed.map(missingKey)).toEqual(['assessment:g1']);
  });
});
