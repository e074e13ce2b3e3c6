import { z } from 'zod';
import { id } from './common.ts';

/**
 * Figures written in a report's prose that are not the stored figures
 * (server/modules/followup/checks): a finding names the text, the sentence, the figure it speaks
 * of, what the text says and what is stored, rounded as the text writes it.
 */
export const textPlaceKinds = ['goal', 'indicator', 'activity', 'chapter'] as const;
export const economyMeasures = [
  'result',
  'investment_budget',
  'investment_outcome',
  'carry_over_total',
] as const;

export const textFinding = z.object({
  place: z.object({ kind: z.enum(textPlaceKinds), id: z.string(), title: z.string() }),
  sentence: z.string(),
  figure: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('indicator'), id, name: z.string() }),
    z.object({
      kind: z.literal('economy'),
      measure: z.enum(economyMeasures),
      area: z.string().nullable(),
      label: z.string(),
    }),
  ]),
  /** as the text writes it, e.g. "22" */
  stated: z.string(),
  /** the stored figure rounded as the text writes it, e.g. "21" */
  stored: z.string(),
  /** the indicator's unit, or the money unit the text wrote ("mnkr") */
  unit: z.string(),
});
export type TextFinding = z.infer<typeof textFinding>;

export const textFindings = z.object({ findings: z.array(textFinding) });
export type TextFindings = z.infer<typeof textFindings>;
