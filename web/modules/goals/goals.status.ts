import { assessmentValues, type AssessmentValue } from '#contracts/assessment.ts';
import type { GoalStatus } from '#contracts/goals.status.ts';

/** The statuses by goal, for the tree to look each goal up. */
export const statusesByGoal = (statuses: readonly GoalStatus[]): Map<string, GoalStatus> =>
  new Map(statuses.map((status) => [status.goalId, status]));

export type StatusParts = {
  /** the owner's judgement (null: not reported); absent when the owner's report is not read */
  own?: AssessmentValue | null;
  /** the other units' judgements in the roll-up's order (helt, delvis, inte, not reported) */
  others?: { value: AssessmentValue | null; count: number }[];
  othersTotal?: number;
};

/**
 * What the tree says of a goal: its owner's written assessment when the owner's report is read,
 * and how the other units judge it (the counts the roll-up gives) when any does; nothing when
 * neither is known (a unit the reader may not read, or nothing published).
 */
export function statusParts(status: GoalStatus | undefined): StatusParts | null {
  if (!status) return null;
  const parts: StatusParts = {};
  if (status.ownerRead && (status.value !== null || status.others === null))
    parts.own = status.value;
  if (status.others) {
    const { total, ...counts } = status.others;
    const notReported = total - counts.helt - counts.delvis - counts.inte;
    parts.others = [
      ...assessmentValues.map((value) => ({ value, count: counts[value] })),
      { value: null, count: notReported },
    ].filter((part) => part.count > 0);
    parts.othersTotal = total;
  }
  return parts.own === undefined && !parts.others ? null : parts;
}
