import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  goalAssignment,
  goalAssignmentParams,
  goalAssignmentsResponse,
  goalLevelsInput,
  goalLevelsOfYear,
  goalLevelsQuery,
} from '#contracts/goals.levels.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import {
  assignGoal,
  goalLevelsOf,
  listAssignments,
  saveGoalLevels,
  unassignGoal,
} from './goals.levels.usecases.ts';

/** A year's goal levels, and the council goals committees answer for directly. */
export function registerGoalLevelsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/goal-levels', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['goals'],
      description:
        "The year's goal levels: the tenant's own, or Stockholm's model (`stored: false`).",
      querystring: goalLevelsQuery,
      response: { 200: goalLevelsOfYear, ...errorResponses },
    },
    handler: (request) =>
      goalLevelsOf(repositories(db), principalOf(request).tenantId, request.query.year),
  });

  r.put('/api/goal-levels', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['goals'],
      description:
        "Stores the year's goal levels. A level taken out of use must have no goals that year.",
      body: goalLevelsInput,
      response: { 200: goalLevelsOfYear, ...errorResponses },
    },
    handler: writeThrough(db, (repos, principal, _params, body: z.infer<typeof goalLevelsInput>) =>
      saveGoalLevels(repos, principal, body),
    ),
  });

  r.get('/api/goal-assignments', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['goals'],
      querystring: goalLevelsQuery,
      response: { 200: goalAssignmentsResponse, ...errorResponses },
    },
    handler: async (request) => ({
      assignments: await listAssignments(
        repositories(db),
        principalOf(request).tenantId,
        request.query.year,
      ),
    }),
  });

  r.put('/api/goals/:id/assignments/:unitId', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['goals'],
      description:
        'Assigns a council goal to a committee ("nämnden ska bidra till"): it is in the committee\'s report, assessed there and counted in the roll-up, with no nämndmål beneath it.',
      params: goalAssignmentParams,
      response: { 200: goalAssignment, ...errorResponses },
    },
    handler: writeThrough(db, (repos, principal, params: z.infer<typeof goalAssignmentParams>) =>
      assignGoal(repos, principal, params),
    ),
  });

  r.delete('/api/goals/:id/assignments/:unitId', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['goals'],
      params: goalAssignmentParams,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await writeThrough(db, (repos, principal, params: z.infer<typeof goalAssignmentParams>) =>
        unassignGoal(repos, principal, params),
      )(request);
      return reply.status(204).send(null);
    },
  });
}
