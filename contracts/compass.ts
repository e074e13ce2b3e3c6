import { z } from 'zod';
import { activityStatus } from './assessment.ts';
import { id, longText, shortText } from './common.ts';
import { year } from './years.ts';

/**
 * Kommunkompassen (SKR's evaluation model): an evaluation of the municipality with 8 areas
 * (huvudområden), their sub-areas (delområden) with achieved and maximum points, and each area's
 * strengths (Styrkor) and improvement points (Förbättringsmöjligheter). What a report printed is
 * stored beside what the points give, so that printed figures that do not add up are flagged.
 */

export const pointKinds = ['strength', 'improvement'] as const;
export const pointKind = z.enum(pointKinds);
export type PointKind = z.infer<typeof pointKind>;

/** The month the evaluation was made (the report gives no day): "2021-02". */
export const evaluationMonth = z
  .string()
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, { error: 'must be a month in the form YYYY-MM' });

const points = z.number().int().min(0).max(1_000);

export const subAreaInput = z.strictObject({
  /** "4.2" */
  no: z.string().regex(/^[1-9]\d?\.\d{1,2}$/, { error: 'must be a number such as 4.2' }),
  name: shortText(300),
  achieved: points,
  max: z.number().int().min(1).max(1_000),
  printedPercent: z.number().int().min(0).max(100).nullable(),
});
export type SubAreaInput = z.infer<typeof subAreaInput>;

export const pointInput = z.strictObject({ kind: pointKind, text: shortText(1_000) });

export const areaInput = z.strictObject({
  no: z.number().int().min(1).max(20),
  name: shortText(300),
  /** the detailed section's heading when it differs from the table's ("Samspel mellan …") */
  sectionName: z.string().max(300).default(''),
  printedAchieved: points.nullable(),
  printedMax: points.nullable(),
  printedPercent: z.number().int().min(0).max(100).nullable(),
  /** the points the detailed section's "Rubriker / Poäng" box prints; null where it prints none */
  sectionPoints: points.nullable(),
  subAreas: z.array(subAreaInput).min(1).max(20),
  points: z.array(pointInput).max(100).default([]),
});
export type AreaInput = z.infer<typeof areaInput>;

export const evaluationInput = z.strictObject({
  heldIn: evaluationMonth,
  /** the municipality's n:th evaluation (2 = the second) */
  ordinal: z.number().int().min(1).max(100).nullable(),
  modelVersion: z.string().max(200).default(''),
  interviewees: longText(2_000).default(''),
  notes: longText(10_000).default(''),
  areas: z.array(areaInput).min(1).max(20),
});
export type EvaluationInput = z.infer<typeof evaluationInput>;

export const mismatchKinds = [
  'sub_area_percent',
  'area_points',
  'area_max',
  'area_percent',
  'section_points',
] as const;
export const mismatch = z.object({
  kind: z.enum(mismatchKinds),
  areaNo: z.number().int(),
  subAreaNo: z.string().nullable(),
  printed: z.number(),
  computed: z.number(),
});
export type Mismatch = z.infer<typeof mismatch>;

const score = z.object({ achieved: z.number(), max: z.number(), percent: z.number().nullable() });
export type Score = z.infer<typeof score>;

export const linkedActivity = z.object({
  id,
  title: z.string(),
  year: z.number().int(),
  unitId: id,
  unitName: z.string(),
  status: activityStatus.nullable(),
});

export const evaluationSummary = z.object({
  id,
  heldIn: z.string(),
  ordinal: z.number().int().nullable(),
  total: score,
});
export type EvaluationSummary = z.infer<typeof evaluationSummary>;

const difference = z.object({
  before: score.nullable(),
  after: score.nullable(),
  points: z.number().nullable(),
  percentPoints: z.number().nullable(),
});
export const comparison = z.object({
  earlier: evaluationSummary,
  total: difference,
  areas: z.array(
    difference.extend({
      no: z.number().int(),
      name: z.string(),
      subAreas: z.array(difference.extend({ no: z.string(), name: z.string() })),
    }),
  ),
});
export type Comparison = z.infer<typeof comparison>;

export const evaluationView = z.object({
  id,
  heldIn: z.string(),
  ordinal: z.number().int().nullable(),
  modelVersion: z.string(),
  interviewees: z.string(),
  notes: z.string(),
  total: score,
  areas: z.array(
    z.object({
      no: z.number().int(),
      name: z.string(),
      sectionName: z.string(),
      printedAchieved: z.number().int().nullable(),
      printedMax: z.number().int().nullable(),
      printedPercent: z.number().int().nullable(),
      sectionPoints: z.number().int().nullable(),
      score,
      subAreas: z.array(
        z.object({
          no: z.string(),
          name: z.string(),
          achieved: z.number().int(),
          max: z.number().int(),
          printedPercent: z.number().int().nullable(),
          percent: z.number(),
        }),
      ),
      points: z.array(
        z.object({
          id,
          kind: pointKind,
          text: z.string(),
          activity: linkedActivity.nullable(),
        }),
      ),
    }),
  ),
  mismatches: z.array(mismatch),
  strongest: z.array(z.number().int()),
  weakest: z.array(z.number().int()),
  comparison: comparison.nullable(),
  may: z.object({ edit: z.boolean() }),
});
export type EvaluationView = z.infer<typeof evaluationView>;

export const makeActivityInput = z.strictObject({ responsibleUnitId: id, year });
export type MakeActivityInput = z.infer<typeof makeActivityInput>;

export const compassImportQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional(),
});
export const compassImportResult = z.object({
  dryRun: z.boolean(),
  id: id.nullable(),
  heldIn: z.string(),
  areas: z.number().int(),
  subAreas: z.number().int(),
  points: z.number().int(),
});
export type CompassImportResult = z.infer<typeof compassImportResult>;
