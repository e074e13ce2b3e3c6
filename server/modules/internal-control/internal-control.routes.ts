import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adoptionInput,
  controlParams,
  controlInput,
  controlUpdate,
  followUpInput,
  followUpParams,
  internalControlParams,
  internalControlView,
  overview,
  overviewQuery,
  riskInput,
  riskParams,
  riskUpdate,
  versionQuery,
} from '#contracts/internal-control.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { exportCsv, exportXlsx } from './internal-control.export.usecases.ts';
import { registerInternalControlImportRoutes } from './import/internal-control.import.routes.ts';
import { internalControlOverview } from './internal-control.overview.usecases.ts';
import {
  adoptPlan,
  createControl,
  createRisk,
  internalControlView as view,
  removeControl,
  removeRisk,
  saveFollowUp,
  updateControl,
  updateRisk,
  withdrawAdoption,
} from './internal-control.usecases.ts';

const base = '/api/units/:unitId/years/:year/internal-control';
const tags = ['internal-control'];
const answer = { 200: internalControlView, ...errorResponses };

/**
 * Internal control of a unit and year (docs/internal-control.md). Every write answers with the
 * whole view as stored after it, so the page redraws from one answer.
 */
export function registerInternalControlRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  registerInternalControlImportRoutes(app, ctx);

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The unit’s risk analysis for the year (each risk with its value and matrix band), the plan’s controls with their follow-up per period, the adoption, and what the caller may do.',
      params: internalControlParams,
      response: answer,
    },
    handler: (request) => view(repositories(db), principalOf(request), request.params),
  });

  r.get('/api/internal-control/overview', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'Risks and deviations across the units the caller reads, highest risk value first; filter by a unit (and those below it), a lowest value, the plan and deviations.',
      querystring: overviewQuery,
      response: { 200: overview, ...errorResponses },
    },
    handler: (request) =>
      internalControlOverview(repositories(db), principalOf(request), request.query),
  });

  r.get(`${base}.csv`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description: 'The risk analysis, plan and follow-up as CSV (semicolons, UTF-8 with BOM).',
      params: internalControlParams,
      response: { 200: z.string(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const csv = await exportCsv(repositories(db), principalOf(request), request.params);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="internkontroll-${request.params.year}.csv"`,
        )
        .send(csv);
    },
  });

  r.get(`${base}.xlsx`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description: 'The risk analysis, plan and follow-up as an Excel workbook.',
      params: internalControlParams,
    },
    handler: async (request, reply) => {
      const bytes = await exportXlsx(repositories(db), principalOf(request), request.params);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="internkontroll-${request.params.year}.xlsx"`,
        )
        .send(bytes);
    },
  });

  r.post(`${base}/risks`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description: 'Adds a risk to the unit’s risk analysis (refused while the plan is adopted).',
      params: internalControlParams,
      body: riskInput,
      response: answer,
    },
    handler: writeThrough(db, createRisk),
  });

  r.put(`${base}/risks/:riskId`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description:
        'Changes a risk: process, description, probability and consequence (1–4), whether it is in the plan and why. Names the version it started from.',
      params: riskParams,
      body: riskUpdate,
      response: answer,
    },
    handler: writeThrough(db, (repos, principal, params, body) =>
      updateRisk(repos, principal, params, body),
    ),
  });

  r.delete(`${base}/risks/:riskId`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description: 'Removes a risk and its controls.',
      params: riskParams,
      querystring: versionQuery,
      response: answer,
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        removeRisk(repositories(tx), principalOf(request), request.params, request.query.version),
      ),
  });

  r.post(`${base}/risks/:riskId/controls`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description: 'Adds a control to a risk chosen for the plan.',
      params: riskParams,
      body: controlInput,
      response: answer,
    },
    handler: writeThrough(db, createControl),
  });

  r.put(`${base}/controls/:controlId`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description: 'Changes a control; names the version it started from.',
      params: controlParams,
      body: controlUpdate,
      response: answer,
    },
    handler: writeThrough(db, updateControl),
  });

  r.delete(`${base}/controls/:controlId`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description: 'Removes a control and its follow-ups.',
      params: controlParams,
      querystring: versionQuery,
      response: answer,
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        removeControl(
          repositories(tx),
          principalOf(request),
          request.params,
          request.query.version,
        ),
      ),
  });

  r.put(`${base}/controls/:controlId/follow-ups/:periodKey`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description:
        'The follow-up of a control in a period: performed or not, result, deviations, measures decided (and whether they are carried out), responsible, date. Version 0 for the first save.',
      params: followUpParams,
      body: followUpInput,
      response: answer,
    },
    handler: writeThrough(db, saveFollowUp),
  });

  // The adoption is asked for on the unit by the use case: an approver or a controller of it.
  r.put(`${base}/adoption`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'Records the committee’s adoption of the plan (date, body, diarienummer); version 0 the first time. An approver or controller of the unit.',
      params: internalControlParams,
      body: adoptionInput,
      response: answer,
    },
    handler: writeThrough(db, adoptPlan),
  });

  r.delete(`${base}/adoption`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description: 'Withdraws the recorded adoption so that the plan can be changed again.',
      params: internalControlParams,
      querystring: versionQuery,
      response: answer,
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        withdrawAdoption(
          repositories(tx),
          principalOf(request),
          request.params,
          request.query.version,
        ),
      ),
  });
}
