import { createError } from '#server/errors.ts';

/** details: the problems with the file, one per bad cell, in Swedish; nothing was imported */
export const invalidFeedbackFile = createError(
  'feedback.invalid_file',
  422,
  'The file cannot be imported; nothing was written',
);
export const unsupportedFeedbackFile = createError(
  'feedback.unsupported_file',
  415,
  'Send an Excel workbook (.xlsx) or a CSV file',
);
