import { describe, expect, test } from 'vitest';
import { yearFileInput } from '#contracts/years.exchange.ts';
import { fileProblems, schemaProblems } from './years.exchange.rules.ts';
import { sampleFile } from './years.exchange.testing.ts';

/** Version 2 of the file carries last year's outcomes as entered; version 1 files are still read. */
const version1 = (change: (file: Record<string, unknown>) => void = () => {}) => {
  const file = JSON.parse(JSON.stringify(sampleFile())) as Record<string, unknown>;
  file.formatVersion = 1;
  change(file);
  return file;
};
const firstIndicator = (file: Record<string, unknown>) =>
  (file.indicators as Record<string, unknown>[])[0]!;

describe('reading the versions of the format', () => {
  test('a version 1 file is read as the same file in version 2, with no entered previous-year outcomes', () => {
    const read = yearFileInput.parse(version1());
    expect(read).toEqual(sampleFile());
    expect(read.formatVersion).toBe(2);
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
