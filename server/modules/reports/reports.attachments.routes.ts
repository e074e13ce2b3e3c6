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
import { uploadedFile, uploadScope, sendFile } from '#server/http/files.ts';
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
  const refused = () => attachmentType({ allowed: Object.values(attachmentTypes) });
  const file = await uploadedFile(request, refused);
  const named = file.name ?? name;
  if (!named) throw refused();
  return { name: named, bytes: file.bytes };
}

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
      return sendFile(reply, { ...file, bytes: file.content });
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

  uploadScope(
    app,
    {
      limit: ATTACHMENT_LIMIT,
      types: [...Object.keys(attachmentTypes), 'application/octet-stream'],
    },
    (scope) => {
      scope.post(base, {
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
    },
  );
}
