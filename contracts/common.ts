import { z } from 'zod';
import { checkMessages, firstDate, lastDate } from './issues.ts';

/** Dates are ISO calendar dates (YYYY-MM-DD); governance dates live between 1900 and 2199. */
export const isoDate = z.iso
  .date({ error: 'must be a date in the form YYYY-MM-DD' })
  .refine((value) => value >= firstDate && value <= lastDate, {
    error: `must be between ${firstDate} and ${lastDate}`,
    params: { code: 'date_out_of_range', min: firstDate, max: lastDate },
  });

export const id = z.uuid({ error: checkMessages.invalid_id });

/**
 * NUL and a lone half of a surrogate pair cannot be stored as UTF-8 text (PostgreSQL refuses
 * them), so every text a user writes is refused with them, at the field, before it reaches the
 * database.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (value: string): boolean =>
  !value.includes('\u0000') && !loneSurrogate.test(value);

/** The same check on a text schema of its own (a unit, a decision reference, a query). */
export const storable = <T extends z.ZodType<string | null | undefined>>(schema: T) =>
  schema.refine((value) => typeof value !== 'string' || isStorableText(value), {
    error: checkMessages.invalid_characters,
  });

/** A short single-line text such as a name. */
export const shortText = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine(isStorableText, { error: checkMessages.invalid_characters });

export const longText = (max = 20_000) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .refine(isStorableText, { error: checkMessages.invalid_characters });

/**
 * The version (or revision) a writer started from. Stored in an integer column, so anything
 * from 2^31 up is refused here rather than by the database.
 */
export const maxVersion = 2_147_483_647;
export const storedVersion = (min = 0) => z.number().int().min(min).max(maxVersion);

/** A written row's version and its last change, as a view shows them beside the row. */
export const lastChange = {
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
};

export const idParams = z.strictObject({ id });

/** Every error leaves the API in this shape; `code` is stable and translated by the web app. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/**
 * One item of `details` for validation errors: the path of the field and what is wrong, in
 * English (`message`) and as a stable `code` with the `params` its text needs, which the web
 * app translates (the codes are listed in issues.ts).
 */
export const fieldIssue = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  version: z.string(),
});
