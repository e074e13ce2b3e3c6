import { createError } from '#server/errors.ts';

export const activityNotFound = createError('activities.not_found', 404, 'No such activity');
