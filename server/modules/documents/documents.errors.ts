import { createError } from '#server/errors.ts';

/** details: { tried } — PDF is printed by Chromium; DOCX and HTML need nothing more. */
export const chromiumMissing = createError(
  'documents.chromium_missing',
  503,
  'PDF documents need Chromium, and none was found: install it (apt-get install chromium) or set RODTRAD_CHROMIUM to its path. Word and HTML documents work without it.',
);

export const versionNotFound = createError(
  'documents.version_not_found',
  404,
  'No such frozen document version of the unit’s report for the period',
);
/** details: { status } — versions are frozen from an adopted report only */
export const notAdopted = createError(
  'documents.not_adopted',
  409,
  'Only an adopted report’s documents can be frozen as a new version',
);
