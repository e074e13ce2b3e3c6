import { z } from 'zod';
import { id } from './common.ts';

/**
 * The city's compilation (issue #11 item 4): every committee's report of a period in one
 * document, made by a background job. Its states: queued → running → done | failed | cancelled.
 */
export const compilationStatuses = ['queued', 'running', 'cancelled', 'failed', 'done'] as const;
export const compilationStatus = z.enum(compilationStatuses);
export type CompilationStatus = z.infer<typeof compilationStatus>;

export const compilationFormats = ['html', 'docx', 'pdf'] as const;
export const compilationFormat = z.enum(compilationFormats);
export type CompilationFormat = z.infer<typeof compilationFormat>;

export const startCompilationInput = z.strictObject({ periodId: id, format: compilationFormat });
export type StartCompilationInput = z.infer<typeof startCompilationInput>;

export const compilationParams = z.strictObject({ id });

export const compilation = z.object({
  id,
  year: z.number().int(),
  periodId: id,
  periodName: z.string(),
  format: compilationFormat,
  status: compilationStatus,
  unitsTotal: z.number().int(),
  unitsDone: z.number().int(),
  /** the committee being built now; null when none is */
  currentUnit: z.string().nullable(),
  error: z.string().nullable(),
  /** the finished file: its name, size in bytes and SHA-256; null until done */
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Compilation = z.infer<typeof compilation>;

export const compilationList = z.object({ compilations: z.array(compilation) });
export type CompilationList = z.infer<typeof compilationList>;
