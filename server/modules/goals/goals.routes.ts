import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '#contracts/common.ts';
import { goal, goalInput, goalsQuery, goalsResponse, goalUpdateInput } from '#contracts/goals.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { createGoal, listGoals, updateGoal } from './goals.usecases.ts';

export function registerGoalsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/goals', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['goals'],
      querystring: goalsQuery,
      response: { 200: goalsResponse, ...errorResponses },
    },
    handler: async (request) => ({
      goals: await listGoals(
        repositories(db),
        principalOf(request).tenantId,
        request.query.year,
        request.query.ownerUnitId,
      ),
    }),
  });

  r.post('/api/goals', {
    config: { permission: 'model.write' },
    schema: { tags: ['goals'], body: goalInput, response: { 201: goal, ...errorResponses } },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        createGoal(repositories(tx), principalOf(request), request.body),
      );
      return reply.status(201).send(made);
    },
  });

  r.patch('/api/goals/:id', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['goals'],
      params: idParams,
      body: goalUpdateInput,
      response: { 200: goal, ...errorResponses },
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        updateGoal(repositories(tx), principalOf(request), request.params.id, request.body),
      ),
  });
}
