import { z } from 'zod';
import { id, shortText } from './common.ts';

/**
 * The frozen versions of an adopted report's documents (issue #11 item 3): version 1 is stored
 * when the report is adopted, each later one by a correction with a reason. A version holds one
 * file per document kind and format, each with its SHA-256; the files never change.
 */
export const frozenKinds = ['report', 'decision_case'] as const;
export const frozenKind = z.enum(frozenKinds);
export type FrozenKind = z.infer<typeof frozenKind>;

export const documentVersion = z.object({
  id,
  kind: frozenKind,
  format: z.enum(['pdf', 'docx', 'html']),
  version: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  adoptedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  /** why the version was made after the adoption ('' for the adoption's own) */
  reason: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type DocumentVersion = z.infer<typeof documentVersion>;

export const documentVersions = z.object({
  /** newest version first */
  versions: z.array(documentVersion),
  /** whether the caller may store a new version (an approver or controller of the unit) */
  mayCreate: z.boolean(),
  /** whether a new version gets a PDF (Chromium on the server) */
  pdf: z.boolean(),
});
export type DocumentVersions = z.infer<typeof documentVersions>;

/** What a freeze stored: the version number, the formats, and whether PDF was left out. */
export const frozenSummary = z.object({
  version: z.number().int(),
  formats: z.array(z.string()),
  pdfMissing: z.boolean(),
});
export type FrozenSummary = z.infer<typeof frozenSummary>;

export const newVersionInput = z.strictObject({ reason: shortText(2_000) });
export type NewVersionInput = z.infer<typeof newVersionInput>;

export const documentVersionParams = z.strictObject({ unitId: id, periodId: id, versionId: id });
