import { createError } from '#server/errors.ts';

export const yearExists = createError('periods.year_exists', 409, 'The year already exists');
export const yearNotFound = createError('periods.year_not_found', 404, 'No such budget year');
export const periodNotFound = createError('periods.period_not_found', 404, 'No such period');
