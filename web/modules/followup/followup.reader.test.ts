import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import type { ReportGoal } from '#contracts/followup.ts';
import { sv } from '#web/i18n/sv.ts';
import { readerAssessment, readerSentences, type Translate } from './followup.reader.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { sv: { translation: sv } }, lng: 'sv' });
const t = i18n.t.bind(i18n) as unknown as Translate;

const goal = (over: {
  assessed?: boolean;
  value?: 'helt' | 'delvis' | 'inte' | null;
  suggestion?: 'helt' | 'delvis' | 'inte' | null;
  justification?: string;
}) =>
  ({
    assessed: over.assessed ?? true,
    assessment:
      over.value === undefined
        ? null
        : { value: over.value, analysis: 'Analys.', justification: over.justification ?? '' },
    suggestion: { suggestion: over.suggestion ?? null, score: null, reasons: [], ruleVersion: 1 },
    needsJustification: false,
  }) as unknown as ReportGoal;

describe('a reader is told what the committee judged and what the evidence shows', () => {
  test('a more positive assessment reads as both, with the reason, and no prompt', () => {
    const reader = readerAssessment(
      goal({ value: 'helt', suggestion: 'delvis', justification: ' Trenden är bättre. ' }),
    )!;
    expect(reader.differs).toBe(true);
    expect(readerSentences(reader, t)).toEqual([
      'Nämnden bedömer: helt.',
      'Underlaget pekar på: delvis.',
      'Motivering: Trenden är bättre.',
    ]);
  });

  test('a missing reason is left out, not flagged as an error', () => {
    const sentences = readerSentences(
      readerAssessment(goal({ value: 'helt', suggestion: 'inte' }))!,
      t,
    );
    expect(sentences).toEqual(['Nämnden bedömer: helt.', 'Underlaget pekar på: inte.']);
    expect(sentences.join(' ')).not.toMatch(/kan inte markeras|Motivera den/);
  });

  test('no assessment and no evidence are said plainly', () => {
    expect(readerSentences(readerAssessment(goal({}))!, t)).toEqual([
      'Nämnden har inte bedömt målet ännu.',
      'Underlaget räcker inte för ett förslag.',
    ]);
  });

  test('a goal not assessed at its level has no assessment lines', () => {
    expect(readerAssessment(goal({ assessed: false, value: null }))).toBeNull();
  });
});
