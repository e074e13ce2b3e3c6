import { createError } from '#server/http/errors.ts';

export const activityNotFound = createError('activities.not_found', 404, 'No such activity');
