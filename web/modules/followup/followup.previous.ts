/** Copying a goal's texts from the period before (issue #12: nothing typed is lost). */

type Ordered = { id: string; yearId: string; position: number };

/** The period before `current` in the same year (T1 for T2, T2 for VB), or null for the first. */
export function previousPeriodIn<P extends Ordered>(periods: readonly P[], current: Ordered) {
  return periods
    .filter((p) => p.yearId === current.yearId && p.position < current.position)
    .reduce<P | null>((best, p) => (best === null || p.position > best.position ? p : best), null);
}

export type GoalTexts = { value: string | null; analysis: string; justification: string };

const empty = (text: string | null) => (text ?? '').trim() === '';

/** Whether a goal has anything to copy. */
export const hasTexts = (texts: GoalTexts | null): texts is GoalTexts =>
  texts !== null && !(empty(texts.value) && empty(texts.analysis) && empty(texts.justification));

/**
 * The previous period's texts, into the empty fields only (the whole report's copy): the fields
 * to set, or null when nothing would change.
 */
export function copyIntoEmpty(current: GoalTexts, previous: GoalTexts): Partial<GoalTexts> | null {
  const patch: Partial<GoalTexts> = {};
  if (empty(current.value) && !empty(previous.value)) patch.value = previous.value;
  if (empty(current.analysis) && !empty(previous.analysis)) patch.analysis = previous.analysis;
  if (empty(current.justification) && !empty(previous.justification))
    patch.justification = previous.justification;
  return Object.keys(patch).length > 0 ? patch : null;
}
