import { z } from 'zod';
import { assessmentValue, indicatorStatus } from './assessment.ts';
import { id } from './common.ts';
import { areaKind, displayUnit, money } from './economy.ts';
import { goalLevel } from './goals.ts';
import { decimal } from './indicators.ts';
import { periodKey } from './years.ts';

/**
 * Cost and quality side by side (issue #4 item 7; the evaluation in seeds/001 asks for it): each
 * area of activity of a unit's economy with its net cost, the goals and indicators it serves,
 * and a cost per output where an indicator counts the area's output.
 */

export const efficiencyQuery = z.strictObject({
  /** the period whose outcomes are shown; VB (the annual report) by default */
  period: periodKey.default('VB'),
});

/** PUT …/efficiency/areas/:areaId/links: the area's goals and indicators, replaced as a whole. */
export const areaLinksInput = z.strictObject({
  goalIds: z
    .array(id)
    .max(50, { error: 'must be at most 50 goals' })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: 'must not name the same goal twice',
    })
    .default([]),
  indicators: z
    .array(
      z.strictObject({
        indicatorId: id,
        /** the indicator counts what the area produces (cases handled, places …) */
        countsOutput: z.boolean().default(false),
      }),
    )
    .max(50, { error: 'must be at most 50 indicators' })
    .refine((list) => new Set(list.map((i) => i.indicatorId)).size === list.length, {
      error: 'must not name the same indicator twice',
    })
    .default([]),
});
export type AreaLinksInput = z.infer<typeof areaLinksInput>;
export const areaLinks = z.object({
  areaId: id,
  goalIds: z.array(id),
  indicators: z.array(z.object({ indicatorId: id, countsOutput: z.boolean() })),
});
export type AreaLinks = z.infer<typeof areaLinks>;

/** Net cost per unit of output: kronor (two decimals), or why there is none. */
export const costPerOutput = z.object({
  value: money.nullable(),
  /** "kr per st", "kr per ärende" … after the indicator's unit */
  unit: z.string(),
  missing: z.string().nullable(),
});
export type CostPerOutput = z.infer<typeof costPerOutput>;

export const efficiencyGoal = z.object({
  goalId: id,
  number: z.string().nullable(),
  title: z.string(),
  level: goalLevel,
  /** the unit's written assessment for the period */
  assessment: assessmentValue.nullable(),
  /** the suggestion from the evidence under the published rules */
  suggestion: assessmentValue.nullable(),
});

export const efficiencyIndicator = z.object({
  indicatorId: id,
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  outcome: decimal.nullable(),
  target: decimal.nullable(),
  status: indicatorStatus,
  computed: z.boolean(),
  countsOutput: z.boolean(),
  costPerOutput: costPerOutput.nullable(),
});

export const efficiencyArea = z.object({
  id,
  name: z.string(),
  kind: areaKind,
  partOf: id.nullable(),
  /** net cost (nettokostnad): the budget compared with (adjusted, else original) */
  netBudget: money.nullable(),
  /** the year's net outcome, or for a forecast period its full-year forecast */
  netActual: money.nullable(),
  goals: z.array(efficiencyGoal),
  indicators: z.array(efficiencyIndicator),
});
export type EfficiencyArea = z.infer<typeof efficiencyArea>;

export const efficiencyView = z.object({
  unit: z.object({ id, name: z.string() }),
  year: z.number().int(),
  period: z.object({ id, key: z.string(), name: z.string() }),
  /** what netActual is: the outcome (annual period) or the period's full-year forecast */
  basis: z.enum(['outcome', 'forecast']),
  /** how the unit's table shows money */
  display: z.object({ unit: displayUnit, decimals: z.number().int() }),
  areas: z.array(efficiencyArea),
  /** what an area can be linked to: the goals and indicators of the unit's report */
  choices: z.object({
    goals: z.array(z.object({ id, number: z.string().nullable(), title: z.string() })),
    indicators: z.array(z.object({ id, name: z.string(), unit: z.string() })),
  }),
  may: z.object({ link: z.boolean() }),
});
export type EfficiencyView = z.infer<typeof efficiencyView>;
