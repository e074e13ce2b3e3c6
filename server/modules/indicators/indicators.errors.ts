import { createError } from '#server/errors.ts';

export const indicatorNotFound = createError('indicators.not_found', 404, 'No such indicator');
