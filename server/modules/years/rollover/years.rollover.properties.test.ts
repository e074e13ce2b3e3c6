import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RolloverGoalMapping } from '#contracts/years.rollover.ts';
import { planRollover, revisionOf, type RolloverModel } from './years.rollover.rules.ts';
import { activity, goal, model, nothing, target, unit, uuid } from './years.rollover.testing.ts';

const runs = { seed: 20261122, numRuns: 200 };

/**
 * A random year: 1–3 directions; council goals each under one direction; nämndmål under one to
 * three council goals; unit goals under one or two nämndmål. Numbers are unique per level, so
 * the year as it stands has no clash. Each goal may have an indicator and an activity.
 */
const year = fc
  .record({
    directions: fc.integer({ min: 1, max: 3 }),
    council: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    committee: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
    unitGoals: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), { maxLength: 4 }),
    measured: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    activities: fc.array(fc.constantFrom('none', 'runs_on', 'ended'), {
      minLength: 20,
      maxLength: 20,
    }),
  })
  .map((r): RolloverModel => {
    let n = 0;
    const next = () => uuid(++n);
    const pick = (pool: string[], picks: number[]) => [
      ...new Set(picks.map((p) => pool[p % pool.length]!)),
    ];
    const directions = Array.from({ length: r.directions }, (_, k) =>
      goal(next(), 'direction', `${k + 1}`, `Inriktning ${k + 1}`),
    );
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    const council = r.council.map((p, k) =>
      goal(next(), 'council', `9.${k + 1}`, `KF-mål ${k + 1}`, pick(ids(directions), [p])),
    );
    const committee = r.committee.map((ps, k) =>
      goal(
        next(),
        'committee',
        k % 2 ? null : `${k + 1}`,
        `Nämndmål ${k}`,
        pick(ids(council), ps),
        unit.slk,
      ),
    );
    const unitGoals = committee.length
      ? r.unitGoals.map((ps, k) =>
          goal(next(), 'unit', null, `Enhetsmål ${k}`, pick(ids(committee), ps), unit.eko),
        )
      : [];
    const goals = [...directions, ...council, ...committee, ...unitGoals].map((x, position) => ({
      ...x,
      position,
    }));
    const measured = goals.filter((_, k) => r.measured[k]);
    return model({
      goals,
      indicatorLinks: measured.map((x, k) => ({
        indicatorId: uuid(500 + k),
        indicatorName: `Indikator ${k}`,
        goalId: x.id,
        position: 0,
      })),
      targets: measured.map((_, k) => target(uuid(500 + k), unit.slk, `${k}`)),
      activities: goals.flatMap((x, k) => {
        const kind = r.activities[k];
        if (kind === 'none') return [];
        return [
          activity(
            uuid(700 + k),
            x.id,
            '2024-01-01',
            kind === 'ended' ? '2024-12-31' : '2025-12-31',
          ),
        ];
      }),
    });
  });

/** A year and a random set of its goals to drop. */
const yearAndDrops = year.chain((m) =>
  fc.tuple(fc.constant(m), fc.subarray(m.goals.map((x) => x.id))),
);

const dropping = (ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, { drop: true } as RolloverGoalMapping]));

/** Drops every goal left with only dropped goals above it, down the cascade. */
function closeDownwards(m: RolloverModel, drops: readonly string[]): Set<string> {
  const dropped = new Set(drops);
  for (const x of [...m.goals].sort((a, b) => a.position - b.position))
    if (x.parentIds.length > 0 && x.parentIds.every((p) => dropped.has(p))) dropped.add(x.id);
  return dropped;
}

describe('properties of planning a rollover', () => {
  test('dropping nothing copies everything, with no problems', () => {
    fc.assert(
      fc.property(year, (m) => {
        const p = planRollover(m, { ...nothing, carryTargets: true });
        expect(p.problems).toEqual([]);
        expect(p.goals.every((x) => x.to !== null && x.changes.length === 0)).toBe(true);
        expect(p.links.every((l) => l.copied)).toBe(true);
        expect(p.indicatorLinks.every((l) => l.copied)).toBe(true);
        expect(p.targets.every((t) => t.copied)).toBe(true);
        expect(new Set(p.order)).toEqual(new Set(m.goals.map((x) => x.id)));
      }),
      runs,
    );
  });

  test('every copied goal’s goals above are copied goals, inserted before it', () => {
    fc.assert(
      fc.property(yearAndDrops, ([m, drops]) => {
        const p = planRollover(m, { ...nothing, goals: dropping(drops) });
        const copied = new Set(p.goals.filter((x) => x.to !== null).map((x) => x.fromGoalId));
        expect(new Set(p.order)).toEqual(copied);
        for (const l of p.links.filter((x) => x.copied)) {
          expect(copied.has(l.goalId) && copied.has(l.parentGoalId)).toBe(true);
          expect(p.order.indexOf(l.parentGoalId)).toBeLessThan(p.order.indexOf(l.goalId));
        }
      }),
      runs,
    );
  });

  test('the plan never refers to a dropped goal', () => {
    fc.assert(
      fc.property(yearAndDrops, ([m, drops]) => {
        const dropped = new Set(drops);
        const p = planRollover(m, { ...nothing, goals: dropping(drops), carryTargets: true });
        expect(
          p.goals
            .filter((x) => x.to === null)
            .map((x) => x.fromGoalId)
            .sort(),
        ).toEqual([...dropped].sort());
        const copiedLinks = p.links.filter((l) => l.copied);
        expect(copiedLinks.some((l) => dropped.has(l.goalId) || dropped.has(l.parentGoalId))).toBe(
          false,
        );
        expect(p.indicatorLinks.some((l) => l.copied && dropped.has(l.goalId))).toBe(false);
        expect(p.order.some((id) => dropped.has(id))).toBe(false);
        // an activity under a dropped goal is either left behind or reported
        for (const a of p.activities.filter((x) => x.copied && x.goalId && dropped.has(x.goalId)))
          expect(p.problems.map((x) => x.path)).toContain(`activities.${a.fromActivityId}`);
      }),
      runs,
    );
  });

  test('a goal left under nothing but dropped goals is reported exactly when it is not dropped', () => {
    fc.assert(
      fc.property(yearAndDrops, ([m, drops]) => {
        const dropped = new Set(drops);
        const p = planRollover(m, { ...nothing, goals: dropping(drops) });
        const orphans = m.goals
          .filter((x) => !dropped.has(x.id) && x.parentIds.length > 0)
          .filter((x) => x.parentIds.every((id) => dropped.has(id)))
          .map((x) => `goals.${x.id}`);
        const reported = p.problems
          .map((x) => x.path)
          .filter((path) => /^goals\.[^.]+$/.test(path));
        expect(reported.sort()).toEqual(orphans.sort());
      }),
      runs,
    );
  });

  test('dropping every goal left under dropped goals, and their activities, leaves no problem', () => {
    fc.assert(
      fc.property(yearAndDrops, ([m, drops]) => {
        const dropped = closeDownwards(m, drops);
        const activities = Object.fromEntries(
          m.activities
            .filter((a) => a.goalId !== null && dropped.has(a.goalId))
            .map((a) => [a.id, { drop: true as const }]),
        );
        const p = planRollover(m, { ...nothing, goals: dropping([...dropped]), activities });
        expect(p.problems).toEqual([]);
        expect(p.activities.filter((a) => a.copied).every((a) => !dropped.has(a.goalId!))).toBe(
          true,
        );
      }),
      runs,
    );
  });

  test('reversing the numbers of the council goals under one direction makes no clash', () => {
    fc.assert(
      fc.property(year, (m) => {
        const first = m.goals.find((x) => x.level === 'direction')!;
        const under = m.goals.filter((x) => x.parentIds.includes(first.id));
        const numbers = under.map((x) => x.number).reverse();
        const goals = Object.fromEntries(under.map((x, k) => [x.id, { number: numbers[k]! }]));
        const p = planRollover(m, { ...nothing, goals });
        expect(p.problems).toEqual([]);
        const to = p.goals.filter((x) => under.some((u) => u.id === x.fromGoalId));
        expect(to.map((x) => x.to!.number)).toEqual(numbers);
      }),
      runs,
    );
  });

  test('giving a second goal under the same goal above an existing number is always reported', () => {
    fc.assert(
      fc.property(year, (m) => {
        const [a, b] = m.goals.filter(
          (x) =>
            x.level === 'council' &&
            x.parentIds[0] === m.goals.find((d) => d.level === 'council')!.parentIds[0],
        );
        if (!a || !b) return;
        const p = planRollover(m, { ...nothing, goals: { [b.id]: { number: a.number } } });
        expect(p.problems.map((x) => x.path)).toEqual([`goals.${b.id}.number`]);
      }),
      runs,
    );
  });

  test('the revision depends on the model, not on the order it was read in', () => {
    fc.assert(
      fc.property(
        year.chain((m) =>
          fc.tuple(
            fc.constant(m),
            fc.shuffledSubarray([...m.goals], { minLength: m.goals.length }),
          ),
        ),
        ([m, shuffled]) => {
          expect(revisionOf({ ...m, goals: shuffled })).toBe(revisionOf(m));
        },
      ),
      runs,
    );
  });
});
