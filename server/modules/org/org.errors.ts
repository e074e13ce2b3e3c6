import { createError } from '#server/errors.ts';

export const unitNotFound = createError('org.unit_not_found', 404, 'Unit not found');
export const reorganisationNotFound = createError(
  'org.reorganisation_not_found',
  404,
  'Reorganisation not found',
);
/** details: every problem found, as `{ path, message }` (paths such as `changes.3.parent`) */
export const invalidReorganisation = createError(
  'org.invalid_reorganisation',
  422,
  'The reorganisation cannot be made as it stands',
);
export const orgConflict = createError(
  'org.conflict',
  409,
  'The organisation changed since you prepared this; reload and try again',
);
