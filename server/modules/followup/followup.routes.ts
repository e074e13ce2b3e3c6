import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { activityReport, activityReportInput } from '#contracts/activities.ts';
import { goalAssessment, goalAssessmentInput } from '#contracts/goals.ts';
import {
  enteredPreviousOutcome,
  enteredPreviousOutcomeInput,
  outcome,
  outcomeInput,
} from '#contracts/indicators.ts';
import {
  activityReportParams,
  goalAssessmentParams,
  outcomeParams,
  periodParams,
  publicationInput,
  reportState,
  rollUp as rollUpSchema,
  rollUpQuery,
  reportTransitionInput,
  unitReport as unitReportSchema,
  unitReportParams,
} from '#contracts/followup.ts';
import { textFindings } from '#contracts/followup.checks.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { swedishToday } from '../org/org.routes.ts';
import { reportNotifier } from '../notifications/notifications.jobs.ts';
import { adoptionFreezer } from '../documents/documents.versions.routes.ts';
import { reportTextFindings } from './checks/followup.text.usecases.ts';
import { rollUp } from './rollup/followup.rollup.usecases.ts';
import { unitReport } from './followup.usecases.ts';
import { publishReport, transitionReport } from './workflow/followup.workflow.usecases.ts';
import {
  saveActivityReport,
  saveEnteredPreviousOutcome,
  saveGoalAssessment,
  saveOutcome,
} from './followup.write.usecases.ts';
import { goalStatuses as goalStatusesSchema } from '#contracts/goals.status.ts';
import { goalStatuses } from './rollup/followup.rollup.statuses.usecases.ts';

const base = '/api/units/:unitId/periods/:periodId';

export function registerFollowupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, now, queue } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const freezer = adoptionFreezer(app, ctx);

  r.get(`${base}/report`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: unitReportParams,
      response: { 200: unitReportSchema, ...errorResponses },
    },
    handler: (request) =>
      unitReport(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.periodId,
      ),
  });

  // Read apart from the report: it reads the economy too, and the writer asks for it when needed.
  r.get(`${base}/text-checks`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: unitReportParams,
      response: { 200: textFindings, ...errorResponses },
    },
    handler: (request) =>
      reportTextFindings(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.periodId,
      ),
  });

  r.put(`${base}/goals/:goalId/assessment`, {
    config: { permission: 'followup.write' },
    schema: {
      tags: ['follow-up'],
      params: goalAssessmentParams,
      body: goalAssessmentInput,
      response: { 200: goalAssessment, ...errorResponses },
    },
    handler: writeThrough(db, saveGoalAssessment),
  });

  r.put(`${base}/indicators/:indicatorId/outcome`, {
    config: { permission: 'followup.write' },
    schema: {
      tags: ['follow-up'],
      params: outcomeParams,
      body: outcomeInput,
      response: { 200: outcome, ...errorResponses },
    },
    handler: writeThrough(db, saveOutcome),
  });

  r.put(`${base}/indicators/:indicatorId/previous-outcome`, {
    config: { permission: 'followup.write' },
    schema: {
      tags: ['follow-up'],
      description:
        'Last year\'s outcome as this report prints it ("Periodens utfall VB <år−1>"), for a unit with no stored outcome of last year. The report shows the stored one when there is one (`previousOutcomeSource`) and flags a difference (`previousOutcomeDiffers`).',
      params: outcomeParams,
      body: enteredPreviousOutcomeInput,
      response: { 200: enteredPreviousOutcome, ...errorResponses },
    },
    handler: writeThrough(db, saveEnteredPreviousOutcome),
  });

  r.put(`${base}/activities/:activityId/report`, {
    config: { permission: 'followup.write' },
    schema: {
      tags: ['follow-up'],
      params: activityReportParams,
      body: activityReportInput,
      response: { 200: activityReport, ...errorResponses },
    },
    handler: writeThrough(db, saveActivityReport),
  });

  // Each step checks its own permission (write, approve or administer) on the unit.
  r.post(`${base}/transition`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: unitReportParams,
      body: reportTransitionInput,
      response: { 200: reportState, ...errorResponses },
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        transitionReport(
          {
            ...repositories(tx),
            notify: reportNotifier(queue, tx),
            freeze: (principal, place) => freezer(repositories(tx), principal, place),
          },
          principalOf(request),
          request.params,
          request.body,
          swedishToday(now()),
        ),
      ),
  });

  // An approver of the unit or an administrator; only an adopted report (checked in the use case).
  r.put(`${base}/publication`, {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: unitReportParams,
      body: publicationInput,
      response: { 200: reportState, ...errorResponses },
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        publishReport(repositories(tx), principalOf(request), request.params, request.body, now()),
      ),
  });

  r.get('/api/periods/:periodId/rollup', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: periodParams,
      querystring: rollUpQuery,
      response: { 200: rollUpSchema, ...errorResponses },
    },
    handler: (request) =>
      rollUp(repositories(db), principalOf(request), request.params.periodId, request.query.level),
  });

  r.get('/api/periods/:periodId/goal-statuses', {
    config: { permission: 'followup.read' },
    schema: {
      tags: ['follow-up'],
      params: periodParams,
      response: { 200: goalStatusesSchema, ...errorResponses },
    },
    handler: (request) =>
      goalStatuses(repositories(db), principalOf(request), request.params.periodId),
  });
}
