import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  overviewQuery,
  startOverview as overviewSchema,
  startPage as pageSchema,
} from '#contracts/start.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { swedishToday } from '../org/org.routes.ts';
import { startOverview, startPage } from './start.usecases.ts';

export function registerStartRoutes(app: FastifyInstance, { db, now }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Anyone signed in: what the page holds follows from the person's grants.
  r.get('/api/start', {
    config: { permission: 'authenticated' },
    schema: { tags: ['start'], response: { 200: pageSchema, ...errorResponses } },
    handler: (request) => startPage(repositories(db), principalOf(request), swedishToday(now())),
  });

  // Units are those the person may model (controllers, administrators); others get none.
  r.get('/api/start/units', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['start'],
      querystring: overviewQuery,
      response: { 200: overviewSchema, ...errorResponses },
    },
    handler: (request) =>
      startOverview(repositories(db), principalOf(request), request.query, swedishToday(now())),
  });
}
