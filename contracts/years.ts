import { z } from 'zod';
import { id, isoDate, shortText } from './common.ts';

/** A budget year (budgetår) and its reporting periods (tertial 1, tertial 2, VB …). */
export const periodKinds = ['tertial', 'interim', 'month', 'annual'] as const;
export const periodKind = z.enum(periodKinds);
export type PeriodKind = z.infer<typeof periodKind>;

export const year = z
  .number({ error: 'must be a year' })
  .int({ error: 'must be a whole year' })
  .min(1900, { error: 'must be between 1900 and 2199' })
  .max(2199, { error: 'must be between 1900 and 2199' });

/** A period key is short and stable: T1, T2, VB, M03, D1 … */
export const periodKey = z
  .string()
  .trim()
  .regex(/^[A-ZÅÄÖ0-9]{1,8}$/u, { error: 'must be 1–8 capital letters or digits, e.g. T1 or VB' });

export const periodInput = z.strictObject({
  key: periodKey,
  name: shortText(100),
  kind: periodKind,
  startsOn: isoDate,
  endsOn: isoDate,
  deadline: isoDate.nullable().default(null),
});
export type PeriodInput = z.infer<typeof periodInput>;

export const period = z.object({
  id,
  yearId: id,
  year,
  key: z.string(),
  name: z.string(),
  kind: periodKind,
  startsOn: z.string(),
  endsOn: z.string(),
  deadline: z.string().nullable(),
  position: z.number().int(),
});
export type Period = z.infer<typeof period>;

export const budgetYear = z.object({
  id,
  year,
  periods: z.array(period),
});
export type BudgetYear = z.infer<typeof budgetYear>;

export const createYearInput = z.strictObject({
  year,
  /** omitted: the default tertial 1, tertial 2 and annual report (VB) */
  periods: z.array(periodInput).min(1).max(24).optional(),
});
export type CreateYearInput = z.infer<typeof createYearInput>;

export const yearsResponse = z.object({ years: z.array(budgetYear) });
