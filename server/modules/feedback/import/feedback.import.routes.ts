import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '#contracts/common.ts';
import {
  feedbackExportQuery,
  feedbackImportQuery,
  feedbackImportResult,
  feedbackYearParams,
} from '#contracts/feedback.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { uploadedFile, uploadScope, sendFile, sheetUploadTypes } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { unsupportedFeedbackFile } from '../feedback.errors.ts';
import { exportFeedback, importFeedback } from './feedback.import.usecases.ts';

/** A year's feedback file: a row per unit, kind, category and channel; a few megabytes at most. */
const UPLOAD_LIMIT = 5 * 1024 * 1024;
const tags = ['feedback'];

/** The feedback file: followup.read exports what the caller reads, followup.write imports. */
export function registerFeedbackFileRoutes(
  app: FastifyInstance,
  { db, importSlots }: AppContext,
): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/years/:year/feedback/export', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The year’s complaints, suggestions and surveys of every unit you may read, as the import’s file: Excel with the sheets Synpunkter and Enkäter, or CSV with the one `part` names.',
      params: feedbackYearParams,
      querystring: feedbackExportQuery,
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await exportFeedback(
        repositories(db),
        principalOf(request),
        request.params.year,
        request.query,
      );
      return sendFile(reply, {
        name: file.fileName,
        contentType: file.contentType,
        bytes: file.body,
      });
    },
  });

  uploadScope(
    app,
    {
      limit: UPLOAD_LIMIT,
      types: sheetUploadTypes,
    },
    (scope) => {
      scope.post('/api/feedback/import', {
        config: { permission: 'followup.write' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          description:
            'Imports a year’s complaints, suggestions and surveys for the units the file names (docs/feedback.md). All or nothing: a file with any problem imports nothing and the 422 lists each problem in Swedish by sheet, row and column.',
          querystring: feedbackImportQuery,
          response: {
            200: feedbackImportResult,
            ...errorResponses,
            413: errorResponse,
            503: errorResponse,
          },
        },
        handler: (request) =>
          importSlots.run(async () => {
            const { bytes } = await uploadedFile(request, unsupportedFeedbackFile);
            return inTransaction(db, (tx) =>
              importFeedback(repositories(tx), principalOf(request), bytes, {
                year: request.query.year,
                dryRun: request.query.dryRun === 'true',
              }),
            );
          }),
      });
    },
  );
}
