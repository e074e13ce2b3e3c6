import { createError } from '#server/errors.ts';

export const unitNotFound = createError(
  'economy.unit_not_found',
  404,
  'No such unit in the organisation during this year',
);
/** details: { conflicts: [{ areaId | scope, kind, current, yours }] } or { current, yours } */
export const economyConflict = createError(
  'economy.conflict',
  409,
  'Someone else saved this while you were editing; compare the two versions and save again',
);
export const notResultUnit = createError(
  'economy.not_result_unit',
  409,
  'The unit is not a result unit (resultatenhet) at the end of the year',
);
export const unsupportedFile = createError(
  'economy.unsupported_file',
  415,
  'Send an Excel workbook (.xlsx) or a CSV file',
);
/** details: the problems with the file, one per bad cell, in Swedish; nothing was imported */
export const invalidFile = createError(
  'economy.invalid_file',
  422,
  'The file cannot be imported; nothing was written',
);
/** details: what is too large (rows, cells or unpacked size) and the limit, in Swedish */
export const fileTooLarge = createError(
  'economy.file_too_large',
  413,
  'The file is larger than an import may be; nothing was written',
);
