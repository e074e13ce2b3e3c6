import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  documentVersionParams,
  documentVersions,
  frozenSummary,
  newVersionInput,
} from '#contracts/documents.ts';
import { unitReportParams } from '#contracts/followup.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { sendFile } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import type { Principal } from '#server/principal.ts';
import { repositories, type Repositories } from '#server/repositories.ts';
import { swedishToday } from '../org/org.routes.ts';
import { createPdfPrinter, type PdfPrinter } from './documents.pdf.ts';
import {
  createVersion,
  freezeDocuments,
  listVersions,
  versionFile,
} from './documents.freeze.usecases.ts';

const tags = ['documents'];
const base = '/api/units/:unitId/periods/:periodId/document-versions';

/**
 * One Chromium per app for every document route and the adoption's freeze: the process's own
 * when main.ts gave one (shared with the compilation's job, closed by main.ts), else one made
 * here and closed with the app (route tests).
 */
const printers = new WeakMap<AppContext, PdfPrinter>();
export function appPrinter(app: FastifyInstance, ctx: AppContext): PdfPrinter {
  if (ctx.printer) return ctx.printer;
  let printer = printers.get(ctx);
  if (!printer) {
    const made = createPdfPrinter(ctx.config.chromiumPath);
    printers.set(ctx, made);
    app.addHook('onClose', () => made.close());
    printer = made;
  }
  return printer;
}

/**
 * What the adoption step calls in its own transaction (followup.workflow.usecases.ts): the
 * report's documents frozen as version 1 (or the next, after a reopening and a new adoption).
 */
export const adoptionFreezer =
  (app: FastifyInstance, ctx: AppContext) =>
  (repos: Repositories, principal: Principal, place: { unitId: string; periodId: string }) =>
    freezeDocuments(repos, principal, place, {
      reason: '',
      printer: appPrinter(app, ctx),
      today: swedishToday(ctx.now()),
    });

export function registerDocumentVersionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now } = ctx;
  const printer = appPrinter(app, ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The frozen versions of the adopted report’s documents, newest first: each file’s kind, format, size and SHA-256, the adoption date and diarienummer, the reason of a correction, who and when.',
      params: unitReportParams,
      response: { 200: documentVersions, ...errorResponses },
    },
    handler: (request) =>
      listVersions(repositories(db), principalOf(request), request.params, printer),
  });

  r.get(`${base}/:versionId`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description: 'One frozen file, its bytes exactly as stored (their SHA-256 is listed).',
      params: documentVersionParams,
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await versionFile(repositories(db), principalOf(request), request.params);
      return sendFile(reply, { ...file, bytes: file.content });
    },
  });

  // An approver or controller of the unit (checked in the use case); the report must be adopted.
  r.post(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        '"Ny version": the report’s current data rendered and frozen as the next version, with the reason for the correction (required).',
      params: unitReportParams,
      body: newVersionInput,
      response: { 201: frozenSummary, ...errorResponses },
    },
    handler: async (request, reply) => {
      const made = await inTransaction(db, (tx) =>
        createVersion(repositories(tx), principalOf(request), request.params, request.body, {
          printer,
          today: swedishToday(now()),
        }),
      );
      return reply.status(201).send(made);
    },
  });
}
