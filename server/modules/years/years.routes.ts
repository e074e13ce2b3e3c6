import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { budgetYear, createYearInput, yearsResponse } from '#contracts/years.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { actorOf } from '#server/principal.ts';
import { createYear, listYears } from './years.usecases.ts';

export function registerYearsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/years', {
    config: { permission: 'followup.read' },
    schema: { tags: ['years'], response: { 200: yearsResponse, ...errorResponses } },
    handler: async (request) => ({
      years: await listYears(repositories(db), principalOf(request).tenantId),
    }),
  });

  r.post('/api/years', {
    config: { permission: 'years.manage' },
    schema: {
      tags: ['years'],
      body: createYearInput,
      response: { 201: budgetYear, ...errorResponses },
    },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        createYear(repositories(tx), actorOf(principalOf(request)), request.body),
      );
      return reply.status(201).send(made);
    },
  });
}
