import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '#contracts/common.ts';
import { caseParams } from '#contracts/decisions.ts';
import { unitReportParams } from '#contracts/followup.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { swedishToday } from '../org/org.routes.ts';
import { sendFile } from '#server/http/files.ts';
import { documentFormats, type DocumentFormat } from './documents.render.ts';
import { decisionCaseFile, reportFile, type DocumentFile } from './documents.usecases.ts';
import { appPrinter, registerDocumentVersionRoutes } from './documents.versions.routes.ts';

const formats = Object.keys(documentFormats) as [DocumentFormat, ...DocumentFormat[]];
export const documentQuery = z.strictObject({ format: z.enum(formats) });

const fileReply = (reply: FastifyReply, file: DocumentFile) => sendFile(reply, file);

/**
 * `GET /api/units/:unitId/periods/:periodId/document?format=html|docx|pdf`: the unit's report as
 * a document, for whoever may read the report; `…/decision-case/document` the same for its
 * decision case, for whoever may read the case. One Chromium prints every PDF of the process; it
 * is started on the first PDF and closed with the app.
 */
export function registerDocumentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now } = ctx;
  const printer = appPrinter(app, ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/units/:unitId/periods/:periodId/document', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['documents'],
      description:
        'The report as a document in its template’s chapter order: HTML, Word (docx) or tagged PDF (needs Chromium on the server; 503 `documents.chromium_missing` otherwise). Each download is audited with its SHA-256.',
      params: unitReportParams,
      querystring: documentQuery,
      response: { 200: z.any(), ...errorResponses, 503: errorResponse },
    },
    handler: async (request, reply) => {
      const file = await reportFile(
        repositories(db),
        principalOf(request),
        request.params,
        request.query.format,
        printer,
        swedishToday(now()),
      );
      return fileReply(reply, file);
    },
  });

  r.get('/api/units/:unitId/periods/:periodId/decision-case/document', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['documents', 'decisions'],
      description:
        'The decision case (tjänsteutlåtande with its numbered proposals, then the decision and the statements) as a document: HTML, Word (docx) or tagged PDF (503 `documents.chromium_missing` without Chromium). Each download is audited with its SHA-256.',
      params: caseParams,
      querystring: documentQuery,
      response: { 200: z.any(), ...errorResponses, 503: errorResponse },
    },
    handler: async (request, reply) => {
      const file = await decisionCaseFile(
        repositories(db),
        principalOf(request),
        request.params,
        request.query.format,
        printer,
        swedishToday(now()),
      );
      return fileReply(reply, file);
    },
  });

  registerDocumentVersionRoutes(app, ctx);
}
