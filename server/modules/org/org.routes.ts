import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  reorganisationDetail,
  reorganisationInput,
  reorganisationParams,
  reorganisationPreview,
  reorganisationsResponse,
  reorganiseResponse,
  treeQuery,
  treeResponse,
  unitHistory,
  unitParams,
} from '#contracts/org.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { repositories } from '#server/repositories.ts';
import { actorOf } from '#server/principal.ts';
import { errorResponses } from '#server/http/responses.ts';
import {
  getReorganisation,
  listReorganisations,
  previewReorganisation,
  reorganise,
  treeAt,
  unitHistory as historyOf,
} from './org.usecases.ts';

/** The calendar day in Sweden: "today's organisation" turns over at Swedish midnight. */
export function swedishToday(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function registerOrgRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get('/api/org/units', {
    config: { permission: 'org.read' },
    schema: {
      tags: ['org'],
      querystring: treeQuery,
      response: { 200: treeResponse, ...errorResponses },
    },
    handler: (request) =>
      treeAt(
        repositories(db),
        principalOf(request).tenantId,
        request.query.date ?? swedishToday(ctx.now()),
      ),
  });

  r.get('/api/org/units/:id', {
    config: { permission: 'org.read' },
    schema: {
      tags: ['org'],
      params: unitParams,
      response: { 200: unitHistory, ...errorResponses },
    },
    handler: (request) =>
      historyOf(repositories(db), principalOf(request).tenantId, request.params.id),
  });

  r.get('/api/org/reorganisations', {
    config: { permission: 'org.read' },
    schema: { tags: ['org'], response: { 200: reorganisationsResponse, ...errorResponses } },
    handler: async (request) => ({
      reorganisations: await listReorganisations(repositories(db), principalOf(request).tenantId),
    }),
  });

  r.get('/api/org/reorganisations/:id', {
    config: { permission: 'org.read' },
    schema: {
      tags: ['org'],
      params: reorganisationParams,
      response: { 200: reorganisationDetail, ...errorResponses },
    },
    handler: (request) =>
      getReorganisation(repositories(db), principalOf(request).tenantId, request.params.id),
  });

  r.post('/api/org/reorganisations/preview', {
    config: { permission: 'org.reorganise' },
    schema: {
      tags: ['org'],
      body: reorganisationInput,
      response: { 200: reorganisationPreview, ...errorResponses },
    },
    handler: (request) =>
      previewReorganisation(repositories(db), principalOf(request).tenantId, request.body),
  });

  r.post('/api/org/reorganisations', {
    config: { permission: 'org.reorganise' },
    schema: {
      tags: ['org'],
      body: reorganisationInput,
      response: { 201: reorganiseResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        reorganise(repositories(tx), actorOf(principalOf(request)), request.body),
      );
      return reply.status(201).send(made);
    },
  });
}
