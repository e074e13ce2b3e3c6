import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '#contracts/common.ts';
import { staffImportQuery, staffImportResult, staffYearParams } from '#contracts/hr.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { uploadedFile, uploadScope, sendFile, sheetUploadTypes } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { unsupportedStaffFile } from '../hr.errors.ts';
import { exportStaff, importStaff } from './hr.import.usecases.ts';

/** A staff figure file is one row per unit: a city's runs to a few hundred kilobytes. */
const UPLOAD_LIMIT = 5 * 1024 * 1024;
const tags = ['hr'];

const exportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  blank: z.enum(['true', 'false']).optional(),
});

export function registerStaffFileRoutes(
  app: FastifyInstance,
  { db, importSlots }: AppContext,
): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/years/:year/staff-figures/export', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The year’s staff figures of every unit you may read, as the import’s template (Excel by default, or CSV); `blank=true` gives the units you may report for, without figures.',
      params: staffYearParams,
      querystring: exportQuery,
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await exportStaff(repositories(db), principalOf(request), request.params.year, {
        format: request.query.format,
        blank: request.query.blank === 'true',
      });
      return sendFile(reply, {
        name: file.fileName,
        contentType: file.contentType,
        bytes: file.body,
      });
    },
  });

  // The upload's parsers live in a scope of their own so that no other route accepts such bodies.
  uploadScope(
    app,
    {
      limit: UPLOAD_LIMIT,
      types: sheetUploadTypes,
    },
    (scope) => {
      scope.post('/api/staff-figures/import', {
        config: { permission: 'followup.write' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          description:
            'Imports a year’s staff figures, one row per unit (docs/staff-figures.md). All or nothing: a file with any problem imports nothing and the 422 lists each problem in Swedish by row and column.',
          querystring: staffImportQuery,
          response: {
            200: staffImportResult,
            ...errorResponses,
            413: errorResponse,
            503: errorResponse,
          },
        },
        handler: (request) =>
          importSlots.run(async () => {
            const { bytes } = await uploadedFile(request, unsupportedStaffFile);
            return inTransaction(db, (tx) =>
              importStaff(repositories(tx), principalOf(request), bytes, {
                year: request.query.year,
                dryRun: request.query.dryRun === 'true',
              }),
            );
          }),
      });
    },
  );
}
