import { describe, expect, test } from 'vitest';
import { formatScore, reasonMessage } from './followup.reasons.ts';

describe('reasons are translated by code with their params', () => {
  test('goal 2.3 of 2015: one of two indicators met, a score of 50 between the thresholds', () => {
    expect(reasonMessage({ code: 'indicators_met', params: { met: 1, total: 2 } })).toEqual({
      key: 'followup.reasons.indicators_met',
      values: { met: 1, total: 2, count: 2 },
    });
    expect(
      reasonMessage({
        code: 'score_between_thresholds',
        params: { score: 50, helt: 90, inte: 50 },
      }),
    ).toEqual({
      key: 'followup.reasons.score_between_thresholds',
      values: { score: '50', helt: '90', inte: '50' },
    });
  });

  test('percentages are written with a decimal comma in Swedish and a point in English', () => {
    const reason = { code: 'score_below_inte' as const, params: { score: 33.3, threshold: 50 } };
    expect(reasonMessage(reason).values.score).toBe('33,3');
    expect(reasonMessage(reason, 'en').values.score).toBe('33.3');
  });

  test('counts of sub-goals stay numbers (helt and inte are counts there, not thresholds)', () => {
    expect(
      reasonMessage({
        code: 'child_goals_assessed',
        params: { helt: 1, delvis: 2, inte: 0, total: 3 },
      }).values,
    ).toEqual({ helt: 1, delvis: 2, inte: 0, total: 3, count: 3 });
  });

  test('a missed indicator counts its misses for the plural', () => {
    expect(
      reasonMessage({ code: 'missed_indicator_prevents_helt', params: { score: 92.3, missed: 1 } })
        .values,
    ).toEqual({ score: '92,3', missed: 1, count: 1 });
  });

  test('reasons with a count keep it; a reason without params has none', () => {
    expect(reasonMessage({ code: 'activities_delayed', params: { count: 2 } }).values).toEqual({
      count: 2,
    });
    expect(reasonMessage({ code: 'no_evidence', params: {} }).values).toEqual({});
  });

  test('a score of 0..1 is shown as a percentage with one decimal', () => {
    expect(formatScore(0.5)).toBe('50\u00a0%');
    expect(formatScore(9 / 13)).toBe('69,2\u00a0%');
    expect(formatScore(13 / 21, 'en')).toBe('61.9\u00a0%');
  });
});
