import type { FastifyInstance } from 'fastify';
import { errorResponse } from '#contracts/common.ts';
import {
  internalControlImportQuery,
  internalControlImportResult,
  type InternalControlImportResult,
} from '#contracts/internal-control.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { uploadedFile, uploadScope, sheetUploadTypes } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { unsupportedInternalControlFile } from '../internal-control.errors.ts';
import { importInternalControl } from './internal-control.import.usecases.ts';

/** A year's internal control file: a row per follow-up of a control; a few megabytes at most. */
const UPLOAD_LIMIT = 5 * 1024 * 1024;

/** Thrown to roll a dry run back after it did everything the import would. */
class DryRun extends Error {
  constructor(readonly result: InternalControlImportResult) {
    super('dry run');
  }
}

/**
 * The internal control import (docs/internal-control.md). The route asks followup.write somewhere;
 * the use cases ask it of each unit the file names. A dry run does every write the import would,
 * in the same transaction, and rolls it back, so it finds what the import would refuse.
 */
export function registerInternalControlImportRoutes(
  app: FastifyInstance,
  { db, importSlots }: AppContext,
): void {
  uploadScope(
    app,
    {
      limit: UPLOAD_LIMIT,
      types: sheetUploadTypes,
    },
    (scope) => {
      scope.post('/api/internal-control/import', {
        config: { permission: 'followup.write' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags: ['internal-control'],
          description:
            'Imports the risk analyses, controls and follow-ups of a year for the units the file names, in the export’s columns (docs/internal-control.md): matched rows are changed, new ones added, nothing removed. All or nothing: a file with any problem imports nothing and the 422 lists each problem in Swedish by sheet, row and column. `dryRun=true` checks without writing.',
          querystring: internalControlImportQuery,
          response: {
            200: internalControlImportResult,
            ...errorResponses,
            413: errorResponse,
            503: errorResponse,
          },
        },
        handler: (request) =>
          importSlots.run(async () => {
            const { bytes } = await uploadedFile(request, unsupportedInternalControlFile);
            const dryRun = request.query.dryRun === 'true';
            try {
              return await inTransaction(db, async (tx) => {
                const result = await importInternalControl(
                  repositories(tx),
                  principalOf(request),
                  bytes,
                  { year: request.query.year },
                );
                if (dryRun) throw new DryRun({ ...result, dryRun: true });
                return { ...result, dryRun: false };
              });
            } catch (error) {
              if (error instanceof DryRun) return error.result;
              throw error;
            }
          }),
      });
    },
  );
}
