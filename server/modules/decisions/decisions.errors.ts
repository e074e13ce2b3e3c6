import { createError } from '#server/errors.ts';

/** details: { current, yours } — someone else saved the case first; nothing was written */
export const caseConflict = createError(
  'decisions.conflict',
  409,
  'Someone else saved this decision case while you were editing; compare the two versions and save again',
);
export const caseDecided = createError(
  'decisions.decided',
  409,
  'The decision has been recorded; the prepared case and its proposals no longer change',
);
export const caseNotPrepared = createError(
  'decisions.not_prepared',
  409,
  'The decision case has not been prepared yet; save its proposals first',
);
export const statementNotFound = createError(
  'decisions.statement_not_found',
  404,
  'No such statement on this decision case',
);
export const statementReferred = createError(
  'decisions.statement_referred',
  409,
  'Another statement refers to this one; change that reference first',
);
