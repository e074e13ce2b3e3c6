import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  feedbackInput,
  feedbackParams,
  feedbackView as feedbackViewSchema,
} from '#contracts/feedback.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { feedbackView, saveFeedback } from './feedback.usecases.ts';
import { registerFeedbackFileRoutes } from './import/feedback.import.routes.ts';

const base = '/api/units/:unitId/years/:year/feedback';
const tags = ['feedback'];

/** Complaints, suggestions and surveys: followup.read on the unit reads, followup.write writes. */
export function registerFeedbackRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'A unit’s complaints, praise and suggestions of a year by category and channel, themes, actions and surveys, with last year’s beside them.',
      params: feedbackParams,
      response: { 200: feedbackViewSchema, ...errorResponses },
    },
    handler: (request) =>
      feedbackView(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
      ),
  });

  r.put(base, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description:
        'Replaces a unit’s complaints, suggestions and surveys of a year; `version` is the one read (0 for none).',
      params: feedbackParams,
      body: feedbackInput,
      response: { 200: feedbackViewSchema, ...errorResponses },
    },
    handler: writeThrough(db, saveFeedback),
  });

  registerFeedbackFileRoutes(app, ctx);
}
