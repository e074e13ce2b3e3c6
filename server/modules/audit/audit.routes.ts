import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPage, auditQuery } from '#contracts/audit.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { repositories } from '#server/repositories.ts';
import { errorResponses } from '#server/http/responses.ts';
import { exportAuditCsv, listAudit } from './audit.usecases.ts';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit', {
    config: { permission: 'audit.read' },
    schema: {
      tags: ['audit'],
      querystring: auditQuery,
      response: { 200: auditPage, ...errorResponses },
    },
    handler: (request) =>
      listAudit(repositories(ctx.db), principalOf(request).tenantId, request.query),
  });

  r.get('/api/audit.csv', {
    config: { permission: 'audit.read' },
    schema: {
      tags: ['audit'],
      querystring: auditQuery.omit({ before: true, limit: true }),
      response: { 200: z.string(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const csv = await exportAuditCsv(
        repositories(ctx.db),
        principalOf(request).tenantId,
        request.query,
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="granskningslogg.csv"')
        .send(csv);
    },
  });
}
