import { z } from 'zod';
import { activityKind } from './activities.ts';
import { fieldIssue, id, isoDate, shortText } from './common.ts';
import { goalLevel, goalNumber } from './goals.ts';
import { target } from './indicators.ts';
import { periodInput, year } from './years.ts';

/**
 * The year rollover (årsskifte): a budget year's whole model (goals, their links, indicator
 * links, targets, activities) copied to the next year in one step, previewed first. Goals and
 * activities are named by their id in the year rolled from; each new goal and activity points
 * back to its source (previousGoalId, previousActivityId), so that history follows them (R-G6).
 */

const dropAlone = (mapping: { drop?: true }, ctx: z.RefinementCtx) => {
  if (mapping.drop && Object.keys(mapping).length > 1)
    ctx.addIssue({ code: 'custom', path: ['drop'], message: 'a dropped item takes nothing else' });
};

/** What becomes of one goal; omitted: copied as it is. */
export const rolloverGoalMapping = z
  .strictObject({
    drop: z.literal(true).optional(),
    /** null: unnumbered in the new year (nämndmål usually are) */
    number: goalNumber.nullable().optional(),
    title: shortText(500).optional(),
    /** the owner in the new year, e.g. the successor of a committee closed at the year's turn */
    ownerUnitId: id.optional(),
  })
  .superRefine(dropAlone);
export type RolloverGoalMapping = z.infer<typeof rolloverGoalMapping>;

/**
 * What becomes of one activity; omitted: copied if it runs into the new year. `endsOn` extends
 * (or shortens) it, and brings along one that would otherwise end in the year rolled from.
 */
export const rolloverActivityMapping = z
  .strictObject({
    drop: z.literal(true).optional(),
    endsOn: isoDate.optional(),
    responsibleUnitId: id.optional(),
  })
  .superRefine(dropAlone);

export const rolloverInput = z
  .strictObject({
    fromYear: year,
    toYear: year,
    /** the preview's `revision`: when given, the rollover is refused if the model changed since */
    revision: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'must be a preview’s revision' })
      .optional(),
    goals: z.record(id, rolloverGoalMapping).default({}),
    activities: z.record(id, rolloverActivityMapping).default({}),
    /** copy each unit's targets (årsmål, KF:s årsmål) to the new year */
    carryTargets: z.boolean(),
  })
  .refine((input) => input.toYear === input.fromYear + 1, {
    path: ['toYear'],
    error: 'must be the year after fromYear',
  });
export type RolloverInput = z.infer<typeof rolloverInput>;

const goalFace = z.object({ number: z.string().nullable(), title: z.string(), ownerUnitId: id });

export const rolloverGoal = z.object({
  fromGoalId: id,
  level: goalLevel,
  from: goalFace,
  /** null: dropped, not copied */
  to: goalFace.nullable(),
  /** what the mapping changes */
  changes: z.array(z.enum(['number', 'title', 'owner'])),
});
export type RolloverGoal = z.infer<typeof rolloverGoal>;

/** A goal's link to a goal above it, in the year rolled from's ids. */
export const rolloverLink = z.object({ goalId: id, parentGoalId: id, copied: z.boolean() });
export type RolloverLink = z.infer<typeof rolloverLink>;

export const rolloverIndicatorLink = z.object({
  indicatorId: id,
  indicatorName: z.string(),
  goalId: id,
  position: z.number().int(),
  copied: z.boolean(),
});
export type RolloverIndicatorLink = z.infer<typeof rolloverIndicatorLink>;

/**
 * Why a target is not copied: not asked for, its indicator measures no copied goal, its unit is
 * closed in the new year, or the new year already has one (it is kept).
 */
export const targetSkips = ['not_asked', 'indicator_left', 'unit_closed', 'exists'] as const;
export const rolloverTarget = target.extend({
  copied: z.boolean(),
  skipped: z.enum(targetSkips).nullable(),
});
export type RolloverTarget = z.infer<typeof rolloverTarget>;

/** runs_on: it runs into the new year; extended: its end was moved; ended, dropped: left behind. */
export const activityReasons = ['runs_on', 'extended', 'ended', 'dropped'] as const;
export const rolloverActivity = z.object({
  fromActivityId: id,
  kind: activityKind,
  title: z.string(),
  /** in the year rolled from's ids */
  goalId: id.nullable(),
  responsibleUnitId: id,
  coResponsibleUnitIds: z.array(id),
  startsOn: z.string(),
  fromEndsOn: z.string(),
  endsOn: z.string(),
  copied: z.boolean(),
  reason: z.enum(activityReasons),
});
export type RolloverActivity = z.infer<typeof rolloverActivity>;

export const rolloverPreview = z.object({
  fromYear: year,
  toYear: year,
  /** a digest of the year rolled from's model; pass it back to roll over what was previewed */
  revision: z.string(),
  /** the new year's periods: the defaults, or the periods it already has (created: false) */
  periods: z.object({ created: z.boolean(), periods: z.array(periodInput) }),
  goals: z.array(rolloverGoal),
  links: z.array(rolloverLink),
  indicatorLinks: z.array(rolloverIndicatorLink),
  targets: z.array(rolloverTarget),
  activities: z.array(rolloverActivity),
  /** the names of the units named above, as of the new year */
  unitNames: z.record(id, z.string()),
  /** what must be fixed in the mapping (or the model) before the rollover can be made */
  problems: z.array(fieldIssue),
});
export type RolloverPreview = z.infer<typeof rolloverPreview>;

export const rolloverResult = z.object({
  fromYear: year,
  toYear: year,
  yearId: id,
  goals: z.array(z.object({ fromGoalId: id, toGoalId: id })),
  activities: z.array(z.object({ fromActivityId: id, toActivityId: id })),
  created: z.object({
    periods: z.number().int(),
    goals: z.number().int(),
    links: z.number().int(),
    indicatorLinks: z.number().int(),
    targets: z.number().int(),
    activities: z.number().int(),
  }),
});
export type RolloverResult = z.infer<typeof rolloverResult>;

/** One version of a goal: the same goal in another budget year, perhaps renumbered or retitled. */
export const goalVersion = z.object({
  goalId: id,
  year,
  level: goalLevel,
  number: z.string().nullable(),
  title: z.string(),
  previousGoalId: id.nullable(),
});

export const goalHistory = z.object({
  goalId: id,
  /** oldest year first; a goal split in a later year shows each successor */
  versions: z.array(goalVersion),
});
export type GoalHistory = z.infer<typeof goalHistory>;
