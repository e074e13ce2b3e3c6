import { describe, expect, test } from 'vitest';
import { yearFile, yearFileFormat, yearFileVersion } from '#contracts/years.exchange.ts';
import {
  fileProblems,
  resolveUnit,
  resolveUnits,
  schemaProblems,
  scopeProblems,
  type UnitOf,
} from './years.exchange.rules.ts';
import { orgUnits, sampleFile, units, uuid } from './years.exchange.testing.ts';

const byId: UnitOf = (ref) => ref.id;
const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
/** Path, code and params: what the web app translates, at the place it shows it. */
const coded = (issues: { path: string; code?: string; params?: object }[]) =>
  issues.map(({ path, code, params }) => ({ path, code, params }));

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
      formatVersion: 5,
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
    expect(issues.find((i) => i.path === 'formatVersion')).toMatchObject({
      code: 'exchange.format_version',
      message: expect.stringContaining(`reads versions 1, 2, 3 and ${yearFileVersion} of`),
    });
  });

  test('a file of another kind is told so', () => {
    const result = yearFile.safeParse({ ...sampleFile(), format: 'something.else' });
    expect(schemaProblems(result.error!)[0]).toMatchObject({
      path: 'format',
      code: 'exchange.not_year_file',
      message: expect.stringContaining(`"${yearFileFormat}": this is not a Rödtråd file`),
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
    const noGoal = (path: string, ref: string) => ({
      path,
      code: 'exchange.unknown_goal',
      params: { ref },
      message: `there is no goal ${ref} in the file: use the ref of one of its goals, or add the goal`,
    });
    expect(fileProblems(file)).toEqual([
      noGoal('goals.2.parents.0', 'g8'),
      noGoal('indicators.0.goals.1', 'g9'),
      {
        path: 'indicators.0.goals.2',
        code: 'followup.listed_twice',
        params: {},
        message: 'is listed twice',
      },
      noGoal('activities.0.goal', 'g7'),
      noGoal('assessments.g6', 'g6'),
    ]);
  });

  test('a ref is used by one goal, indicator or activity only', () => {
    const file = sampleFile((f) => {
      (f.goals as { ref: string }[])[1]!.ref = 'g1';
    });
    expect(fileProblems(file)).toContainEqual({
      path: 'goals.1.ref',
      code: 'exchange.ref_taken',
      params: { ref: 'g1', first: 'goals.0' },
      message: 'is already the ref of goals.0: give each a ref of its own',
    });
  });

  test('a goal stands under goals one level up the cascade', () => {
    const file = sampleFile((f) => {
      (f.goals as { parents: string[] }[])[2]!.parents = ['g1'];
      (f.goals as { parents: string[] }[])[1]!.parents = [];
    });
    expect(coded(fileProblems(file))).toEqual([
      { path: 'goals.1.parents', code: 'followup.needs_parent', params: {} },
      { path: 'goals.2.parents.0', code: 'followup.parent_wrong_level', params: {} },
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
    expect(coded(fileProblems(file))).toEqual([
      { path: 'indicators.0.target.value', code: 'followup.target_required', params: {} },
      {
        path: 'indicators.0.target.councilValue',
        code: 'followup.target_not_allowed',
        params: {},
      },
      { path: 'indicators.0.target.tolerance', code: 'followup.negative', params: {} },
    ]);
  });

  test('outcomes for women and men need an indicator divided by gender', () => {
    const file = sampleFile((f) => {
      (f.indicators as { outcomes: object }[])[0]!.outcomes = {
        VB: { value: '45', women: '20', men: '25' },
      };
    });
    expect(coded(fileProblems(file))).toEqual([
      { path: 'indicators.0.outcomes.VB.women', code: 'exchange.not_gender_split', params: {} },
      { path: 'indicators.0.outcomes.VB.men', code: 'exchange.not_gender_split', params: {} },
    ]);
    const split = sampleFile((f) => {
      const [indicator] = f.indicators as { outcomes: object; genderSplit: boolean }[];
      indicator!.genderSplit = true;
      indicator!.outcomes = { VB: { value: '45', women: '20', men: '25' } };
    });
    expect(fileProblems(split)).toEqual([]);
  });

  test('an outcome marked computed needs the indicator’s formula, and is the annual period’s only', () => {
    const file = sampleFile((f) => {
      (f.indicators as { outcomes: object }[])[0]!.outcomes = {
        T1: { value: '10', computed: true },
        VB: { value: '45', computed: true },
      };
    });
    expect(coded(fileProblems(file))).toEqual([
      {
        path: 'indicators.0.outcomes.T1.computed',
        code: 'exchange.computed_without_formula',
        params: {},
      },
      {
        path: 'indicators.0.outcomes.VB.computed',
        code: 'exchange.computed_without_formula',
        params: {},
      },
    ]);
    const withFormula = sampleFile((f) => {
      const [indicator] = f.indicators as { outcomes: object; formula: object }[];
      indicator!.formula = { kind: 'budget_adherence_before' };
      indicator!.outcomes = {
        T1: { value: '10', computed: true },
        VB: { value: '45', computed: true },
      };
    });
    expect(coded(fileProblems(withFormula))).toEqual([
      {
        path: 'indicators.0.outcomes.T1.computed',
        code: 'exchange.computed_not_annual',
        params: { period: 'T1' },
      },
    ]);
  });

  test('a formula is checked by the formulas’ own schema', () => {
    const file = sampleFile();
    const raw = JSON.parse(JSON.stringify(file)) as { indicators: { formula?: object }[] };
    raw.indicators[0]!.formula = { kind: 'ratio', numerator: { areas: [] } };
    const parsed = yearFile.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(
      paths(schemaProblems(parsed.error!)).every((p) => p.startsWith('indicators.0.formula')),
    ).toBe(true);
  });

  test('outcomes, reports and assessments are for the file’s periods only', () => {
    const file = sampleFile((f) => {
      (f.indicators as { outcomes: object }[])[0]!.outcomes = { T2: { value: '1' } };
      (f.activities as { reports: object }[])[0]!.reports = { M03: {} };
      f.assessments = { g3: { T3: { value: 'helt' } } };
    });
    const noPeriod = (path: string, period: string) => ({
      path,
      code: 'exchange.unknown_period',
      params: { period },
      message: `there is no period ${period} in the file: use the key of one of its periods, or add the period to periods`,
    });
    expect(fileProblems(file)).toEqual([
      noPeriod('indicators.0.outcomes.T2', 'T2'),
      noPeriod('activities.0.reports.M03', 'M03'),
      noPeriod('assessments.g3.T3', 'T3'),
    ]);
  });

  test('an inriktningsmål carries text but no assessment', () => {
    const file = sampleFile((f) => {
      f.assessments = { g1: { VB: { value: 'helt', analysis: 'Bra.' } } };
    });
    expect(fileProblems(file)).toEqual([
      {
        path: 'assessments.g1.VB.value',
        code: 'followup.not_assessed',
        params: {},
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
    expect(coded(fileProblems(file))).toEqual([
      { path: 'periods.0.endsOn', code: 'followup.outside_year', params: { year: '2024' } },
      { path: 'periods.2.key', code: 'followup.listed_twice', params: {} },
      { path: 'activities.0.endsOn', code: 'followup.before_start', params: {} },
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
      problem: {
        code: 'exchange.no_such_unit',
        params: { unit: 'it', date },
        message:
          'there is no unit "it" in the organisation on 2024-12-31: name the unit as it was called then, or open it first (org:open, or a reorganisation)',
      },
    });
    const twins = [...orgUnits, { id: uuid(78), name: 'IT' }];
    expect(resolveUnit(twins, { id: null, name: 'IT' }, date)).toEqual({
      problem: {
        code: 'exchange.unit_ambiguous',
        params: { unit: 'IT', date },
        message: `several units are called "IT" on 2024-12-31; give the unit's id`,
      },
    });
  });

  test('every place naming a missing unit is reported', () => {
    const { unitOf, problems } = resolveUnits(
      sampleFile(),
      orgUnits.filter((u) => u.name !== 'Kommunfullmäktige'),
    );
    const missing = {
      code: 'exchange.no_such_unit',
      params: { unit: 'Kommunfullmäktige', date: '2024-12-31' },
    };
    expect(coded(problems)).toEqual([
      { path: 'goals.0.owner', ...missing },
      { path: 'goals.1.owner', ...missing },
    ]);
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
    const office = { unit: 'Stadsledningskontoret' };
    expect(scopeProblems(file, byId)).toEqual([
      {
        path: 'indicators.0.goals',
        code: 'exchange.indicator_outside_report',
        params: office,
        message:
          "measures none of Stadsledningskontoret's goals or the goals above them: link it to one of them in goals, or leave it out",
      },
      {
        path: 'activities.1.responsible',
        code: 'exchange.not_responsible',
        params: office,
        message:
          'Stadsledningskontoret is neither responsible nor co-responsible for this activity: name Stadsledningskontoret in coResponsible, or leave the activity out',
      },
      {
        path: 'activities.1.coResponsible.1',
        code: 'exchange.co_responsible_twice',
        params: { first: 'coResponsible.0' },
        message: 'is the same unit as coResponsible.0: name each unit once',
      },
      {
        path: 'assessments.g4',
        code: 'exchange.goal_outside_report',
        params: office,
        message:
          "the goal is not in Stadsledningskontoret's report (its own goals and the goals above them): leave its assessment out",
      },
    ]);
  });
});
