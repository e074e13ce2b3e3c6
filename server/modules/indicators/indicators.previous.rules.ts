import type { EnteredPreviousOutcome, Outcome } from '#contracts/indicators.ts';
import type { PreviousOutcomeSource } from '#contracts/followup.ts';

/** Last year's outcome as a report prints it, and where it comes from. */
export type PreviousOutcomeView = {
  previousOutcome: string | null;
  previousOutcomeSource: PreviousOutcomeSource | null;
  enteredPreviousOutcome: EnteredPreviousOutcome | null;
  previousOutcomeDiffers: boolean;
};

const figures = ['value', 'valueWomen', 'valueMen'] as const;

/**
 * "Periodens utfall VB <år−1>": last year's stored outcome of the same period when it has a
 * value (`history`), else the figure entered on this period's report (`entered`). When both
 * are there and a figure entered differs from the stored one, the report flags it: one of them
 * is wrong, and only a person can say which.
 */
export function previousOutcomeOf(
  history: Outcome | null,
  entered: EnteredPreviousOutcome | null,
): PreviousOutcomeView {
  const fromHistory = history !== null && history.value !== null;
  const fromEntered = entered !== null && entered.value !== null;
  const differs =
    fromHistory &&
    entered !== null &&
    figures.some((f) => entered[f] !== null && entered[f] !== history[f]);
  return {
    previousOutcome: fromHistory ? history.value : fromEntered ? entered.value : null,
    previousOutcomeSource: fromHistory ? 'history' : fromEntered ? 'entered' : null,
    enteredPreviousOutcome: entered,
    previousOutcomeDiffers: differs,
  };
}
