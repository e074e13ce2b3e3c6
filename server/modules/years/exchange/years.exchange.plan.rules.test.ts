import { describe, expect, test } from 'vitest';
import { planImport, type Existing } from './years.exchange.plan.rules.ts';
import type { UnitOf } from './years.exchange.rules.ts';
import {
  sampleFile,
  storedActivity,
  storedGoal,
  storedIndicator,
  units,
  uuid,
} from './years.exchange.testing.ts';

const byId: UnitOf = (ref) => ref.id;
const nothing: Existing = { goals: [], indicators: [], activities: [] };
/** KF's goals of 2024 as another unit's import left them. */
const kfGoals = [
  storedGoal(uuid(10), 'direction', '1', 'Ett hållbart Testby', units.kf.id),
  storedGoal(uuid(11), 'council', '1.1', 'Luften är ren', units.kf.id, [uuid(10)]),
];

describe('planning an import', () => {
  test('into an empty year, everything is created', () => {
    const { plan, problems } = planImport(sampleFile(), byId, nothing);
    expect(problems).toEqual([]);
    expect(plan).toEqual({
      goals: [null, null, null],
      indicators: [{ existingId: null, link: ['g2'] }],
      activities: [null],
    });
  });

  test('the goals above the unit that are there already are used, not made again', () => {
    const { plan, problems } = planImport(sampleFile(), byId, { ...nothing, goals: kfGoals });
    expect(problems).toEqual([]);
    expect(plan.goals).toEqual([uuid(10), uuid(11), null]);
  });

  test('an indicator that is there measuring the same goal is used, and linked to new goals', () => {
    const file = sampleFile((f) => {
      (f.indicators as { goals: string[] }[])[0]!.goals = ['g2', 'g3'];
    });
    const indicator = storedIndicator(uuid(20), [uuid(11)], 'Antal dygn över normvärdet');
    const { plan } = planImport(file, byId, {
      ...nothing,
      goals: kfGoals,
      indicators: [indicator],
    });
    expect(plan.indicators).toEqual([{ existingId: uuid(20), link: ['g3'] }]);
    const renamed = { ...indicator, name: 'Dygn över normen' };
    expect(
      planImport(file, byId, { ...nothing, goals: kfGoals, indicators: [renamed] }).plan.indicators,
    ).toEqual([{ existingId: null, link: ['g2', 'g3'] }]);
  });

  test('an indicator that is there keeps its formula: a file with another one is a conflict', () => {
    const adherence = { kind: 'budget_adherence_before' } as const;
    const computed = {
      ...storedIndicator(uuid(20), [uuid(11)], 'Antal dygn över normvärdet'),
      formula: { definition: adherence, text: 'nettoutfall / nettobudget' },
    };
    const withFormula = (formula: object) =>
      sampleFile((f) => {
        const [indicator] = f.indicators as { formula: object; outcomes: object }[];
        indicator!.formula = formula;
        indicator!.outcomes = { VB: { value: '45', computed: true } };
      });
    const existing = { ...nothing, goals: kfGoals, indicators: [computed] };
    expect(planImport(withFormula(adherence), byId, existing).problems).toEqual([]);
    const other = planImport(withFormula({ kind: 'budget_adherence_after' }), byId, existing);
    expect(other.plan.indicators[0]!.existingId).toBe(uuid(20));
    const typedHere = { ...existing, indicators: [{ ...computed, formula: null }] };
    for (const { problems } of [other, planImport(withFormula(adherence), byId, typedHere)])
      expect(problems).toEqual([
        expect.objectContaining({
          path: 'indicators.0.formula',
          code: 'exchange.formula_differs',
          params: { indicator: 'Antal dygn över normvärdet', year: '2024' },
        }),
      ]);
  });

  test('a typed outcome of an indicator computed here, from a file that does not know it, is a problem at its place', () => {
    const computed = {
      ...storedIndicator(uuid(20), [uuid(11)], 'Antal dygn över normvärdet'),
      formula: { definition: { kind: 'budget_adherence_before' as const }, text: 'nettoutfall' },
    };
    const { plan, problems } = planImport(sampleFile(), byId, {
      ...nothing,
      goals: kfGoals,
      indicators: [computed],
    });
    expect(plan.indicators[0]!.existingId).toBe(uuid(20));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'indicators.0.outcomes.VB',
        code: 'exchange.outcome_computed',
        params: { indicator: 'Antal dygn över normvärdet', formula: 'nettoutfall' },
      }),
    ]);
  });

  test('the same nämndmål text under two KF goals is two goals, each matched under its own parent', () => {
    const file = sampleFile((f) => {
      const goals = f.goals as Record<string, unknown>[];
      goals.splice(2, 0, { ...goals[1], ref: 'g2b', number: '1.2', title: 'Vattnet är rent' });
      goals.push({ ...goals[3], ref: 'g3b', parents: ['g2b'] });
    });
    const existing = [
      ...kfGoals,
      storedGoal(uuid(12), 'council', '1.2', 'Vattnet är rent', units.kf.id, [uuid(10)]),
      storedGoal(uuid(14), 'committee', null, 'Kontoret minskar sina utsläpp', units.slk.id, [
        uuid(12),
      ]),
      storedGoal(uuid(13), 'committee', null, 'Kontoret minskar sina utsläpp', units.slk.id, [
        uuid(11),
      ]),
    ];
    const { plan, problems } = planImport(file, byId, { ...nothing, goals: existing });
    expect(problems).toEqual([]);
    expect(plan.goals).toEqual([uuid(10), uuid(11), uuid(12), uuid(13), uuid(14)]);
  });

  test('a KF goal with the same number under other words is a conflict, not a second goal', () => {
    const reworded = [kfGoals[0]!, { ...kfGoals[1]!, title: 'Luften ska vara ren' }];
    const { problems } = planImport(sampleFile(), byId, { ...nothing, goals: reworded });
    expect(problems).toEqual([
      {
        path: 'goals.1',
        code: 'exchange.numbered_goal_differs',
        params: {
          unit: 'Kommunfullmäktige',
          level: 'council',
          number: '1.1',
          year: '2024',
          there: 'Luften ska vara ren',
          differences: 'title',
        },
        message: `Kommunfullmäktige's council goal 1.1 is already in 2024, but its title ("Luften ska vara ren") differs from the file's; an import does not change what is there: make the file say what is there, or change it in the app`,
      },
    ]);
  });

  test('a KF goal with the same number under another goal above names every difference', () => {
    const moved = [
      kfGoals[0]!,
      storedGoal(uuid(16), 'direction', '2', 'En trygg stad', units.kf.id),
      { ...kfGoals[1]!, title: 'Luften ska vara ren', parentIds: [uuid(16)] },
    ];
    const [problem] = planImport(sampleFile(), byId, { ...nothing, goals: moved }).problems;
    expect(problem).toMatchObject({
      path: 'goals.1',
      code: 'exchange.numbered_goal_differs',
      params: { differences: 'title,parents', there: 'Luften ska vara ren' },
      message: expect.stringContaining('its title ("Luften ska vara ren") and parent goals differ'),
    });
  });

  test('a goal that is there with another description is a conflict', () => {
    const described = [{ ...kfGoals[0]!, description: 'Om Testby.' }, kfGoals[1]!];
    const { problems } = planImport(sampleFile(), byId, { ...nothing, goals: described });
    expect(problems).toEqual([
      {
        path: 'goals.0',
        code: 'exchange.goal_differs',
        params: {
          unit: 'Kommunfullmäktige',
          goal: 'Ett hållbart Testby',
          year: '2024',
          differences: 'description',
        },
        message: `Kommunfullmäktige's goal "Ett hållbart Testby" is already in 2024, but its description differs from the file's; an import does not change what is there: make the file say what is there, or change it in the app`,
      },
    ]);
  });

  test('goals and activities of the unit that the file lacks make the import refuse', () => {
    const { problems } = planImport(sampleFile(), byId, {
      goals: [
        ...kfGoals,
        storedGoal(uuid(15), 'committee', null, 'Ett annat mål', units.slk.id, [uuid(11)]),
      ],
      indicators: [],
      activities: [storedActivity(uuid(30), { title: 'En annan aktivitet' })],
    });
    expect(problems).toMatchObject([
      {
        path: 'goals',
        code: 'exchange.unit_has_other_goals',
        params: { unit: 'Stadsledningskontoret', year: '2024', count: 1, example: 'Ett annat mål' },
      },
      {
        path: 'activities',
        code: 'exchange.unit_has_other_activities',
        params: {
          unit: 'Stadsledningskontoret',
          year: '2024',
          count: 1,
          example: 'En annan aktivitet',
        },
      },
    ]);
    expect(problems[0]!.message).toMatch(/already has 1 goal in 2024 that the file does not have/);
  });

  test('an activity shared with the unit that is there is used; with other dates it is a conflict', () => {
    const file = sampleFile((f) => {
      const [activity] = f.activities as Record<string, unknown>[];
      activity!.responsible = units.it;
      activity!.coResponsible = [units.slk];
      activity!.goal = 'g2';
    });
    const shared = storedActivity(uuid(31), {
      goalId: uuid(11),
      responsibleUnitId: units.it.id,
      coResponsibleUnitIds: [units.slk.id],
    });
    const existing = { ...nothing, goals: kfGoals, activities: [shared] };
    expect(planImport(file, byId, existing)).toMatchObject({
      plan: { activities: [uuid(31)] },
      problems: [],
    });
    const moved = { ...existing, activities: [{ ...shared, endsOn: '2025-06-30' }] };
    expect(planImport(file, byId, moved).problems).toEqual([
      {
        path: 'activities.0',
        code: 'exchange.activity_differs',
        params: { activity: 'Byt till elbilar', year: '2024', differences: 'dates' },
        message: `The activity "Byt till elbilar" is already in 2024, but its dates differ from the file's; an import does not change what is there: make the file say what is there, or change it in the app`,
      },
    ]);
  });
});
