import { createError } from '#server/errors.ts';

export const unitNotInPeriod = createError(
  'reports.unit_not_found',
  404,
  'No such unit in the organisation during this period',
);
export const notInReport = createError(
  'reports.not_in_report',
  404,
  'This goal, indicator or activity is not part of the unit’s report for the period',
);
/** details: the problems, as for validation; the report is not in a state that allows this */
export const wrongState = createError(
  'reports.wrong_state',
  409,
  'The report is not in a state where this step can be taken',
);
/** details: { status } — only an adopted report can be published */
export const notAdopted = createError(
  'reports.not_adopted',
  409,
  'Only an adopted report can be published or unpublished',
);
