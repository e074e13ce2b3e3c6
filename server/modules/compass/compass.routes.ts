import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, id, idParams } from '#contracts/common.ts';
import {
  compassImportQuery,
  compassImportResult,
  evaluationSummary,
  evaluationView as evaluationViewSchema,
  makeActivityInput,
} from '#contracts/compass.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { uploadedFile, uploadScope, sendFile, sheetUploadTypes } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import {
  exportEvaluation,
  importEvaluation,
  unsupportedCompassFile,
} from './compass.sheet.usecases.ts';
import {
  deleteEvaluation,
  evaluationView,
  listEvaluations,
  makeActivity,
} from './compass.usecases.ts';

const base = '/api/compass/evaluations';
const tags = ['compass'];
const UPLOAD_LIMIT = 2 * 1024 * 1024;

/**
 * Kommunkompassen: every role of the tenant reads (org.read); model.write passes the route guard
 * for writing, and the use cases ask for it on a top unit (evaluations) or on the responsible
 * unit (an improvement point made an activity).
 */
export function registerCompassRoutes(app: FastifyInstance, { db, importSlots }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'org.read' },
    schema: {
      tags,
      description: 'The tenant’s Kommunkompassen evaluations, the latest first, with their totals.',
      response: { 200: z.array(evaluationSummary), ...errorResponses },
    },
    handler: (request) => listEvaluations(repositories(db), principalOf(request)),
  });

  r.get(`${base}/:id`, {
    config: { permission: 'org.read' },
    schema: {
      tags,
      description:
        'An evaluation: areas, sub-areas and points with computed scores, every printed figure that does not add up, strengths and improvement points with their activities, and the comparison with the latest earlier evaluation.',
      params: idParams,
      response: { 200: evaluationViewSchema, ...errorResponses },
    },
    handler: (request) => evaluationView(repositories(db), principalOf(request), request.params.id),
  });

  r.delete(`${base}/:id`, {
    config: { permission: 'model.write' },
    schema: {
      tags,
      description:
        'Removes an evaluation (a tenant administrator or the controller of a top unit); activities made from it stay.',
      params: idParams,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await inTransaction(db, (tx) =>
        deleteEvaluation(repositories(tx), principalOf(request), request.params.id),
      );
      return reply.status(204).send(null);
    },
  });

  r.get(`${base}/:id/export`, {
    config: { permission: 'org.read' },
    schema: {
      tags,
      description: 'The evaluation as the import’s file: Excel by default, or CSV.',
      params: idParams,
      querystring: z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await exportEvaluation(
        repositories(db),
        principalOf(request),
        request.params.id,
        request.query.format,
      );
      return sendFile(reply, {
        name: file.fileName,
        contentType: file.contentType,
        bytes: file.body,
      });
    },
  });

  r.post('/api/compass/points/:id/activity', {
    config: { permission: 'model.write' },
    schema: {
      tags,
      description:
        'Turns an improvement point into an assignment (activity) of the year with a responsible unit, and links it to the point.',
      params: idParams,
      body: makeActivityInput,
      response: { 201: z.object({ activityId: id }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        makeActivity(repositories(tx), principalOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(made);
    },
  });

  uploadScope(
    app,
    {
      limit: UPLOAD_LIMIT,
      types: sheetUploadTypes,
    },
    (scope) => {
      scope.post(`${base}/import`, {
        config: { permission: 'model.write' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          description:
            'Imports a whole evaluation (docs/kommunkompassen.md). All or nothing: a file with any problem imports nothing and the 422 lists each problem in Swedish by row and column.',
          querystring: compassImportQuery,
          response: {
            200: compassImportResult,
            ...errorResponses,
            413: errorResponse,
            503: errorResponse,
          },
        },
        handler: (request) =>
          importSlots.run(async () => {
            const { bytes } = await uploadedFile(request, unsupportedCompassFile);
            return inTransaction(db, (tx) =>
              importEvaluation(repositories(tx), principalOf(request), bytes, {
                dryRun: request.query.dryRun === 'true',
              }),
            );
          }),
      });
    },
  );
}
