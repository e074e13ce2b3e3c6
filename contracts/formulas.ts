import { z } from 'zod';
import { shortText } from './common.ts';
import { displayUnit, lineKind, periodCode } from './economy.ts';
import { feedbackSource } from './feedback.ts';
import { indexKey, staffSource } from './hr.ts';

/**
 * A council or committee indicator whose outcome is computed from a unit's economy for the year
 * (issue #4 item 3; docs/economy-formulas.md, "Computed indicators"). The language is a small
 * tree, never evaluated as code: the three council indicators by name, or a ratio or difference
 * of two operands, each the sum of one column of one kind of line over named areas.
 */

/** budget = the adjusted budget, else the original (as the deviations compare, R-E12) */
export const formulaColumns = [
  'budget',
  'original_budget',
  'adjusted_budget',
  'outcome',
  'previous_year_outcome',
  'forecast',
] as const;
export const formulaColumn = z.enum(formulaColumns);
export type FormulaColumn = z.infer<typeof formulaColumn>;

/** Summa drift: every operating area, "Varav" sub-rows left out (as the table's total). */
export const OPERATING_TOTAL = 'operating_total';

export const formulaOperand = z
  .strictObject({
    /** area names as in the unit's table, or "operating_total" for Summa drift */
    areas: z.union([
      z.literal(OPERATING_TOTAL),
      z
        .array(shortText(200))
        .min(1, { error: 'must name at least one area' })
        .max(20, { error: 'must name at most 20 areas' })
        .refine((names) => new Set(names).size === names.length, {
          error: 'must not name an area twice',
        }),
    ]),
    kind: lineKind,
    column: formulaColumn,
    /** the forecast period (T1, T2 …) when the column is "forecast"; otherwise null */
    period: periodCode.nullable().default(null),
  })
  .superRefine((operand, context) => {
    if (operand.column === 'forecast' && operand.period === null)
      context.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'must name the forecast period (e.g. T2) when the column is forecast',
      });
    if (operand.column !== 'forecast' && operand.period !== null)
      context.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'must be null unless the column is forecast',
      });
  });
export type FormulaOperand = z.infer<typeof formulaOperand>;

export const indicatorFormula = z.discriminatedUnion('kind', [
  /** Nämndens budgetföljsamhet före resultatöverföringar: net outcome / net budget, in % */
  z.strictObject({ kind: z.literal('budget_adherence_before') }),
  /** … efter resultatöverföringar: (net outcome + Σ closing − opening fund) / net budget, in % */
  z.strictObject({ kind: z.literal('budget_adherence_after') }),
  /** Nämndens prognossäkerhet T2: (full-year forecast of the period − net outcome) / net budget */
  z.strictObject({ kind: z.literal('forecast_accuracy'), period: periodCode.default('T2') }),
  /** numerator / denominator, in percent (× 100) or as a plain ratio */
  z.strictObject({
    kind: z.literal('ratio'),
    numerator: formulaOperand,
    denominator: formulaOperand,
    percent: z.boolean().default(true),
  }),
  /** minuend − subtrahend, in kr, tkr or mnkr */
  z.strictObject({
    kind: z.literal('difference'),
    minuend: formulaOperand,
    subtrahend: formulaOperand,
    unit: displayUnit.default('mnkr'),
  }),
  /** a staff key figure of the unit's subtree (docs/staff-figures.md); `index` for hr.index */
  z.strictObject({
    kind: z.literal('staff'),
    source: staffSource,
    index: indexKey.nullable().default(null),
  }),
  /** a count or survey figure of the unit's feedback; `survey` names the survey */
  z.strictObject({
    kind: z.literal('feedback'),
    source: feedbackSource,
    survey: shortText(200).nullable().default(null),
  }),
]);
export type IndicatorFormula = z.infer<typeof indicatorFormula>;

/** PUT /api/indicators/:id/formula; null makes the indicator reported by hand again. */
export const indicatorFormulaInput = z.strictObject({ formula: indicatorFormula.nullable() });
export type IndicatorFormulaInput = z.infer<typeof indicatorFormulaInput>;

/** An indicator's formula with its text, as the API shows it beside the indicator. */
export const indicatorFormulaView = z.object({
  definition: indicatorFormula,
  /** in Swedish, e.g. "nettoutfall / nettobudget (Summa drift)" */
  text: z.string(),
});

/** What a computed outcome was computed with, stored beside it. */
export const outcomeComputation = z.object({
  /** the formula's text when it was computed */
  formula: z.string(),
  /** what was missing for a value, in Swedish words (empty when there is a value) */
  missing: z.array(z.string()),
  computedAt: z.string(),
});
export type OutcomeComputation = z.infer<typeof outcomeComputation>;
