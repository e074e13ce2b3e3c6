import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { unitReportParams } from '#contracts/followup.ts';
import {
  goalCommentInput,
  goalCommentParams,
  reportComment,
  reportComments,
  unitPeople,
} from '#contracts/report-comments.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { postGoalComment, reportCommentsOf, unitPeopleOf } from './followup.comments.usecases.ts';

/** Comments at a unit's report: send-back comments, goal threads, the people to mention. */
export function registerReportCommentsRoutes(app: FastifyInstance, { db, now, queue }: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/units/:unitId/periods/:periodId';

  r.get(`${base}/comments`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      description:
        "The report's comments, oldest first: the approver's send-back comments at goals, indicators and activities, and each goal's thread.",
      params: unitReportParams,
      response: { 200: reportComments, ...errorResponses },
    },
    handler: async (request) => ({
      comments: await reportCommentsOf(repositories(db), principalOf(request), request.params),
    }),
  });

  r.get(`${base}/people`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      description: 'The people who may read the unit’s report (who can be mentioned): id and name.',
      params: unitReportParams,
      response: { 200: unitPeople, ...errorResponses },
    },
    handler: async (request) => ({
      people: await unitPeopleOf(repositories(db), principalOf(request), request.params),
    }),
  });

  // A writer or an approver of the unit (checked in the use case).
  r.post(`${base}/goals/:goalId/comments`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: goalCommentParams,
      body: goalCommentInput,
      response: { 201: reportComment, ...errorResponses },
    },
    handler: async (request, reply) => {
      const saved = await inTransaction(db, (tx) =>
        postGoalComment(
          { ...repositories(tx), tx, queue },
          principalOf(request),
          request.params,
          request.body,
          now(),
        ),
      );
      return reply.code(201).send(saved);
    },
  });
}
