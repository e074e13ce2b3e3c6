import { createError } from '#server/errors.ts';

/** details: { toYear } */
export const targetYearNotEmpty = createError(
  'rollover.target_year_not_empty',
  409,
  'The year rolled into already has goals or activities; a rollover only fills an empty year',
);
/** details: { revision, yours } */
export const rolloverChanged = createError(
  'rollover.changed',
  409,
  'The model changed after the preview; preview the rollover again',
);
