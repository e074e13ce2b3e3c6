import { describe, expect, test } from 'vitest';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import { yearFileInput } from '#contracts/years.exchange.ts';
import { fileProblems, schemaProblems } from './years.exchange.rules.ts';
import { sampleFile } from './years.exchange.testing.ts';

/**
 * Version 2 of the file carries last year's outcomes as entered, version 3 the year's goal
 * levels, assigned goals and the report's chapters; files of versions 1 and 2 are still read.
 */
const older = (version: 1 | 2, change: (file: Record<string, unknown>) => void = () => {}) => {
  const file = JSON.parse(JSON.stringify(sampleFile())) as Record<string, unknown>;
  for (const field of [
    'levels',
    'assignedGoals',
    'chapters',
    'attachments',
    'internalControl',
    'staffFigures',
    'feedback',
  ])
    delete file[field];
  file.formatVersion = version;
  change(file);
  return file;
};
const version1 = (change?: (file: Record<string, unknown>) => void) => older(1, change);
const firstIndicator = (file: Record<string, unknown>) =>
  (file.indicators as Record<string, unknown>[])[0]!;

describe('reading the versions of the format', () => {
  test('a version 1 file is read as the same file in version 3, with no entered previous-year outcomes', () => {
    const read = yearFileInput.parse(version1());
    expect(read).toEqual(sampleFile());
    expect(read.formatVersion).toBe(4);
    expect(read.indicators.every((i) => i.previousOutcomes === undefined)).toBe(true);
  });

  test('a version 1 file that carries previous-year outcomes is refused there, saying what to change', () => {
    const result = yearFileInput.safeParse(
      version1((f) => {
        firstIndicator(f).previousOutcomes = { VB: { value: '51' } };
      }),
    );
    expect(schemaProblems(result.error!)).toEqual([
      expect.objectContaining({
        path: 'indicators.0.previousOutcomes',
        code: 'exchange.version_1_previous_outcomes',
        message: expect.stringContaining('set formatVersion to 2'),
      }),
    ]);
  });

  test('a version 2 file is read as version 3 with the default goal levels and nothing assigned', () => {
    const read = yearFileInput.parse(older(2));
    expect(read).toEqual(sampleFile());
    expect(read).toMatchObject({
      formatVersion: 4,
      levels: defaultGoalLevelSettings,
      assignedGoals: [],
      chapters: {},
      attachments: {},
    });
  });

  test('a version 2 file that carries goal levels or chapters is refused there, saying what to change', () => {
    const result = yearFileInput.safeParse(
      older(2, (f) => {
        f.levels = defaultGoalLevelSettings;
        f.chapters = { VB: { ovrigt: 'Text' } };
      }),
    );
    expect(schemaProblems(result.error!)).toEqual([
      expect.objectContaining({
        path: 'levels',
        code: 'exchange.version_3_field',
        message: expect.stringContaining('set formatVersion to 3'),
      }),
      expect.objectContaining({ path: 'chapters', code: 'exchange.version_3_field' }),
    ]);
  });

  test('a version 3 file without its goal levels is told to give them', () => {
    const result = yearFileInput.safeParse({ ...older(2), formatVersion: 3 });
    expect(schemaProblems(result.error!).map((i) => i.path)).toEqual(['levels']);
  });

  test('a version 2 file carries them, women and men filled in as empty', () => {
    const read = yearFileInput.parse(
      sampleFile((f) => {
        firstIndicator(f).previousOutcomes = { VB: { value: '51' } };
      }),
    );
    expect(read.indicators[0]!.previousOutcomes).toEqual({
      VB: { value: '51', women: null, men: null },
    });
  });
});

describe('previous-year outcomes in a file', () => {
  test('are for the file’s periods, and for women and men only when the indicator is divided so', () => {
    const file = sampleFile((f) => {
      firstIndicator(f).previousOutcomes = {
        Q9: { value: '1' },
        VB: { value: '51', women: '25', men: null },
      };
    });
    expect(fileProblems(file).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'indicators.0.previousOutcomes.Q9', code: 'exchange.unknown_period' },
      { path: 'indicators.0.previousOutcomes.VB.women', code: 'exchange.not_gender_split' },
    ]);
  });
});
