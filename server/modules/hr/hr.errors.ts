import { createError } from '#server/errors.ts';

export const unitNotFound = createError(
  'hr.unit_not_found',
  404,
  'No such unit in the organisation during this year',
);
/** details: { current, yours } */
export const staffConflict = createError(
  'hr.conflict',
  409,
  'Someone else saved this while you were editing; compare the two versions and save again',
);
/** details: the problems with the file, one per bad cell, in Swedish; nothing was imported */
export const invalidStaffFile = createError(
  'hr.invalid_file',
  422,
  'The file cannot be imported; nothing was written',
);
export const unsupportedStaffFile = createError(
  'hr.unsupported_file',
  415,
  'Send an Excel workbook (.xlsx) or a CSV file',
);
