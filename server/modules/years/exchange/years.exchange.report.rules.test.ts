import { describe, expect, test } from 'vitest';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import { defaultTemplate } from '../../reports/reports.defaults.ts';
import { fileProblems, reportRefsOf } from './years.exchange.rules.ts';
import {
  chapterProblems,
  levelProblems,
  missingAttachments,
} from './years.exchange.report.rules.ts';
import { sampleFile, units } from './years.exchange.testing.ts';

const unitOf = (ref: { id: string | null }) => ref.id;
const sha = (c: string) => c.repeat(64);

describe('the goal levels of a file (version 3)', () => {
  test('a file of a tenant without the vision level checks its cascade against that model', () => {
    const noVision = {
      ...defaultGoalLevelSettings,
      vision: { ...defaultGoalLevelSettings.vision, inUse: false },
    };
    expect(fileProblems(sampleFile((f) => (f.levels = noVision)))).toEqual([]);
    const file = sampleFile((f) => {
      f.levels = noVision;
      (f.goals as object[]).push({
        ref: 'g9',
        level: 'vision',
        title: 'Visionen',
        owner: units.kf,
      });
    });
    expect(fileProblems(file)).toEqual([
      expect.objectContaining({ path: 'goals.3.level', code: 'goals.level_not_in_use' }),
    ]);
  });

  test('assessments follow the file’s levels: a council goal not assessed there is not assessed', () => {
    const file = sampleFile((f) => {
      f.levels = {
        ...defaultGoalLevelSettings,
        council: { ...defaultGoalLevelSettings.council, assessed: false },
      };
    });
    expect(fileProblems(file)).toEqual([
      expect.objectContaining({ path: 'assessments.g2.VB.value', code: 'followup.not_assessed' }),
    ]);
  });

  test('an indicator on a goal of a level that carries no indicators is refused, saying what to change', () => {
    const onDirection = sampleFile((f) => {
      (f.indicators as { goals: string[] }[])[0]!.goals = ['g2', 'g1'];
    });
    expect(fileProblems(onDirection)).toEqual([
      {
        path: 'indicators.0.goals.1',
        code: 'exchange.level_carries_no_indicators',
        params: { goal: 'g1', name: 'Inriktningsmål', year: '2024' },
        message:
          "g1 is a goal of the level Inriktningsmål, which carries no indicators in 2024: link the indicator to a goal of a level with indicators in goals, or change the year's goal levels here first (carriesIndicators)",
      },
    ]);
    const councilCarriesNone = sampleFile((f) => {
      f.levels = {
        ...defaultGoalLevelSettings,
        council: { ...defaultGoalLevelSettings.council, carriesIndicators: false },
      };
    });
    expect(fileProblems(councilCarriesNone).map((i) => [i.path, i.code])).toEqual([
      ['indicators.0.goals.0', 'exchange.level_carries_no_indicators'],
    ]);
  });

  test('levels that decide otherwise than the year’s here are refused per field, names aside', () => {
    const here = {
      ...defaultGoalLevelSettings,
      unit: { ...defaultGoalLevelSettings.unit, assessed: false, name: 'Enhetens mål' },
    };
    expect(levelProblems(sampleFile(), here)).toEqual([
      expect.objectContaining({
        path: 'levels.unit.assessed',
        code: 'exchange.levels_differ',
        message:
          "is false for unit in 2024 here: change it to false, or change the year's goal levels here first",
      }),
    ]);
    expect(levelProblems(sampleFile(), null)).toEqual([]);
  });
});

describe('goals assigned to the unit (version 3)', () => {
  test('a council goal assigned to the unit puts it and its indicators in the unit’s report', () => {
    const file = sampleFile((f) => {
      f.goals = [
        ...(f.goals as object[]),
        {
          ref: 'g4',
          level: 'council',
          number: '1.2',
          title: 'Kollektivt',
          owner: units.kf,
          parents: ['g1'],
        },
      ];
      f.assignedGoals = ['g4'];
    });
    expect(fileProblems(file)).toEqual([]);
    expect(reportRefsOf(file, unitOf, units.slk.id!).has('g4')).toBe(true);
    expect(reportRefsOf({ ...file, assignedGoals: [] }, unitOf, units.slk.id!).has('g4')).toBe(
      false,
    );
  });

  test('only a goal of the file at the level above the committees’ can be assigned, once', () => {
    const file = sampleFile((f) => (f.assignedGoals = ['g3', 'g2', 'g2', 'g8']));
    expect(fileProblems(file).map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      {
        path: 'assignedGoals.0',
        code: 'exchange.assign_wrong_level',
        message:
          'g3 is a committee goal; only a council goal can be assigned to a unit: remove it from assignedGoals',
      },
      { path: 'assignedGoals.2', code: 'followup.listed_twice', message: 'is listed twice' },
      {
        path: 'assignedGoals.3',
        code: 'exchange.unknown_goal',
        message:
          'there is no goal g8 in the file: use the ref of one of its goals, or add the goal',
      },
    ]);
  });
});

describe('the report’s chapters in a file (version 3)', () => {
  test('a text goes to a chapter with a text in the template of its period, named by key', () => {
    const file = sampleFile((f) => {
      f.chapters = {
        VB: { ovrigt: 'Inget.', ekonomi: 'Tabeller.', okand: 'x' },
        Q9: { ovrigt: '' },
      };
    });
    expect(fileProblems(file)).toEqual([
      expect.objectContaining({ path: 'chapters.Q9', code: 'exchange.unknown_period' }),
    ]);
    const problems = chapterProblems(file, defaultTemplate);
    expect(problems.map((p) => p.path)).toEqual(['chapters.VB.okand']);
    expect(problems[0]!.message).toMatch(
      /^the report template of VB has no chapter okand with a text; use one of .*ovrigt.*, or add the chapter to the template first$/,
    );
  });

  test('an import names the listed attachments the unit’s report does not have', () => {
    const file = sampleFile((f) => {
      f.attachments = {
        VB: [
          { name: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: sha('a') },
          { name: 'b.pdf', contentType: 'application/pdf', size: 20, sha256: sha('b') },
        ],
      };
    });
    const here = (key: string) => (key === 'VB' ? [{ sha256: sha('a') }] : []);
    expect(missingAttachments(file, here)).toEqual([
      { period: 'VB', name: 'b.pdf', sha256: sha('b') },
    ]);
  });
});
