import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { id } from '#contracts/common.ts';
import { economyParams } from '#contracts/economy.ts';
import {
  areaLinks,
  areaLinksInput,
  efficiencyQuery,
  efficiencyView as efficiencyViewSchema,
} from '#contracts/efficiency.ts';
import type { AppContext } from '#server/context.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { efficiencyView, setAreaLinks } from './efficiency.usecases.ts';

const base = '/api/units/:unitId/years/:year/efficiency';
const tags = ['efficiency'];

export function registerEfficiencyRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'Cost and quality side by side: each operating area’s net cost with its linked goals (the unit’s assessment) and indicators (outcome, target), and a cost per output for indicators that count the area’s output.',
      params: economyParams,
      querystring: efficiencyQuery,
      response: { 200: efficiencyViewSchema, ...errorResponses },
    },
    handler: (request) =>
      efficiencyView(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
        request.query.period,
      ),
  });

  r.put(`${base}/areas/:areaId/links`, {
    config: { permission: 'model.write' },
    schema: {
      tags,
      description:
        'Replaces an area’s links to goals and indicators of the unit’s report; `countsOutput` marks an indicator that counts the area’s output.',
      params: economyParams.extend({ areaId: id }),
      body: areaLinksInput,
      response: { 200: areaLinks, ...errorResponses },
    },
    handler: writeThrough(db, setAreaLinks),
  });
}
