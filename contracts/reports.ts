import { z } from 'zod';
import { id, lastChange, longText, shortText, storable, storedVersion } from './common.ts';
import { periodKind, year } from './years.ts';
import { followUpSummaryRow } from './internal-control.ts';

/**
 * Report templates: per tenant, year and kind of period (tertial, annual …) the chapters a unit's
 * report has, in order (docs/report-templates.md). A unit's report shows exactly these chapters,
 * each with its text or a reference to the goal follow-up or economy, and what is missing.
 */
export const chapterKinds = [
  'text',
  'goals',
  'economy_analysis',
  'economy_operating',
  'economy_year_comparison',
  'economy_result_per_area',
  'economy_result_units',
  'economy_investments',
  'economy_large_projects',
  'economy_carry_overs',
  'economy_balance_sheet',
  'internal_control',
  'equality',
  'complaints',
  'staff',
  'attachments',
] as const;
export const chapterKind = z.enum(chapterKinds);
export type ChapterKind = z.infer<typeof chapterKind>;

/** A chapter's stable key: texts are stored under it, so a renamed chapter keeps its texts. */
export const chapterKey = z
  .string()
  .regex(/^[a-z0-9_-]{1,40}$/, { error: 'must be 1–40 small letters, digits, - or _' });

export const templateChapter = z.strictObject({
  key: chapterKey,
  kind: chapterKind,
  /** the heading as printed */
  heading: shortText(200),
  /** what the writer is asked to cover */
  guidance: longText(4_000).default(''),
  required: z.boolean().default(false),
  /** a sub-chapter (4.1 under "Uppföljning av ekonomi"): its parent's key */
  parentKey: chapterKey.nullable().default(null),
});
export type TemplateChapter = z.infer<typeof templateChapter>;

/**
 * A chapter as the printed report shows it, in template order: its number, heading and the
 * unit's text (null where the kind has none or nothing is written). No guidance, no editors:
 * the print view and the public report read the same.
 */
export const printedChapter = z.object({
  key: chapterKey,
  kind: chapterKind,
  number: z.string(),
  heading: z.string(),
  parentKey: chapterKey.nullable(),
  text: z.string().nullable(),
  /** an internal control chapter's follow-up table, in the signed-in print view */
  internalControl: z.array(followUpSummaryRow).optional(),
});
export type PrintedChapter = z.infer<typeof printedChapter>;

/**
 * The printed numbers, in order: top-level chapters 1, 2 …; a sub-chapter its parent's number
 * and its own place under it (4.1, 4.2).
 */
export function chapterNumbers(
  chapters: readonly Pick<TemplateChapter, 'key' | 'parentKey'>[],
): string[] {
  let top = 0;
  const numberOf = new Map<string, string>();
  const below = new Map<string, number>();
  return chapters.map((chapter) => {
    if (chapter.parentKey === null) {
      const number = String(++top);
      numberOf.set(chapter.key, number);
      return number;
    }
    const count = (below.get(chapter.parentKey) ?? 0) + 1;
    below.set(chapter.parentKey, count);
    return `${numberOf.get(chapter.parentKey) ?? '?'}.${count}`;
  });
}

export const templateParams = z.strictObject({
  year: z.coerce.number().pipe(year),
  periodKind,
});

export const reportTemplate = z.object({
  year,
  periodKind,
  /** false: the tenant has none stored for the year, and this is the default */
  stored: z.boolean(),
  chapters: z.array(templateChapter),
  ...lastChange,
  /** may the caller change it (model.write on the whole organisation)? */
  mayEdit: z.boolean(),
});
export type ReportTemplate = z.infer<typeof reportTemplate>;

export const templateInput = z.strictObject({
  chapters: z.array(templateChapter).min(1).max(100),
  /** 0: the first save (a copy of the default) */
  version: storedVersion(),
});
export type TemplateInput = z.input<typeof templateInput>;

/** What a chapter shows besides its text. */
export const chapterSources = [
  /** the goal follow-up of the unit's report */
  'goals',
  /** the unit's economy in Rödtråd (its operating table, funds, carry-overs) */
  'economy',
  /** the unit's uploaded files */
  'attachments',
  /** figures Rödtråd does not hold yet: nothing is shown rather than something made up */
  'no_data',
  /** text only */
  'none',
  /** the unit's follow-up of its internal control plan (modules/internal-control) */
  'internal_control',
] as const;
export const chapterSource = z.enum(chapterSources);
export type ChapterSource = z.infer<typeof chapterSource>;

export const chapterMissingCodes = ['text', 'goals', 'attachments', 'internal_control'] as const;
export const chapterMissing = z.object({
  code: z.enum(chapterMissingCodes),
  /** for goals: how many items of the goal follow-up are missing */
  count: z.number().int(),
});
export type ChapterMissing = z.infer<typeof chapterMissing>;

export const chapterText = z.object({ text: z.string(), ...lastChange });
export type ChapterText = z.infer<typeof chapterText>;

export const attachment = z.object({
  id,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});
export type Attachment = z.infer<typeof attachment>;

export const reportChapter = templateChapter.extend({
  /** as printed: "4", "4.1" */
  number: z.string(),
  /** does the chapter have a text the unit writes? */
  hasText: z.boolean(),
  text: chapterText.nullable(),
  source: chapterSource,
  missing: z.array(chapterMissing),
  /** an internal control chapter's follow-up table (up to the period) */
  internalControl: z.array(followUpSummaryRow).optional(),
});
export type ReportChapter = z.infer<typeof reportChapter>;

export const reportChapters = z.object({
  unitId: id,
  periodId: id,
  template: z.object({ year, periodKind, stored: z.boolean(), version: z.number().int() }),
  chapters: z.array(reportChapter),
  attachments: z.array(attachment),
  may: z.object({ write: z.boolean() }),
});
export type ReportChapters = z.infer<typeof reportChapters>;

export const chaptersParams = z.strictObject({ unitId: id, periodId: id });
export const chapterTextParams = chaptersParams.extend({ chapterKey });
export const attachmentParams = chaptersParams.extend({ attachmentId: id });

export const chapterTextInput = z.strictObject({
  text: storable(longText(50_000)),
  version: storedVersion(),
});
export type ChapterTextInput = z.infer<typeof chapterTextInput>;

/** The files a unit may attach: PDF, Word and Excel (by their content types). */
export const attachmentTypes = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;
export const ATTACHMENT_LIMIT = 10 * 1024 * 1024;
