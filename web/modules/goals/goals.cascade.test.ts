import { describe, expect, test } from 'vitest';
import type { Goal, GoalLevel } from '#contracts/goals.ts';
import type { ReportActivity } from '#contracts/followup.ts';
import {
  activitiesByGoal,
  allNodes,
  ancestorIds,
  buildCascade,
  chainsAbove,
  contributionsOf,
  countByLevel,
  descendantIds,
  expandableKeys,
  initiallyExpanded,
  keysRevealing,
  ownerUnits,
  pruneCascade,
  type CascadeNode,
} from './goals.cascade.ts';

const KF = '00000000-0000-4000-8000-000000000001';
const KS = '00000000-0000-4000-8000-000000000002';
const SLK = '00000000-0000-4000-8000-000000000003';
const UTB = '00000000-0000-4000-8000-000000000004';

let position = 0;
function goal(
  id: string,
  level: GoalLevel,
  title: string,
  parentIds: string[] = [],
  options: { number?: string; owner?: string; ownerName?: string } = {},
): Goal {
  position += 1;
  const council = ['vision', 'direction', 'council'].includes(level);
  return {
    id,
    year: 2015,
    level,
    number: options.number ?? null,
    title,
    description: '',
    ownerUnitId: options.owner ?? (council ? KF : KS),
    ownerUnitName: options.ownerName ?? (council ? 'Kommunfullmäktige' : 'Kommunstyrelsen'),
    heading: null,
    parentIds,
    previousGoalId: null,
    position,
    version: 1,
  };
}

// Stockholm 2015 in small: a vision, two inriktningsmål, KF goals, nämndmål (one shared by two
// KF goals), a unit goal under a nämndmål, and a committee goal of another committee.
const vision = goal('vision', 'vision', 'Vision 2030');
const d1 = goal('d1', 'direction', 'Ett Stockholm som håller samman', ['vision'], { number: '1' });
const d2 = goal('d2', 'direction', 'Ett klimatsmart Stockholm', ['vision'], { number: '2' });
const k21 = goal('k21', 'council', 'Stockholm är klimatneutralt', ['d2'], { number: '2.1' });
const k23 = goal('k23', 'council', 'Stockholm har ren luft och rent vatten', ['d2'], {
  number: '2.3',
});
const k210 = goal('k210', 'council', 'Tionde målet', ['d2'], { number: '2.10' });
const k11 = goal('k11', 'council', 'Alla barn har jämlika uppväxtvillkor', ['d1'], {
  number: '1.1',
});
const n1 = goal('n1', 'committee', 'Stadens miljöarbete är en förebild', ['k21', 'k23']);
const n2 = goal('n2', 'committee', 'Barn och unga har de bästa förutsättningarna', ['k11'], {
  owner: UTB,
  ownerName: 'Utbildningsnämnden',
});
const e1 = goal('e1', 'unit', 'Miljöprogrammet följs upp', ['n1'], {
  owner: SLK,
  ownerName: 'Stadsledningskontoret',
});
const goals = [e1, n2, n1, k11, k210, k23, k21, d2, d1, vision];

const titles = (nodes: readonly CascadeNode[]) => nodes.map((node) => node.goal.title);
const ids = (set: Set<string>) => [...set].sort();

describe('buildCascade', () => {
  const tree = buildCascade(goals);

  test('nests the goals from a flat list in any order, from the vision down', () => {
    expect(titles(tree)).toEqual(['Vision 2030']);
    const [root] = tree;
    expect(titles(root!.children)).toEqual([
      'Ett Stockholm som håller samman',
      'Ett klimatsmart Stockholm',
    ]);
  });

  test('orders goals of a level by their place in the year', () => {
    const d2Node = tree[0]!.children[1]!;
    expect(d2Node.children.map((n) => n.goal.number)).toEqual(['2.1', '2.3', '2.10']);
  });

  test('shows a goal with two parents under each of them, marked as shared, with distinct keys', () => {
    const occurrences = allNodes(tree).filter((node) => node.goal.id === 'n1');
    expect(occurrences).toHaveLength(2);
    expect(occurrences.every((node) => node.shared)).toBe(true);
    expect(occurrences.map((node) => node.key)).toEqual(['vision/d2/k21/n1', 'vision/d2/k23/n1']);
    // Its own children come along under both.
    expect(occurrences.map((node) => titles(node.children))).toEqual([
      ['Miljöprogrammet följs upp'],
      ['Miljöprogrammet följs upp'],
    ]);
    const keys = allNodes(tree).map((node) => node.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a goal with one parent is not shared', () => {
    const n2Node = allNodes(tree).find((node) => node.goal.id === 'n2')!;
    expect(n2Node.shared).toBe(false);
  });

  test('without a vision the inriktningsmål are the roots, and they are not marked as orphans', () => {
    const withoutVision = goals
      .filter((g) => g !== vision)
      .map((g) => (g.level === 'direction' ? { ...g, parentIds: [] } : g));
    const roots = buildCascade(withoutVision);
    expect(titles(roots)).toEqual(['Ett Stockholm som håller samman', 'Ett klimatsmart Stockholm']);
    expect(roots.some((node) => node.parentMissing)).toBe(false);
  });

  test('a goal whose parents are not in the list is a root marked as missing its parent', () => {
    const roots = buildCascade([k23, n1]);
    expect(titles(roots)).toEqual(['Stockholm har ren luft och rent vatten']);
    expect(roots[0]!.parentMissing).toBe(true);
    // n1 still hangs under k23, its only parent present, and is then not shared.
    expect(roots[0]!.children[0]!.shared).toBe(false);
  });

  test('goals caught in a cycle are still shown, once', () => {
    const a = goal('a', 'council', 'A', ['b']);
    const b = goal('b', 'council', 'B', ['a']);
    const roots = buildCascade([a, b]);
    expect(
      allNodes(roots)
        .map((node) => node.goal.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  test('given a goal, builds only what serves it ("down")', () => {
    const down = buildCascade(goals, 'd2');
    expect(titles(down)).toEqual(['Ett klimatsmart Stockholm']);
    expect(allNodes(down).map((node) => node.goal.id)).toEqual([
      'd2',
      'k21',
      'n1',
      'e1',
      'k23',
      'n1',
      'e1',
      'k210',
    ]);
    expect(buildCascade(goals, 'no-such-goal')).toEqual([]);
  });
});

describe('down and up', () => {
  test('descendantIds: the goal and everything below it, once each', () => {
    expect(ids(descendantIds(goals, 'd2'))).toEqual(['d2', 'e1', 'k21', 'k210', 'k23', 'n1']);
    expect(ids(descendantIds(goals, 'e1'))).toEqual(['e1']);
  });

  test('ancestorIds: the goals and every goal above them, through all parents', () => {
    expect(ids(ancestorIds(goals, ['e1']))).toEqual(['d2', 'e1', 'k21', 'k23', 'n1', 'vision']);
    expect(ids(ancestorIds(goals, ['unknown']))).toEqual([]);
  });

  test('contributionsOf: a unit’s own goals and every goal above them', () => {
    const ks = contributionsOf(goals, KS);
    expect(ids(ks.own)).toEqual(['n1']);
    expect(ids(ks.above)).toEqual(['d2', 'k21', 'k23', 'vision']);
    const utb = contributionsOf(goals, UTB);
    expect(ids(utb.above)).toEqual(['d1', 'k11', 'vision']);
    expect(contributionsOf(goals, '00000000-0000-4000-8000-000000000099').own.size).toBe(0);
  });

  test('pruneCascade keeps the paths to a unit’s goals and nothing else', () => {
    const { own, above } = contributionsOf(goals, KS);
    const pruned = pruneCascade(buildCascade(goals), new Set([...own, ...above]));
    expect(allNodes(pruned).map((node) => node.key)).toEqual([
      'vision',
      'vision/d2',
      'vision/d2/k21',
      'vision/d2/k21/n1',
      'vision/d2/k23',
      'vision/d2/k23/n1',
    ]);
  });

  test('chainsAbove: one chain per way up, from the root down to the parent', () => {
    const chains = chainsAbove(goals, 'e1').map((chain) => chain.map((g) => g.id));
    expect(chains).toEqual([
      ['vision', 'd2', 'k21', 'n1'],
      ['vision', 'd2', 'k23', 'n1'],
    ]);
    expect(chainsAbove(goals, 'vision')).toEqual([]);
    expect(chainsAbove(goals, 'e1', 1)).toHaveLength(1);
  });
});

describe('expanding', () => {
  const tree = buildCascade(goals);

  test('expandableKeys lists every node with children', () => {
    expect(expandableKeys(tree)).toEqual([
      'vision',
      'vision/d1',
      'vision/d1/k11',
      'vision/d2',
      'vision/d2/k21',
      'vision/d2/k21/n1',
      'vision/d2/k23',
      'vision/d2/k23/n1',
    ]);
  });

  test('keysRevealing opens the way to every occurrence of a goal', () => {
    expect(keysRevealing(tree, new Set(['n1'])).sort()).toEqual([
      'vision',
      'vision/d2',
      'vision/d2/k21',
      'vision/d2/k23',
    ]);
    expect(keysRevealing(tree, new Set(['vision']))).toEqual([]);
  });

  test('at first only the vision is open', () => {
    expect(initiallyExpanded(tree)).toEqual(['vision']);
  });
});

describe('summaries', () => {
  test('ownerUnits: the council first, then the others in Swedish order', () => {
    expect(ownerUnits(goals).map((unit) => unit.name)).toEqual([
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      'Utbildningsnämnden',
      'Stadsledningskontoret',
    ]);
  });

  test('countByLevel counts the goals of each level present', () => {
    expect(countByLevel(goals)).toEqual([
      { level: 'vision', count: 1 },
      { level: 'direction', count: 2 },
      { level: 'council', count: 4 },
      { level: 'committee', count: 2 },
      { level: 'unit', count: 1 },
    ]);
  });
});

describe('activitiesByGoal', () => {
  const activity = (
    id: string,
    goalId: string | null,
    coResponsibleUnitIds: string[] = [],
    status: 'ongoing' | null = null,
  ): ReportActivity => ({
    activity: {
      id,
      year: 2015,
      kind: 'council_activity',
      title: `Aktivitet ${id}`,
      description: '',
      goalId,
      responsibleUnitId: KS,
      coResponsibleUnitIds,
      startsOn: '2015-01-01',
      endsOn: '2015-12-31',
      previousActivityId: null,
      position: 0,
      version: 1,
    },
    report:
      status === null
        ? null
        : {
            activityId: id,
            unitId: KS,
            periodId: 'vb',
            status,
            deviation: '',
            analysis: '',
            version: 1,
            updatedAt: null,
            updatedByName: null,
          },
  });

  test('groups a report’s activities by goal, in order, marking the shared ones', () => {
    const byGoal = activitiesByGoal([
      activity('a1', 'k23', [UTB], 'ongoing'),
      activity('a2', null),
      activity('a3', 'k23'),
      activity('a4', 'n1'),
    ]);
    expect([...byGoal.keys()]).toEqual(['k23', 'n1']);
    expect(byGoal.get('k23')).toEqual([
      {
        id: 'a1',
        title: 'Aktivitet a1',
        kind: 'council_activity',
        status: 'ongoing',
        shared: true,
      },
      { id: 'a3', title: 'Aktivitet a3', kind: 'council_activity', status: null, shared: false },
    ]);
  });
});
