import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  chapterText,
  chapterTextInput,
  chapterTextParams,
  chaptersParams,
  reportChapters as reportChaptersSchema,
  reportTemplate,
  templateInput,
  templateParams,
} from '#contracts/reports.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { registerAttachmentRoutes } from './reports.attachments.routes.ts';
import { reportChapters, saveChapterText } from './reports.chapters.usecases.ts';
import { readTemplate, saveTemplate } from './reports.usecases.ts';

const tags = ['reports'];

export function registerReportsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/report-templates/:year/:periodKind', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The chapters of the reports of a kind of period in a year: the tenant’s stored template, or the default (`stored: false`).',
      params: templateParams,
      response: { 200: reportTemplate, ...errorResponses },
    },
    handler: (request) => readTemplate(repositories(db), principalOf(request), request.params),
  });

  // model.write on the whole organisation (checked in the use case).
  r.put('/api/report-templates/:year/:periodKind', {
    config: { permission: 'model.write' },
    schema: {
      tags,
      params: templateParams,
      body: templateInput,
      response: { 200: reportTemplate, ...errorResponses },
    },
    handler: writeThrough(db, saveTemplate),
  });

  r.get('/api/units/:unitId/periods/:periodId/chapters', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      params: chaptersParams,
      response: { 200: reportChaptersSchema, ...errorResponses },
    },
    handler: (request) => reportChapters(repositories(db), principalOf(request), request.params),
  });

  r.put('/api/units/:unitId/periods/:periodId/chapters/:chapterKey/text', {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      params: chapterTextParams,
      body: chapterTextInput,
      response: { 200: chapterText, ...errorResponses },
    },
    handler: writeThrough(db, saveChapterText),
  });

  registerAttachmentRoutes(app, ctx);
}
