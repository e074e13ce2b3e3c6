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
