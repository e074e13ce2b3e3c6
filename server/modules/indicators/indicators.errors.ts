import { createError } from '#server/errors.ts';

export const indicatorNotFound = createError('indicators.not_found', 404, 'No such indicator');
/** details: { formula } — the outcome comes from the unit's economy, not from a person */
export const outcomeComputed = createError(
  'indicators.outcome_computed',
  409,
  'This indicator’s outcome is computed from the unit’s economy and cannot be written; change the economy or the indicator’s formula instead',
);
