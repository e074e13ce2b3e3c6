import { withQuery } from '#web/lib/api-client.ts';

/**
 * Addresses of pages built elsewhere (the follow-up page) or reached from several places. They
 * are plain strings, so that a page can link to a route whose search it does not type.
 */
export const followupHref = (year: number, periodId: string | undefined, unitId: string) =>
  withQuery('/followup', { year, period: periodId, unit: unitId });
