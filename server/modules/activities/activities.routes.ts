import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityInput, activityReportsQuery, activityReportsView } from '#contracts/activities.ts';
import { id, idParams } from '#contracts/common.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { activityReportsSideBySide, createActivity } from './activities.usecases.ts';

export function registerActivitiesRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/activities', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['activities'],
      body: activityInput,
      response: { 201: z.object({ id }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const activityId = await inTransaction(db, (tx) =>
        createActivity(repositories(tx), principalOf(request), request.body),
      );
      return reply.status(201).send({ id: activityId });
    },
  });

  r.get('/api/activities/:id/reports', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['activities'],
      params: idParams,
      querystring: activityReportsQuery,
      response: { 200: activityReportsView, ...errorResponses },
    },
    handler: (request) =>
      activityReportsSideBySide(
        repositories(db),
        principalOf(request),
        request.params.id,
        request.query.periodId,
      ),
  });
}
