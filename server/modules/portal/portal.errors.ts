import { createError } from '#server/errors.ts';

/**
 * One answer for everything the public may not see: an unknown municipality, a report that is
 * not adopted and published, another tenant's ids. The same body every time, so that the answer
 * says nothing of what exists.
 */
export const notPublished = createError(
  'public.not_found',
  404,
  'There is no published report here',
);
