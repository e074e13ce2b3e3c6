import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  indexDefinitions,
  indexDefinitionsInput,
  staffFiguresInput,
  staffParams,
  staffRollUp as staffRollUpSchema,
  staffView as staffViewSchema,
  staffYearParams,
} from '#contracts/hr.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { registerStaffFileRoutes } from './import/hr.import.routes.ts';
import {
  indicesOf,
  saveIndexDefinitions,
  saveStaffFigures,
  staffRollUp,
  staffView,
} from './hr.usecases.ts';

const base = '/api/units/:unitId/years/:year/staff-figures';
const tags = ['hr'];

/**
 * Staff key figures. The unit roles apply as for the rest of a unit's report: followup.read on
 * the unit (or a unit above it) reads, followup.write writes and imports; naming the survey
 * indices of a year is the tenant administrator's (years.manage).
 */
export function registerHrRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'A unit’s own staff key figures of a year, computed (percentages from hours and counts), with last year’s beside them and the figures that do not add up.',
      params: staffParams,
      response: { 200: staffViewSchema, ...errorResponses },
    },
    handler: (request) =>
      staffView(repositories(db), principalOf(request), request.params.unitId, request.params.year),
  });

  r.put(base, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      description:
        'Replaces a unit’s staff key figures of a year; `version` is the one read (0 for none). Recomputes the indicators computed from staff figures.',
      params: staffParams,
      body: staffFiguresInput,
      response: { 200: staffViewSchema, ...errorResponses },
    },
    handler: writeThrough(db, saveStaffFigures),
  });

  r.get(`${base}/rollup`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The staff key figures of the unit and every unit below it that has its own, and their total: sick leave as Σ sick hours / Σ scheduled hours, headcounts summed, indices weighed by respondents.',
      params: staffParams,
      response: { 200: staffRollUpSchema, ...errorResponses },
    },
    handler: (request) =>
      staffRollUp(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
      ),
  });

  r.get('/api/years/:year/staff-indices', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The names of the staff survey indices of a year (the defaults when none are set).',
      params: staffYearParams,
      response: { 200: indexDefinitions, ...errorResponses },
    },
    handler: (request) =>
      indicesOf(repositories(db), principalOf(request).tenantId, request.params.year),
  });

  r.put('/api/years/:year/staff-indices', {
    config: { permission: 'years.manage' },
    schema: {
      tags,
      description: 'Names the staff survey indices of a year (AMI, Ledarskapsindex …).',
      params: staffYearParams,
      body: indexDefinitionsInput,
      response: { 200: indexDefinitions, ...errorResponses },
    },
    handler: writeThrough(db, saveIndexDefinitions),
  });

  registerStaffFileRoutes(app, ctx);
}
