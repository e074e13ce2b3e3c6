import { describe, expect, test } from 'vitest';
import type { EnteredPreviousOutcome, Outcome } from '#contracts/indicators.ts';
import { previousOutcomeOf } from './indicators.previous.rules.ts';

const stored = { indicatorId: 'i', unitId: 'u', periodId: 'p', version: 1 };
const changed = { updatedAt: null, updatedByName: null };
const history = (value: string | null, valueWomen: string | null = null): Outcome => ({
  ...stored,
  ...changed,
  value,
  valueWomen,
  valueMen: null,
  periodLabel: null,
  comment: '',
});
const entered = (
  value: string | null,
  valueWomen: string | null = null,
): EnteredPreviousOutcome => ({
  ...stored,
  ...changed,
  value,
  valueWomen,
  valueMen: null,
});

describe('last year’s outcome as a report prints it', () => {
  test('is last year’s stored outcome when it has a value, even if a figure was entered', () => {
    expect(previousOutcomeOf(history('51'), entered('51'))).toMatchObject({
      previousOutcome: '51',
      previousOutcomeSource: 'history',
      previousOutcomeDiffers: false,
    });
  });

  test('is the entered figure when last year has no stored value', () => {
    for (const past of [null, history(null)])
      expect(previousOutcomeOf(past, entered('40'))).toMatchObject({
        previousOutcome: '40',
        previousOutcomeSource: 'entered',
        previousOutcomeDiffers: false,
      });
  });

  test('is nothing, from nowhere, when neither is there', () => {
    expect(previousOutcomeOf(null, null)).toEqual({
      previousOutcome: null,
      previousOutcomeSource: null,
      enteredPreviousOutcome: null,
      previousOutcomeDiffers: false,
    });
  });

  test('is flagged when an entered figure (total, women or men) differs from the stored one', () => {
    expect(previousOutcomeOf(history('51'), entered('50')).previousOutcomeDiffers).toBe(true);
    expect(previousOutcomeOf(history('51', '30'), entered('51', '31')).previousOutcomeDiffers).toBe(
      true,
    );
    // a figure left empty when entering says nothing against the stored one
    expect(previousOutcomeOf(history('51', '30'), entered('51')).previousOutcomeDiffers).toBe(
      false,
    );
  });
});
