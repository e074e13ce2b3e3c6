import { z } from 'zod';
import { direction } from './assessment.ts';
import { id, lastChange, longText, shortText, storable, storedVersion } from './common.ts';
import { indicatorFormulaView, outcomeComputation } from './formulas.ts';
import { year } from './years.ts';

export const indicatorLevels = ['council', 'committee', 'unit'] as const;
export const indicatorLevel = z.enum(indicatorLevels);

/**
 * What a target cell holds: a value, or "tas fram av nämnd" (set by the committee), or
 * "rapporteras i stadens bokslut" (reported in the city's accounts), or nothing.
 */
export const targetKinds = ['value', 'set_by_committee', 'city_accounts', 'none'] as const;
export const targetKind = z.enum(targetKinds);
export type TargetKind = z.infer<typeof targetKind>;

/** Decimal numbers travel as strings ("94.18", "-1") so that no value drifts in binary. */
export const decimal = z
  .string()
  .trim()
  .regex(/^-?\d{1,12}(\.\d{1,6})?$/, {
    error: 'must be a number with a point as decimal sign, e.g. 94.18',
  });

export const indicatorInput = z.strictObject({
  name: shortText(500),
  definition: longText(5_000).default(''),
  /** %, st, kr, mnkr, kWh/kvm, dygn, index … */
  unit: storable(z.string().trim().max(20, { error: 'must be at most 20 characters' })),
  decimals: z.number().int().min(0).max(4),
  direction,
  level: indicatorLevel,
  genderSplit: z.boolean().default(false),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const indicator = indicatorInput.extend({
  id,
  goalIds: z.array(id),
  version: z.number().int(),
  /** set when the outcome is computed from the unit's economy; reporters cannot write it */
  formula: indicatorFormulaView.nullable().optional(),
});
export type Indicator = z.infer<typeof indicator>;

export const targetInput = z.strictObject({
  unitId: id,
  year,
  targetKind,
  target: decimal.nullable(),
  councilTargetKind: targetKind,
  councilTarget: decimal.nullable(),
  /** for an indicator within an interval: the allowed distance from the target (±) */
  tolerance: decimal.nullable().default(null),
});
export type TargetInput = z.infer<typeof targetInput>;

export const target = targetInput.extend({ indicatorId: id });
export type Target = z.infer<typeof target>;

export const outcome = z.object({
  indicatorId: id,
  unitId: id,
  periodId: id,
  value: decimal.nullable(),
  valueWomen: decimal.nullable(),
  valueMen: decimal.nullable(),
  /** the measured period as printed, e.g. "2015" or "VB 2015" */
  periodLabel: z.string().nullable(),
  comment: z.string(),
  ...lastChange,
  /** set when the outcome was computed from the economy (formula text, what was missing) */
  computed: outcomeComputation.nullable().optional(),
});
export type Outcome = z.infer<typeof outcome>;

export const outcomeInput = z.strictObject({
  value: decimal.nullable(),
  valueWomen: decimal.nullable().default(null),
  valueMen: decimal.nullable().default(null),
  periodLabel: shortText(40).nullable().default(null),
  comment: longText(20_000).default(''),
  version: storedVersion(),
});
export type OutcomeInput = z.infer<typeof outcomeInput>;

/**
 * Last year's outcome as this period's report prints it ("Periodens utfall VB <år−1>"), entered
 * where no outcome of last year is stored (a municipality starting with Rödtråd has no history).
 */
export const enteredPreviousOutcome = z.object({
  indicatorId: id,
  unitId: id,
  periodId: id,
  value: decimal.nullable(),
  valueWomen: decimal.nullable(),
  valueMen: decimal.nullable(),
  ...lastChange,
});
export type EnteredPreviousOutcome = z.infer<typeof enteredPreviousOutcome>;

export const enteredPreviousOutcomeInput = z.strictObject({
  value: decimal.nullable(),
  valueWomen: decimal.nullable().default(null),
  valueMen: decimal.nullable().default(null),
  version: storedVersion(),
});
export type EnteredPreviousOutcomeInput = z.infer<typeof enteredPreviousOutcomeInput>;
