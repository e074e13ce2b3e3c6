import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '#contracts/common.ts';
import {
  publicReport,
  publicReportList,
  publicReportParams,
  publicTenantParams,
  publicTenants,
} from '#contracts/portal.ts';
import type { AppContext } from '#server/context.ts';
import { repositories } from '#server/repositories.ts';
import { publishedReport, publishedReports, publishingTenants } from './portal.usecases.ts';
import { publicDecisionCase } from '#contracts/decisions.ts';
import { publishedDecisionCase } from './portal.decisions.usecases.ts';
import { publicGoalTree, publicGoalTreeParams } from '#contracts/goals.status.ts';
import { publishedGoalTree } from '../followup/rollup/followup.rollup.statuses.usecases.ts';

/**
 * Read-only routes for the public, without a session. Each caller (by address) gets a generous
 * budget per minute: a citizen reads a few pages, a scraper is slowed down.
 */
const publicRateLimit = { max: 300, timeWindow: '1 minute' };
const responses = { 404: errorResponse, 422: errorResponse, 429: errorResponse };

export function registerPortalRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/public/tenants', {
    config: { public: true, rateLimit: publicRateLimit },
    schema: { tags: ['public'], response: { 200: publicTenants, 429: errorResponse } },
    handler: () => publishingTenants(repositories(db)),
  });

  r.get('/api/public/:scbCode/reports', {
    config: { public: true, rateLimit: publicRateLimit },
    schema: {
      tags: ['public'],
      params: publicTenantParams,
      response: { 200: publicReportList, ...responses },
    },
    handler: (request) => publishedReports(repositories(db), request.params.scbCode),
  });

  r.get('/api/public/:scbCode/reports/:periodId/:unitId', {
    config: { public: true, rateLimit: publicRateLimit },
    schema: {
      tags: ['public'],
      params: publicReportParams,
      response: { 200: publicReport, ...responses },
    },
    handler: (request) => publishedReport(repositories(db), request.params),
  });

  r.get('/api/public/:scbCode/reports/:periodId/:unitId/decision', {
    config: { public: true, rateLimit: publicRateLimit },
    schema: {
      tags: ['public'],
      description:
        'The decision case of a published report: proposals, the decision and the statements (text only).',
      params: publicReportParams,
      response: { 200: publicDecisionCase, ...responses },
    },
    handler: (request) => publishedDecisionCase(repositories(db), request.params),
  });

  r.get('/api/public/:scbCode/periods/:periodId/goals', {
    config: { public: true, rateLimit: publicRateLimit },
    schema: {
      tags: ['public'],
      params: publicGoalTreeParams,
      response: { 200: publicGoalTree, ...responses },
    },
    handler: (request) => publishedGoalTree(repositories(db), request.params),
  });
}
