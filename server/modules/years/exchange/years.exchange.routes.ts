import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  yearExportParams,
  yearFileInput,
  yearFileOutput,
  yearImportQuery,
  yearImportResult,
} from '#contracts/years.exchange.ts';
import { errorResponse } from '#contracts/common.ts';
import type { AppContext } from '#server/context.ts';
import { inBoundedTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { clientGone } from '#server/http/client-gone.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { asImportError } from './years.exchange.errors.ts';
import { yearFileName } from './years.exchange.export.rules.ts';
import { exportYear, importYear } from './years.exchange.usecases.ts';

/** A year file of a large committee runs to a few megabytes; the default limit is 2 MB. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export function registerYearExchangeRoutes(
  app: FastifyInstance,
  { db, config, importSlots }: AppContext,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/units/:unitId/years/:year/export', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['years'],
      params: yearExportParams,
      response: { 200: yearFileOutput, ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await exportYear(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
      );
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${yearFileName(file.unit.name, file.year)}"`,
        )
        .send(file);
    },
  });

  r.post('/api/years/import', {
    config: { permission: 'model.write' },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['years'],
      querystring: yearImportQuery,
      // a version 1 file is read as version 2 (yearFileInput); the schema documented is version 2's
      body: yearFileInput,
      response: {
        200: yearImportResult,
        ...errorResponses,
        499: errorResponse,
        503: errorResponse,
      },
    },
    // one of the import slots; bounded in time, and stopped (rolled back) when the client goes away
    handler: (request, reply) =>
      importSlots.run(async () => {
        const timeoutSeconds = config.importTimeoutSeconds;
        const bounds = { timeoutSeconds, signal: clientGone(request, reply) };
        try {
          return await inBoundedTransaction(db, bounds, (tx, signal) =>
            importYear(repositories(tx), principalOf(request), request.body, {
              dryRun: request.query.dryRun === 'true',
              signal,
            }),
          );
        } catch (error) {
          throw asImportError(error, timeoutSeconds);
        }
      }),
  });
}
