import { createError } from '#server/http/errors.ts';

export const indicatorNotFound = createError('indicators.not_found', 404, 'No such indicator');
