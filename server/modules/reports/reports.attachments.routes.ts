import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ATTACHMENT_LIMIT,
  attachment,
  attachmentParams,
  attachmentTypes,
  chaptersParams,
} from '#contracts/reports.ts';
import { errorResponse, shortText } from '#contracts/common.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { attachmentType } from './reports.errors.ts';
import {
  attachmentFile,
  deleteAttachment,
  uploadAttachment,
  type Upload,
} from './reports.attachments.usecases.ts';

const tags = ['reports'];
const base = '/api/units/:unitId/periods/:periodId/attachments';
const uploadQuery = z.strictObject({ name: shortText(200).optional() });

/** The file of an upload: a multipart form's first file, or the raw body named by `?name=`. */
async function uploaded(request: FastifyRequest, name: string | undefined): Promise<Upload> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw attachmentType({ allowed: Object.values(attachmentTypes) });
    return { name: file.filename, bytes: await file.toBuffer() };
  }
  if (!Buffer.isBuffer(request.body) || !name)
    throw attachmentType({ allowed: Object.values(attachmentTypes) });
  return { name, bytes: request.body };
}

/** `attachment; filename="…"`: an ASCII fallback and the name itself (RFC 6266). */
export const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerAttachmentRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/:attachmentId`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description: 'The attached file as it was uploaded, as an attachment.',
      params: attachmentParams,
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await attachmentFile(repositories(db), principalOf(request), request.params);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.name))
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  });

  r.delete(`${base}/:attachmentId`, {
    config: { permission: 'followup.write' },
    schema: { tags, params: attachmentParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await inTransaction(db, (tx) =>
        deleteAttachment(repositories(tx), principalOf(request), request.params),
      );
      return reply.status(204).send(null);
    },
  });

  // The upload's parsers live in a scope of their own so that no other route accepts such bodies.
  void app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: ATTACHMENT_LIMIT, files: 1, fields: 5 },
    });
    scope.addContentTypeParser(
      [...Object.keys(attachmentTypes), 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(base, {
      config: { permission: 'followup.write' },
      bodyLimit: ATTACHMENT_LIMIT,
      schema: {
        tags,
        description:
          'Attach a PDF, Word (.docx) or Excel (.xlsx) file to the unit’s report for the period: as a multipart form’s file, or as the body with `?name=` giving the file’s name.',
        params: chaptersParams,
        querystring: uploadQuery,
        response: { 201: attachment, ...errorResponses, 413: errorResponse, 415: errorResponse },
      },
      handler: async (request, reply) => {
        const upload = await uploaded(request, request.query.name);
        const made = await inTransaction(db, (tx) =>
          uploadAttachment(repositories(tx), principalOf(request), request.params, upload),
        );
        return reply.status(201).send(made);
      },
    });
  });
}
