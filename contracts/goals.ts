import { z } from 'zod';
import { assessmentValue } from './assessment.ts';
import { id, lastChange, longText, shortText, storedVersion } from './common.ts';
import { year } from './years.ts';

/**
 * The goal cascade of a budget year: vision → inriktningsmål (direction) → KF:s mål för
 * verksamhetsområdet (council) → nämndmål (committee) → enhetsmål (unit).
 */
export const goalLevels = ['vision', 'direction', 'council', 'committee', 'unit'] as const;
export const goalLevel = z.enum(goalLevels);
export type GoalLevel = z.infer<typeof goalLevel>;

/** The level a goal's parents must have; a vision has none. */
export const parentLevelOf: Record<GoalLevel, GoalLevel | null> = {
  vision: null,
  direction: 'vision',
  council: 'direction',
  committee: 'council',
  unit: 'committee',
};

export const goalNumber = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,3}){0,3}$/, { error: 'must be a number such as 1 or 1.5' });

export const goal = z.object({
  id,
  year,
  level: goalLevel,
  number: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  /** the unit that owns the goal: the council for council goals, a committee for its goals */
  ownerUnitId: id,
  ownerUnitName: z.string().nullable(),
  /** the heading as printed in reports, e.g. "Nämndmål:" */
  heading: z.string().nullable(),
  parentIds: z.array(id),
  /** the goal of the year before that this one continues (renamed or renumbered) */
  previousGoalId: id.nullable(),
  position: z.number().int(),
  version: z.number().int(),
});
export type Goal = z.infer<typeof goal>;

/** A goal's writable fields without defaults: a change writes only the keys it sends. */
const goalFields = {
  number: goalNumber.nullable(),
  title: shortText(500),
  description: longText(20_000),
  ownerUnitId: id,
  heading: shortText(100).nullable(),
  parentIds: z.array(id).max(20),
  previousGoalId: id.nullable(),
};

export const goalInput = z.strictObject({
  year,
  level: goalLevel,
  ...goalFields,
  number: goalFields.number.default(null),
  description: goalFields.description.default(''),
  heading: goalFields.heading.default(null),
  parentIds: goalFields.parentIds.default([]),
  previousGoalId: goalFields.previousGoalId.default(null),
});
export type GoalInput = z.infer<typeof goalInput>;

// Not goalInput.partial(): zod 4 applies a default even to an optional key, which made a
// change of the title alone wipe the number, heading, description and predecessor.
export const goalUpdateInput = z
  .strictObject(goalFields)
  .partial()
  .extend({ version: storedVersion(1) });
export type GoalUpdateInput = z.infer<typeof goalUpdateInput>;

export const goalsQuery = z.strictObject({
  year: z.coerce.number().pipe(year),
  ownerUnitId: id.optional(),
});

export const goalsResponse = z.object({ goals: z.array(goal) });

/** A goal's written assessment for a unit and period (helt / delvis / inte, with analysis). */
export const goalAssessment = z.object({
  goalId: id,
  unitId: id,
  periodId: id,
  value: assessmentValue.nullable(),
  analysis: z.string(),
  /** why the written assessment is more positive than the evidence, when it is */
  justification: z.string(),
  ...lastChange,
});
export type GoalAssessment = z.infer<typeof goalAssessment>;

export const goalAssessmentInput = z.strictObject({
  value: assessmentValue.nullable(),
  analysis: longText(20_000),
  justification: longText(5_000).default(''),
  /** the version the writer started from; 0 when there was none */
  version: storedVersion(),
});
export type GoalAssessmentInput = z.infer<typeof goalAssessmentInput>;
