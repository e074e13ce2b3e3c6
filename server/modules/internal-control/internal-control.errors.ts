import { createError } from '#server/errors.ts';

export const riskNotFound = createError(
  'internal_control.risk_not_found',
  404,
  'No such risk in the unit’s risk analysis for the year',
);
export const controlNotFound = createError(
  'internal_control.control_not_found',
  404,
  'No such control in the unit’s internal control plan for the year',
);
/** details: { current } — the view as it is stored now */
export const internalControlConflict = createError(
  'internal_control.conflict',
  409,
  'Someone else changed this while you were editing; reload and save again',
);
export const planAdopted = createError(
  'internal_control.plan_adopted',
  409,
  'The committee has adopted the plan: withdraw the adoption before changing risks or controls',
);
export const riskNotInPlan = createError(
  'internal_control.risk_not_in_plan',
  422,
  'Only a risk chosen for the plan can have controls',
);
/** details: the problems with the file, one per bad cell, in Swedish; nothing was imported */
export const invalidInternalControlFile = createError(
  'internal_control.invalid_file',
  422,
  'The file cannot be imported; nothing was written',
);
export const unsupportedInternalControlFile = createError(
  'internal_control.unsupported_file',
  415,
  'Send an Excel workbook (.xlsx) or a CSV file',
);
