import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  compilation,
  compilationList,
  compilationParams,
  startCompilationInput,
} from '#contracts/compilations.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { sendFile } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { COMPILE } from './documents.compilation.jobs.ts';
import {
  cancelCompilation,
  compilationFile,
  compilationOf,
  listCompilations,
  startCompilation,
} from './documents.compilation.usecases.ts';

const tags = ['documents'];
/** an administrator, or a controller of a top unit: the use cases decide which (model.write) */
const config = { permission: 'model.write' } as const;

/**
 * The city's compilation (docs/documents.md): start one (a pg-boss job builds it), follow its
 * progress, cancel it, download its file. Without a job queue in the process a started
 * compilation waits, queued, for the next start-up of one that has a queue.
 */
export function registerCompilationRoutes(
  app: FastifyInstance,
  { db, now, queue }: AppContext,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/compilations', {
    config,
    schema: {
      tags,
      description: 'The tenant’s latest compilations, newest first.',
      response: { 200: compilationList, ...errorResponses },
    },
    handler: async (request) => ({
      compilations: await listCompilations(repositories(db), principalOf(request), now()),
    }),
  });

  r.post('/api/compilations', {
    config,
    schema: {
      tags,
      description:
        'Starts the compilation of every committee’s report of a period into one document (html, docx or pdf), made by a background job; poll GET /api/compilations/{id} for its progress.',
      body: startCompilationInput,
      response: { 202: compilation, ...errorResponses },
    },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        startCompilation(
          repositories(tx),
          (data) => queue?.send(COMPILE, data, { tx }) ?? Promise.resolve(null),
          principalOf(request),
          request.body,
        ),
      );
      return reply.code(202).send(made);
    },
  });

  r.get('/api/compilations/:id', {
    config,
    schema: {
      tags,
      description:
        'A compilation’s status and progress: committees done of the total, the one being built.',
      params: compilationParams,
      response: { 200: compilation, ...errorResponses },
    },
    handler: (request) =>
      compilationOf(repositories(db), principalOf(request), request.params.id, now()),
  });

  r.post('/api/compilations/:id/cancel', {
    config,
    schema: {
      tags,
      description:
        'Cancels a queued or running compilation; the job stops before its next committee.',
      params: compilationParams,
      response: { 200: compilation, ...errorResponses },
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        cancelCompilation(repositories(tx), principalOf(request), request.params.id, now()),
      ),
  });

  r.get('/api/compilations/:id/file', {
    config,
    schema: {
      tags,
      description: 'The finished compilation’s file; each download is audited.',
      params: compilationParams,
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await inTransaction(db, (tx) =>
        compilationFile(repositories(tx), principalOf(request), request.params.id, now()),
      );
      return sendFile(reply, file);
    },
  });
}
