import { createError } from '#server/errors.ts';

export const notificationNotFound = createError(
  'notifications.not_found',
  404,
  'You have no such notification',
);
