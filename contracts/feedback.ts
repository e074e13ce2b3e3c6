import { z } from 'zod';
import { id, lastChange, longText, shortText, storedVersion } from './common.ts';
import { year } from './years.ts';

/**
 * Complaints and suggestions (synpunkter och klagomål) and customer or user surveys
 * (kund- och brukarundersökningar) of a unit's year: counts by kind, category and channel, the
 * themes and actions as text, and each survey with how its "satisfied" share is counted.
 */

/** klagomål, positiva synpunkter (beröm), förbättringsförslag */
export const feedbackKinds = ['complaint', 'praise', 'suggestion'] as const;
export const feedbackKind = z.enum(feedbackKinds);
export type FeedbackKind = z.infer<typeof feedbackKind>;

const count = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must not be negative' })
  .max(99_999_999, { error: 'must be below a hundred million' });
const percent = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must be between 0 and 100' })
  .max(100, { error: 'must be between 0 and 100' });

export const feedbackCount = z.strictObject({
  kind: feedbackKind,
  /** what it is about (e.g. "Bemötande", "Handläggningstid") */
  category: shortText(100),
  /** how it came in (e.g. "Tyck till", "e-post", "telefon") */
  channel: shortText(100),
  count,
});
export type FeedbackCount = z.infer<typeof feedbackCount>;

export const survey = z.strictObject({
  name: shortText(200),
  /** the share counted as satisfied, in percent */
  satisfiedShare: percent.nullable().default(null),
  respondents: count.nullable().default(null),
  responseRate: percent.nullable().default(null),
  /** e.g. "1–5", "1–10" */
  scale: shortText(50),
  /** how "satisfied" is counted, e.g. "8–10 på en tiogradig skala" */
  satisfiedMeans: shortText(200),
});
export type Survey = z.infer<typeof survey>;

const distinct =
  (
    keyOf: (item: { kind?: string; category?: string; channel?: string; name?: string }) => string,
  ) =>
  (list: readonly { kind?: string; category?: string; channel?: string; name?: string }[]) =>
    new Set(list.map(keyOf)).size === list.length;

export const feedbackYear = z.strictObject({
  counts: z
    .array(feedbackCount)
    .max(200)
    .refine(
      distinct((c) => `${c.kind}|${c.category}|${c.channel}`),
      {
        error: 'must not name the same kind, category and channel twice',
      },
    )
    .default([]),
  themes: longText(8_000).default(''),
  actions: longText(8_000).default(''),
  surveys: z
    .array(survey)
    .max(50)
    .refine(
      distinct((s) => s.name ?? ''),
      { error: 'must not name the same survey twice' },
    )
    .default([]),
});
export type FeedbackYear = z.infer<typeof feedbackYear>;

export const feedbackInput = feedbackYear.extend({ version: storedVersion() });
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackParams = z.strictObject({ unitId: id, year: z.coerce.number().pipe(year) });

export const feedbackTotals = z.object({
  complaint: z.number().int(),
  praise: z.number().int(),
  suggestion: z.number().int(),
  /** klagomål + positiva + förbättringsförslag (R-S1) */
  total: z.number().int(),
  byChannel: z.array(z.object({ channel: z.string(), count: z.number().int() })),
  byCategory: z.array(
    z.object({ category: z.string(), kind: feedbackKind, count: z.number().int() }),
  ),
});
export type FeedbackTotals = z.infer<typeof feedbackTotals>;

export const feedbackYearView = z.object({
  year: z.number().int(),
  feedback: feedbackYear.nullable(),
  totals: feedbackTotals.nullable(),
  ...lastChange,
});

export const feedbackView = z.object({
  unit: z.object({ id, name: z.string() }),
  current: feedbackYearView,
  previous: feedbackYearView,
  /** per survey of this year: the change of its satisfied share in percentage points (R-S2) */
  surveyChanges: z.array(z.object({ name: z.string(), points: z.number().nullable() })),
  may: z.object({ write: z.boolean() }),
});
export type FeedbackView = z.infer<typeof feedbackView>;

/**
 * What an indicator's formula can take from a unit's feedback (contracts/formulas.ts); the
 * survey sources name their survey.
 */
export const feedbackSources = [
  'feedback.complaints',
  'feedback.praise',
  'feedback.suggestions',
  'feedback.total',
  'feedback.survey.satisfied',
  'feedback.survey.responseRate',
] as const;
export const feedbackSource = z.enum(feedbackSources);
export type FeedbackSource = z.infer<typeof feedbackSource>;

/** The feedback file of a year (docs/feedback.md): `dryRun=true` checks it and writes nothing. */
export const feedbackImportQuery = z.strictObject({
  year: z.coerce.number().pipe(year),
  dryRun: z.enum(['true', 'false']).optional(),
});
export const feedbackImportResult = z.object({
  year: z.number().int(),
  dryRun: z.boolean(),
  /** each unit the file names, with how many count rows and surveys it gives (null: none) */
  units: z.array(
    z.object({
      id,
      name: z.string(),
      counts: z.number().int().nullable(),
      surveys: z.number().int().nullable(),
    }),
  ),
});
export type FeedbackImportResult = z.infer<typeof feedbackImportResult>;

export const feedbackYearParams = z.strictObject({ year: z.coerce.number().pipe(year) });
/** `part` chooses the sheet of a CSV file (one sheet per file); Excel has both. */
export const feedbackExportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  part: z.enum(['counts', 'surveys']).default('counts'),
});
