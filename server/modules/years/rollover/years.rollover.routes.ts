import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '#contracts/common.ts';
import {
  goalHistory as goalHistoryResponse,
  rolloverInput,
  rolloverPreview,
  rolloverResult,
} from '#contracts/years.rollover.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { goalHistory, previewRollover, rollOver } from './years.rollover.usecases.ts';

export function registerYearRolloverRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/years/rollover/preview', {
    config: { permission: 'years.manage' },
    schema: {
      tags: ['years'],
      body: rolloverInput,
      response: { 200: rolloverPreview, ...errorResponses },
    },
    handler: (request) => previewRollover(repositories(db), principalOf(request), request.body),
  });

  r.post('/api/years/rollover', {
    config: { permission: 'years.manage' },
    schema: {
      tags: ['years'],
      body: rolloverInput,
      response: { 201: rolloverResult, ...errorResponses },
    },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        rollOver(repositories(tx), principalOf(request), request.body),
      );
      return reply.status(201).send(made);
    },
  });

  r.get('/api/goals/:id/history', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['goals'],
      params: idParams,
      response: { 200: goalHistoryResponse, ...errorResponses },
    },
    handler: (request) =>
      goalHistory(repositories(db), principalOf(request).tenantId, request.params.id),
  });
}
