import { createError } from '#server/errors.ts';

/** details: { current, yours } — someone else saved the template first; nothing was written */
export const templateConflict = createError(
  'templates.conflict',
  409,
  'Someone else saved this template while you were editing; compare the two versions and save again',
);
export const chapterNotFound = createError(
  'reports.chapter_not_found',
  404,
  'The report’s template has no chapter with this key that takes a text',
);
export const attachmentNotFound = createError(
  'reports.attachment_not_found',
  404,
  'No such attachment in the unit’s report for the period',
);
/** details: { allowed } — only PDF, Word (docx) and Excel (xlsx) files are attached */
export const attachmentType = createError(
  'reports.attachment_type',
  415,
  'Only PDF, Word (.docx) and Excel (.xlsx) files can be attached',
);
