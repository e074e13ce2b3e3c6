import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LogLevel } from '../config.ts';

/**
 * How answers leave the server: one log line per request, API answers never cached, hashed
 * assets cached for good, and source maps never served.
 */

/** One line per request at `level` (Fastify's own pair of lines per request is turned off). */
export function registerRequestLog(app: FastifyInstance, level: LogLevel): void {
  if (level === 'silent') return;
  app.addHook('onResponse', (request, reply, done) => {
    request.log[level](
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });
}

/** API answers hold a user's data and the CSRF token: no cache or proxy keeps them. */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}

/** A URL Fastify cannot decode (`/api/%E0%A4%A`) answers in the API's error shape. */
export function badUrl(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send({ error: { code: 'bad_url', message: error.message } });
}

/** Vite names built assets by their content, so a name never changes meaning. */
export const staticDelivery = {
  setHeaders(reply: FastifyReply, filePath: string) {
    if (/[\\/]assets[\\/]/.test(filePath))
      reply.header('cache-control', 'public, max-age=31536000, immutable');
  },
  // the build keeps its maps ('hidden') for error reports; they are not for the public
  allowedPath: (pathName: string) => !pathName.endsWith('.map'),
};
