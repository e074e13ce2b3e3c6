import { createError } from '#server/errors.ts';

/** details: { tried } — PDF is printed by Chromium; DOCX and HTML need nothing more. */
export const chromiumMissing = createError(
  'documents.chromium_missing',
  503,
  'PDF documents need Chromium, and none was found: install it (apt-get install chromium) or set RODTRAD_CHROMIUM to its path. Word and HTML documents work without it.',
);
