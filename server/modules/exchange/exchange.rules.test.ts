import { describe, expect, test } from 'vitest';
import { yearFile } from '#contracts/exchange.ts';
import {
  fileProblems,
  resolveUnit,
  resolveUnits,
  schemaProblems,
  scopeProblems,
  type UnitOf,
} from './exchange.rules.ts';
import { orgUnits, sampleFile, units, uuid } from './exchange.testing.ts';

const byId: UnitOf = (ref) => ref.id;
const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
/** Path and message only: some reused rules add a code for the web app's translation. */
const said = (issues: { path: string; message: string }[]) =>
  issues.map(({ path, message }) => ({ path, message }));

describe('the shape of a year file', () => {
  test('a well-formed file parses, with the empty fields filled in', () => {
    const file = sampleFile();
    expect(file.goals[0]).toMatchObject({ description: '', heading: null, parents: [] });
    expect(file.indicators[0]!.target).toMatchObject({ value: '7', councilValue: null });
    expect(file.indicators[0]!.outcomes.VB).toMatchObject({ women: null, men: null });
  });

  test('every problem of shape is reported with its path, all at once', () => {
    const result = yearFile.safeParse({
      ...sampleFile(),
      formatVersion: 2,
      goals: [{ ...sampleFile().goals[0]!, title: 'x'.repeat(501), colour: 'red' }],
      indicators: [
        {
          ...sampleFile().indicators[0]!,
          outcomes: { VB: { value: '12,5' }, 'not a key': { value: '1' } },
        },
      ],
    });
    expect(result.success).toBe(false);
    const issues = schemaProblems(result.error!);
    expect(paths(issues)).toEqual(
      expect.arrayContaining([
        'formatVersion',
        'goals.0.title',
        'goals.0',
        'indicators.0.outcomes.VB.value',
        'indicators.0.outcomes.not a key',
      ]),
    );
    expect(issues.find((i) => i.path === 'goals.0.title')).toMatchObject({
      code: 'too_long',
      params: { max: 500 },
    });
    expect(issues.find((i) => i.path === 'formatVersion')?.message).toMatch(/reads version 1/);
  });

  test('a file of another kind is told so', () => {
    const result = yearFile.safeParse({ ...sampleFile(), format: 'something.else' });
    expect(schemaProblems(result.error!)[0]).toMatchObject({
      path: 'format',
      message: expect.stringMatching(/not a Rödtråd file/),
    });
  });
});

describe('the file on its own', () => {
  test('a consistent file has no problems', () => {
    expect(fileProblems(sampleFile())).toEqual([]);
  });

  test('refs that point at nothing are reported where they are used', () => {
    const file = sampleFile((f) => {
      const [indicator] = f.indicators as { goals: string[] }[];
      indicator!.goals = ['g2', 'g9', 'g2'];
      (f.activities as { goal: string }[])[0]!.goal = 'g7';
      (f.goals as { parents: string[] }[])[2]!.parents = ['g8'];
      f.assessments = { g6: { VB: { value: 'helt' } } };
    });
    expect(said(fileProblems(file))).toEqual([
      { path: 'goals.2.parents.0', message: 'there is no goal g8' },
      { path: 'indicators.0.goals.1', message: 'there is no goal g9' },
      { path: 'indicators.0.goals.2', message: 'is listed twice' },
      { path: 'activities.0.goal', message: 'there is no goal g7' },
      { path: 'assessments.g6', message: 'there is no goal g6' },
    ]);
  });

  test('a ref is used by one goal, indicator or activity only', () => {
    const file = sampleFile((f) => {
      (f.goals as { ref: string }[])[1]!.ref = 'g1';
    });
    expect(said(fileProblems(file))).toContainEqual({
      path: 'goals.1.ref',
      message: 'is already the ref of goals.0',
    });
  });

  test('a goal stands under goals one level up the cascade', () => {
    const file = sampleFile((f) => {
      (f.goals as { parents: string[] }[])[2]!.parents = ['g1'];
      (f.goals as { parents: string[] }[])[1]!.parents = [];
    });
    expect(said(fileProblems(file))).toEqual([
      {
        path: 'goals.1.parents',
        message: 'a council goal needs at least one direction goal above it',
      },
      { path: 'goals.2.parents.0', message: 'must be a council goal, not a direction goal' },
    ]);
  });

  test('a target holds a value exactly when its kind is a value, and no negative tolerance', () => {
    const file = sampleFile((f) => {
      (f.indicators as { target: object }[])[0]!.target = {
        kind: 'value',
        councilKind: 'city_accounts',
        councilValue: '3',
        tolerance: '-1',
      };
    });
    expect(said(fileProblems(file))).toEqual([
      { path: 'indicators.0.target.value', message: 'must be given when the target is a value' },
      {
        path: 'indicators.0.target.councilValue',
        message: 'must be empty unless the target is a value',
      },
      { path: 'indicators.0.target.tolerance', message: 'must not be negative' },
    ]);
  });

  test('outcomes for women and men need an indicator divided by gender', () => {
    const file = sampleFile((f) => {
      (f.indicators as { outcomes: object }[])[0]!.outcomes = {
        VB: { value: '45', women: '20', men: '25' },
      };
    });
    expect(paths(fileProblems(file))).toEqual([
      'indicators.0.outcomes.VB.women',
      'indicators.0.outcomes.VB.men',
    ]);
    const split = sampleFile((f) => {
      const [indicator] = f.indicators as { outcomes: object; genderSplit: boolean }[];
      indicator!.genderSplit = true;
      indicator!.outcomes = { VB: { value: '45', women: '20', men: '25' } };
    });
    expect(fileProblems(split)).toEqual([]);
  });

  test('outcomes, reports and assessments are for the file’s periods only', () => {
    const file = sampleFile((f) => {
      (f.indicators as { outcomes: object }[])[0]!.outcomes = { T2: { value: '1' } };
      (f.activities as { reports: object }[])[0]!.reports = { M03: {} };
      f.assessments = { g3: { T3: { value: 'helt' } } };
    });
    expect(said(fileProblems(file))).toEqual([
      { path: 'indicators.0.outcomes.T2', message: 'there is no period T2 in the file' },
      { path: 'activities.0.reports.M03', message: 'there is no period M03 in the file' },
      { path: 'assessments.g3.T3', message: 'there is no period T3 in the file' },
    ]);
  });

  test('an inriktningsmål carries text but no assessment', () => {
    const file = sampleFile((f) => {
      f.assessments = { g1: { VB: { value: 'helt', analysis: 'Bra.' } } };
    });
    expect(said(fileProblems(file))).toEqual([
      {
        path: 'assessments.g1.VB.value',
        message: 'a direction goal is not assessed; leave the value empty',
      },
    ]);
  });

  test('periods lie in the year, in order, each key once; activities end after they start', () => {
    const file = sampleFile((f) => {
      const periods = f.periods as { key: string; endsOn: string }[];
      periods.push({ ...periods[0]! });
      periods[0]!.endsOn = '2025-04-30';
      (f.activities as { endsOn: string }[])[0]!.endsOn = '2023-12-31';
    });
    expect(said(fileProblems(file))).toEqual([
      { path: 'periods.0.endsOn', message: 'must be in 2024' },
      { path: 'periods.2.key', message: 'is used twice' },
      { path: 'activities.0.endsOn', message: 'must not be before startsOn' },
    ]);
  });
});

describe('finding the file’s units', () => {
  const date = '2024-12-31';

  test('a unit is found by its id in this tenant, whatever the file calls it', () => {
    expect(resolveUnit(orgUnits, { id: units.it.id, name: 'Gamla IT' }, date)).toEqual({
      id: units.it.id,
    });
  });

  test('a unit of another tenant is found by its exact name', () => {
    expect(resolveUnit(orgUnits, { id: uuid(77), name: 'IT' }, date)).toEqual({
      id: units.it.id,
    });
    expect(resolveUnit(orgUnits, { id: null, name: 'IT' }, date)).toEqual({ id: units.it.id });
  });

  test('a name that fits no unit, or several, is a problem', () => {
    expect(resolveUnit(orgUnits, { id: null, name: 'it' }, date)).toEqual({
      problem: 'there is no unit "it" in the organisation on 2024-12-31',
    });
    const twins = [...orgUnits, { id: uuid(78), name: 'IT' }];
    expect(resolveUnit(twins, { id: null, name: 'IT' }, date)).toEqual({
      problem: `several units are called "IT" on 2024-12-31; give the unit's id`,
    });
  });

  test('every place naming a missing unit is reported', () => {
    const { unitOf, problems } = resolveUnits(
      sampleFile(),
      orgUnits.filter((u) => u.name !== 'Kommunfullmäktige'),
    );
    expect(paths(problems)).toEqual(['goals.0.owner', 'goals.1.owner']);
    expect(unitOf(units.kf)).toBeNull();
    expect(unitOf(units.slk)).toBe(units.slk.id);
  });
});

describe('what belongs to the unit’s year', () => {
  test('the sample is all the office’s', () => {
    expect(scopeProblems(sampleFile(), byId)).toEqual([]);
  });

  test('indicators, activities and assessments outside the unit’s report are problems', () => {
    const file = sampleFile((f) => {
      const goals = f.goals as object[];
      goals.push({
        ref: 'g4',
        level: 'committee',
        title: 'IT:s mål',
        owner: units.it,
        parents: ['g2'],
      });
      (f.indicators as { goals: string[] }[])[0]!.goals = ['g4'];
      (f.activities as object[]).push({
        ref: 'a2',
        kind: 'committee_activity',
        title: 'IT:s egen aktivitet',
        responsible: units.it,
        coResponsible: [units.kf, units.kf],
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
      });
      f.assessments = { g4: { VB: { value: 'helt' } } };
    });
    expect(scopeProblems(file, byId)).toEqual([
      {
        path: 'indicators.0.goals',
        message: "measures none of Stadsledningskontoret's goals or the goals above them",
      },
      {
        path: 'activities.1.responsible',
        message:
          'Stadsledningskontoret is neither responsible nor co-responsible for this activity',
      },
      { path: 'activities.1.coResponsible.1', message: 'is the same unit as coResponsible.0' },
      {
        path: 'assessments.g4',
        message:
          "the goal is not in Stadsledningskontoret's report (its own goals and the goals above them)",
      },
    ]);
  });
});
