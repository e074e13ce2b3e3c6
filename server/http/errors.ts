import type { FastifyError, FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import type { FieldIssue } from '#contracts/common.ts';
import { codeOfZodIssue } from '#contracts/issues.ts';
import { AppError, validationFailed } from '#server/errors.ts';
import { failureOf } from './failure.ts';

/** An item of a Fastify validation error as fastify-type-provider-zod 7 makes it from a zod issue. */
type ValidationItem = {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
};

function issuesOf(validation: unknown, context: string | undefined): FieldIssue[] {
  const list = Array.isArray(validation) ? (validation as ValidationItem[]) : [];
  return list.map((item) => {
    // The zod issue is spread into `params`, without its code, message and path; its path is
    // kept only as a JSON pointer (/changes/0/name).
    const pointer = typeof item.instancePath === 'string' ? item.instancePath : '';
    const segments = pointer.split('/').filter(Boolean);
    const path = [context === 'body' ? '' : context, ...segments].filter(Boolean).join('.');
    const message = item.message ?? 'is invalid';
    return { path, message, ...codeOfZodIssue({ ...item.params, code: item.keyword, message }) };
  });
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined)
        reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.statusCode).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.details !== undefined ? { details: error.details } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = issuesOf(error.validation, error.validationContext);
      const app = validationFailed(issues);
      return reply
        .status(422)
        .send({ error: { code: app.code, message: app.message, details: issues } });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ failure: failureOf(error) }, 'response did not match its schema');
      return reply
        .status(500)
        .send({ error: { code: 'internal', message: 'Internal server error' } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ failure: failureOf(error) }, 'request failed');
      return reply
        .status(500)
        .send({ error: { code: 'internal', message: 'Internal server error' } });
    }
    // Fastify's own 4xx: malformed JSON, too large a body, wrong content type, rate limit.
    const code =
      status === 429
        ? 'rate_limited'
        : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
            error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'invalid_json'
          : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'body_too_large'
            : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
              ? 'unsupported_media_type'
              : 'bad_request';
    return reply.status(status).send({ error: { code, message: error.message } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
      },
    }),
  );
}
