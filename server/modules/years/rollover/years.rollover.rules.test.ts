import { describe, expect, test } from 'vitest';
import {
  planRollover,
  revisionOf,
  unitsInYear,
  type RolloverMapping,
} from './years.rollover.rules.ts';
import { activity, goal, model, nothing, target, unit, uuid } from './years.rollover.testing.ts';

/**
 * Year 2024: 1 Ett hållbart Testby > {1.1 Luften är ren, 1.2 Vattnet är rent};
 * 2 En trygg stad > 2.1 Gatorna är trygga. The office's nämndmål "Kontoret minskar sina
 * utsläpp" sits under 1.1 and 2.1 (R-G8), "Kontoret sparar vatten" under 1.2.
 */
const g = {
  d1: uuid(1),
  d2: uuid(2),
  c11: uuid(11),
  c12: uuid(12),
  c21: uuid(21),
  n1: uuid(101),
  n2: uuid(102),
};
const i = { air: uuid(201), water: uuid(202) };
const a = { cars: uuid(301), pipes: uuid(302), survey: uuid(303) };
const goals = [
  goal(g.d1, 'direction', '1', 'Ett hållbart Testby', [], unit.kf, 0),
  goal(g.d2, 'direction', '2', 'En trygg stad', [], unit.kf, 1),
  goal(g.c11, 'council', '1.1', 'Luften är ren', [g.d1], unit.kf, 2),
  goal(g.c12, 'council', '1.2', 'Vattnet är rent', [g.d1], unit.kf, 3),
  goal(g.c21, 'council', '2.1', 'Gatorna är trygga', [g.d2], unit.kf, 4),
  goal(g.n1, 'committee', null, 'Kontoret minskar sina utsläpp', [g.c11, g.c21], unit.slk, 5),
  goal(g.n2, 'committee', null, 'Kontoret sparar vatten', [g.c12], unit.slk, 6),
];
const year2024 = model({
  goals,
  indicatorLinks: [
    { indicatorId: i.air, indicatorName: 'Dygn över normvärdet', goalId: g.c11, position: 0 },
    { indicatorId: i.water, indicatorName: 'Vattenförbrukning', goalId: g.n2, position: 0 },
  ],
  targets: [target(i.air, unit.slk, '7'), target(i.water, unit.slk, null)],
  activities: [
    activity(a.cars, g.n1, '2024-01-01', '2026-12-31', { title: 'Byt till elbilar' }),
    activity(a.pipes, g.n2, '2024-03-01', '2024-12-31', { title: 'Laga läckor' }),
    activity(a.survey, null, '2024-09-01', '2025-06-30', {
      title: 'Mät luften',
      coResponsibleUnitIds: [unit.it, unit.eko],
    }),
  ],
});
const plan = (mapping: Partial<RolloverMapping> = {}, m = year2024) =>
  planRollover(m, { ...nothing, ...mapping });
const paths = (p: ReturnType<typeof plan>) => p.problems.map((x) => x.path);
const copiedGoals = (p: ReturnType<typeof plan>) =>
  p.goals.filter((x) => x.to !== null).map((x) => x.fromGoalId);

describe('a rollover with no mapping', () => {
  test('copies every goal as it is, parents before children, with no problems', () => {
    const p = plan();
    expect(p.problems).toEqual([]);
    expect(copiedGoals(p)).toEqual(goals.map((x) => x.id));
    expect(p.goals.every((x) => x.changes.length === 0)).toBe(true);
    expect(p.order).toEqual([g.d1, g.d2, g.c11, g.c12, g.c21, g.n1, g.n2]);
  });

  test('copies every link and every indicator link', () => {
    const p = plan();
    expect(p.links).toHaveLength(6);
    expect(p.links.every((l) => l.copied)).toBe(true);
    expect(p.indicatorLinks.every((l) => l.copied)).toBe(true);
  });

  test('copies the activities that run into the new year and leaves those that ended behind', () => {
    const p = plan();
    expect(p.activities.map((x) => [x.title, x.copied, x.reason])).toEqual([
      ['Byt till elbilar', true, 'runs_on'],
      ['Laga läckor', false, 'ended'],
      ['Mät luften', true, 'runs_on'],
    ]);
  });

  test('copies no targets unless asked to', () => {
    expect(plan().targets.map((t) => [t.copied, t.skipped])).toEqual([
      [false, 'not_asked'],
      [false, 'not_asked'],
    ]);
    const asked = plan({ carryTargets: true }).targets;
    expect(asked.map((t) => [t.copied, t.skipped, t.year, t.target])).toEqual([
      [true, null, 2025, '7'],
      [true, null, 2025, null],
    ]);
  });

  test('finds a problem when the year rolled from has no goals', () => {
    expect(plan({}, model()).problems).toEqual([
      {
        path: 'fromYear',
        code: 'rollover.no_goals',
        params: { year: '2024' },
        message: '2024 has no goals to roll over',
      },
    ]);
  });
});

describe('renumbered and retitled goals', () => {
  test('show the number and title of both years and what changed', () => {
    const p = plan({
      goals: { [g.c11]: { number: '1.2' }, [g.c12]: { number: '1.1', title: 'Sjöarna är rena' } },
    });
    expect(p.problems).toEqual([]);
    const c12 = p.goals.find((x) => x.fromGoalId === g.c12)!;
    expect(c12.from).toMatchObject({ number: '1.2', title: 'Vattnet är rent' });
    expect(c12.to).toMatchObject({ number: '1.1', title: 'Sjöarna är rena' });
    expect(c12.changes).toEqual(['number', 'title']);
    expect(p.goals.find((x) => x.fromGoalId === g.c11)!.changes).toEqual(['number']);
  });

  test('a goal given its own number or title again shows no change', () => {
    const p = plan({ goals: { [g.c11]: { number: '1.1', title: 'Luften är ren' } } });
    expect(p.goals.find((x) => x.fromGoalId === g.c11)!.changes).toEqual([]);
  });

  test('a goal can lose its number', () => {
    const p = plan({ goals: { [g.c21]: { number: null } } });
    expect(p.goals.find((x) => x.fromGoalId === g.c21)!.to!.number).toBeNull();
    expect(p.problems).toEqual([]);
  });

  test('a number taken by another goal under the same goal above is a problem', () => {
    const p = plan({ goals: { [g.c12]: { number: '1.1' } } });
    expect(p.problems).toEqual([
      {
        path: `goals.${g.c12}.number`,
        code: 'rollover.number_taken',
        params: { number: '1.1', title: 'Luften är ren' },
        message: '1.1 is also the number of “Luften är ren” in the new year',
      },
    ]);
  });

  test('the same number under different goals above, or of different owners, is no problem', () => {
    expect(plan({ goals: { [g.c21]: { number: '1.1' } } }).problems).toEqual([]);
    const committees = model({
      goals: [
        goal(g.d1, 'direction', '1', 'A'),
        goal(g.c11, 'council', '1.1', 'B', [g.d1]),
        goal(g.n1, 'committee', '1', 'C', [g.c11], unit.slk),
        goal(g.n2, 'committee', '1', 'D', [g.c11], unit.eko),
      ],
    });
    expect(plan({}, committees).problems).toEqual([]);
    expect(
      plan({ goals: { [g.n2]: { ownerUnitId: unit.slk } } }, committees).problems.map(
        (x) => x.path,
      ),
    ).toEqual([`goals.${g.n2}.number`]);
  });

  test('top-level goals clash on a number among themselves', () => {
    expect(paths(plan({ goals: { [g.d2]: { number: '1' } } }))).toEqual([`goals.${g.d2}.number`]);
  });
});

describe('dropped goals', () => {
  test('a dropped goal takes its links and indicator links with it', () => {
    const p = plan({ goals: { [g.c12]: { drop: true }, [g.n2]: { drop: true } } });
    expect(p.problems).toEqual([]);
    expect(copiedGoals(p)).not.toContain(g.c12);
    expect(p.order).toEqual([g.d1, g.d2, g.c11, g.c21, g.n1]);
    expect(p.links.filter((l) => !l.copied)).toEqual([
      { goalId: g.c12, parentGoalId: g.d1, copied: false },
      { goalId: g.n2, parentGoalId: g.c12, copied: false },
    ]);
    expect(p.indicatorLinks.find((l) => l.goalId === g.n2)!.copied).toBe(false);
  });

  test('a goal whose only goal above is dropped is a problem unless it is dropped too', () => {
    const p = plan({ goals: { [g.c12]: { drop: true } } });
    expect(p.problems).toEqual([
      {
        path: `goals.${g.n2}`,
        code: 'rollover.parents_dropped',
        params: { goals: '1.2 Vattnet är rent' },
        message:
          'every goal above it is dropped (1.2 Vattnet är rent); drop it too, or keep one of them',
      },
    ]);
  });

  test('a nämndmål under several KF goals keeps the ones that remain', () => {
    const p = plan({ goals: { [g.c21]: { drop: true } } });
    expect(p.problems).toEqual([]);
    expect(p.links.filter((l) => l.goalId === g.n1)).toEqual([
      { goalId: g.n1, parentGoalId: g.c11, copied: true },
      { goalId: g.n1, parentGoalId: g.c21, copied: false },
    ]);
  });

  test('a dropped direction asks for the council goals under it to be dropped too', () => {
    expect(paths(plan({ goals: { [g.d2]: { drop: true } } }))).toEqual([`goals.${g.c21}`]);
    expect(plan({ goals: { [g.d2]: { drop: true }, [g.c21]: { drop: true } } }).problems).toEqual(
      [],
    );
  });

  test('an activity copied under a dropped goal is a problem unless it is dropped too', () => {
    const dropped = { [g.c11]: { drop: true as const }, [g.n1]: { drop: true as const } };
    expect(plan({ goals: dropped }).problems).toEqual([
      {
        path: `activities.${a.cars}`,
        code: 'rollover.goal_dropped',
        params: {},
        message: 'its goal is dropped; drop the activity too',
      },
    ]);
    const p = plan({ goals: dropped, activities: { [a.cars]: { drop: true } } });
    expect(p.problems).toEqual([]);
    expect(p.activities.find((x) => x.fromActivityId === a.cars)).toMatchObject({
      copied: false,
      reason: 'dropped',
    });
  });

  test('an activity that ended under a dropped goal is no problem', () => {
    const p = plan({ goals: { [g.c12]: { drop: true }, [g.n2]: { drop: true } } });
    expect(p.problems).toEqual([]);
  });

  test('targets of an indicator that measures no copied goal stay behind', () => {
    const p = plan({
      goals: { [g.c12]: { drop: true }, [g.n2]: { drop: true } },
      carryTargets: true,
    });
    expect(p.targets.map((t) => [t.indicatorId, t.skipped])).toEqual([
      [i.air, null],
      [i.water, 'indicator_left'],
    ]);
  });
});

describe('the mapping names only what the year has', () => {
  test('an unknown goal or activity is a problem', () => {
    const stranger = uuid(999);
    expect(
      plan({ goals: { [stranger]: { number: '9' } }, activities: { [stranger]: { drop: true } } })
        .problems,
    ).toEqual([
      {
        path: `goals.${stranger}`,
        code: 'rollover.unknown_goal',
        params: { year: '2024' },
        message: 'is not a goal of 2024',
      },
      {
        path: `activities.${stranger}`,
        code: 'rollover.unknown_activity',
        params: { year: '2024' },
        message: 'is not an activity of 2024',
      },
    ]);
  });

  test('an activity under a goal that is not the year’s is a problem', () => {
    const astray = activity(uuid(304), uuid(998), '2024-01-01', '2025-12-31');
    const p = plan({}, model({ ...year2024, activities: [astray] }));
    expect(p.problems).toEqual([
      {
        path: `activities.${uuid(304)}`,
        code: 'rollover.goal_not_in_year',
        params: { year: '2024' },
        message: 'its goal is not a goal of 2024',
      },
    ]);
  });
});

describe('units in the new year', () => {
  const closedOffice = model({ ...year2024, openUnitIds: new Set([unit.kf, unit.eko]) });

  test('a goal owned by a unit not open in the new year is a problem until it gets an owner', () => {
    const p = plan({}, closedOffice);
    expect(paths(p)).toEqual([
      `goals.${g.n1}.ownerUnitId`,
      `goals.${g.n2}.ownerUnitId`,
      `activities.${a.cars}.responsibleUnitId`,
      `activities.${a.survey}.responsibleUnitId`,
    ]);
    expect(p.problems[0]).toEqual({
      path: `goals.${g.n1}.ownerUnitId`,
      code: 'rollover.owner_closed',
      params: { unit: 'Stadsledningskontoret', year: '2025' },
      message:
        'Stadsledningskontoret is not open in 2025; give the owner in 2025, or drop the goal',
    });
    expect(p.problems[2]).toMatchObject({
      code: 'rollover.responsible_closed',
      params: { unit: 'Stadsledningskontoret', year: '2025' },
    });
    const moved = plan(
      {
        goals: { [g.n1]: { ownerUnitId: unit.eko }, [g.n2]: { ownerUnitId: unit.eko } },
        activities: {
          [a.cars]: { responsibleUnitId: unit.eko },
          [a.survey]: { responsibleUnitId: unit.eko },
        },
      },
      closedOffice,
    );
    expect(moved.problems).toEqual([]);
    expect(moved.goals.find((x) => x.fromGoalId === g.n1)!.changes).toEqual(['owner']);
  });

  test('a co-responsible unit not open in the new year no longer shares the activity', () => {
    const p = plan({}, model({ ...year2024, openUnitIds: new Set([unit.kf, unit.slk]) }));
    expect(p.activities.find((x) => x.fromActivityId === a.survey)!.coResponsibleUnitIds).toEqual(
      [],
    );
    const open = plan();
    expect(
      open.activities.find((x) => x.fromActivityId === a.survey)!.coResponsibleUnitIds,
    ).toEqual([unit.it, unit.eko]);
  });

  test('targets of a unit not open in the new year stay behind, and so do targets it has', () => {
    const p = plan(
      { carryTargets: true },
      model({
        ...year2024,
        targets: [...year2024.targets, target(i.air, unit.it, '3')],
        existingTargets: [{ indicatorId: i.water, unitId: unit.slk }],
        openUnitIds: new Set([unit.kf, unit.slk]),
      }),
    );
    // in the order of the goals their indicators measure, then by unit
    expect(p.targets.map((t) => [t.indicatorId, t.unitId, t.skipped])).toEqual([
      [i.air, unit.slk, null],
      [i.air, unit.it, 'unit_closed'],
      [i.water, unit.slk, 'exists'],
    ]);
  });
});

describe('activities with a new end', () => {
  test('an activity that ended is brought along when its end is moved into the new year', () => {
    const p = plan({ activities: { [a.pipes]: { endsOn: '2025-06-30' } } });
    expect(p.problems).toEqual([]);
    expect(p.activities.find((x) => x.fromActivityId === a.pipes)).toMatchObject({
      fromEndsOn: '2024-12-31',
      endsOn: '2025-06-30',
      copied: true,
      reason: 'extended',
    });
  });

  test('a multi-year activity can be shortened', () => {
    const p = plan({ activities: { [a.cars]: { endsOn: '2025-12-31' } } });
    expect(p.activities[0]).toMatchObject({ endsOn: '2025-12-31', reason: 'extended' });
  });

  test('an end before the new year, or before the start, is a problem', () => {
    expect(plan({ activities: { [a.cars]: { endsOn: '2024-06-30' } } }).problems).toEqual([
      {
        path: `activities.${a.cars}.endsOn`,
        code: 'rollover.ends_before_year',
        params: { year: '2025' },
        message: 'must be in 2025 or later; to leave the activity behind, drop it',
      },
    ]);
    expect(plan({ activities: { [a.pipes]: { endsOn: '2024-01-01' } } }).problems).toEqual([
      {
        path: `activities.${a.pipes}.endsOn`,
        code: 'rollover.ends_before_start',
        params: { startsOn: '2024-03-01' },
        message: 'must not be before 2024-03-01',
      },
    ]);
  });
});

describe('the units of a year', () => {
  const version = (id: string, name: string, validFrom: string, validTo: string | null) => ({
    id,
    name,
    validFrom,
    validTo,
  });

  test('a unit is open in the year if it is open on any day of it, and named as it was last', () => {
    const { openUnitIds, unitNames } = unitsInYear(
      [
        version(unit.kf, 'KF', '2020-01-01', null),
        version(unit.slk, 'Kontoret', '2020-01-01', '2024-12-31'),
        version(unit.eko, 'Ekonomi', '2020-01-01', '2025-03-31'),
        version(unit.eko, 'Ekonomi och styrning', '2025-04-01', '2025-06-30'),
        version(unit.it, 'Digitalisering', '2026-01-01', null),
      ],
      2025,
    );
    expect([...openUnitIds]).toEqual([unit.kf, unit.eko]);
    expect(Object.fromEntries(unitNames)).toEqual({
      [unit.kf]: 'KF',
      [unit.slk]: 'Kontoret',
      [unit.eko]: 'Ekonomi och styrning',
    });
  });
});

describe('the revision of a model', () => {
  test('does not depend on the order things were read in', () => {
    const shuffled = model({
      ...year2024,
      goals: [...year2024.goals].reverse(),
      activities: [...year2024.activities].reverse(),
      targets: [...year2024.targets].reverse(),
    });
    expect(revisionOf(shuffled)).toBe(revisionOf(year2024));
    expect(revisionOf(year2024)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes when a goal, a target or the organisation changes', () => {
    const base = revisionOf(year2024);
    const edited = year2024.goals.map((x) => (x.id === g.c11 ? { ...x, version: 2 } : x));
    expect(revisionOf(model({ ...year2024, goals: edited }))).not.toBe(base);
    const retargeted = [target(i.air, unit.slk, '6'), year2024.targets[1]!];
    expect(revisionOf(model({ ...year2024, targets: retargeted }))).not.toBe(base);
    expect(revisionOf(model({ ...year2024, openUnitIds: new Set([unit.kf]) }))).not.toBe(base);
  });
});
