import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/**
 * Files in and out of the API: uploads as the raw body or a multipart form's one file, and
 * downloads with a name every browser keeps.
 */

/** `attachment; filename="…"`: an ASCII fallback and the name itself (RFC 6266). */
export const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * A file as the answer: its type, its name (`contentDisposition`), never cached, and never sniffed
 * into another type by the browser (an uploaded HTML named .pdf stays a download).
 */
export const sendFile = (
  reply: FastifyReply,
  file: { name: string; contentType: string; bytes: Uint8Array | string },
) =>
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.name))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(typeof file.bytes === 'string' ? file.bytes : Buffer.from(file.bytes));

/** What a spreadsheet import takes as the raw body: Excel, or CSV (some clients send either as octets). */
export const sheetUploadTypes = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
  'text/csv',
];

const zodScope = (scope: FastifyInstance) => scope.withTypeProvider<ZodTypeProvider>();
type ZodScope = ReturnType<typeof zodScope>;

/**
 * Upload routes in a scope of their own, so that no other route accepts such bodies: multipart
 * with one file, and the raw body of the given content types, each up to `limit` bytes.
 */
export function uploadScope(
  app: FastifyInstance,
  { limit, types }: { limit: number; types: string[] },
  routes: (scope: ZodScope) => void,
): void {
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: limit, files: 1, fields: 5 } });
    scope.addContentTypeParser(
      types,
      { parseAs: 'buffer', bodyLimit: limit },
      (_request, body, done) => done(null, body),
    );
    routes(zodScope(scope));
  });
}

/** The uploaded file's bytes and (from a form) its name; `refused()` when there is none. */
export async function uploadedFile(
  request: FastifyRequest,
  refused: () => Error,
): Promise<{ bytes: Uint8Array; name: string | null }> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw refused();
    return { bytes: await file.toBuffer(), name: file.filename };
  }
  if (!Buffer.isBuffer(request.body)) throw refused();
  return { bytes: request.body, name: null };
}
