import { codedIssue } from '#contracts/issues.ts';
import { createError } from '#server/errors.ts';

/*
 * Refusals of a write into a unit's report for a period. The follow-up (modules/reports) and the
 * indicators' own outcome writes (modules/indicators) both refuse with them, so they live here
 * and neither module imports the other's errors.
 */

/** details: { formula } — the outcome comes from the unit's economy, not from a person */
export const outcomeComputed = createError(
  'indicators.outcome_computed',
  409,
  'This indicator’s outcome is computed from the unit’s economy and cannot be written; change the economy or the indicator’s formula instead',
);
/** details: { status } — the report is no longer a draft */
export const reportLocked = createError(
  'reports.locked',
  409,
  'The report is no longer a draft; it must be sent back or reopened before it can change',
);
/** details: { current, yours } — someone else saved first; nothing was written */
export const editConflict = createError(
  'reports.conflict',
  409,
  'Someone else saved this while you were editing; compare the two versions and save again',
);

/** The issue of a unit named in a write that the organisation does not have (on `field`). */
export const unknownUnit = (field: string) =>
  codedIssue(field, 'followup.unknown_unit', {}, 'there is no such unit in the organisation');
