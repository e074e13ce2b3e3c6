import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id, idParams } from '#contracts/common.ts';
import { indicatorFormulaInput } from '#contracts/formulas.ts';
import { indicatorInput, targetInput } from '#contracts/indicators.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { repositories } from '#server/repositories.ts';
import { setIndicatorFormula } from './indicators.computed.usecases.ts';
import { createIndicator, setTarget } from './indicators.usecases.ts';

const created = z.object({ id });

export function registerIndicatorsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/indicators', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['indicators'],
      body: indicatorInput.extend({ goalIds: z.array(id).min(1).max(50) }),
      response: { 201: created, ...errorResponses },
    },
    handler: async (request, reply) => {
      const indicatorId = await inTransaction(db, (tx) =>
        createIndicator(repositories(tx), principalOf(request), request.body),
      );
      return reply.status(201).send({ id: indicatorId });
    },
  });

  r.put('/api/indicators/:id/target', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['indicators'],
      params: idParams,
      body: targetInput,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await inTransaction(db, (tx) =>
        setTarget(repositories(tx), principalOf(request), request.params.id, request.body),
      );
      return reply.status(204).send(null);
    },
  });

  r.put('/api/indicators/:id/formula', {
    config: { permission: 'model.write' },
    schema: {
      tags: ['indicators'],
      description:
        'Marks the indicator as computed from the economy (docs/economy-formulas.md, "Computed indicators"), or with `formula: null` as reported by hand again. The outcomes of the annual period are computed at once for every unit with an economy; `written` says how many changed.',
      params: idParams,
      body: indicatorFormulaInput,
      response: { 200: z.object({ written: z.number().int() }), ...errorResponses },
    },
    handler: (request) =>
      inTransaction(db, (tx) =>
        setIndicatorFormula(
          repositories(tx),
          principalOf(request),
          request.params.id,
          request.body,
        ),
      ),
  });
}
