import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  caseParams,
  decisionCase,
  decisionCaseInput,
  decisionInput,
  statementInput,
  statementParams,
  statementRemoval,
} from '#contracts/decisions.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import {
  addStatement,
  readCase,
  recordDecision,
  removeStatement,
  saveCase,
  updateStatement,
} from './decisions.usecases.ts';

const tags = ['decisions'];
const base = '/api/units/:unitId/periods/:periodId/decision-case';

/**
 * A unit's decision case for a report period. The unit's scope is checked in the use cases:
 * preparing needs followup.write on the unit, the decision and statements an approver, a
 * controller or an administrator of it (docs/decision-cases.md).
 */
export function registerDecisionsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const response = { 200: decisionCase, ...errorResponses };

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The decision case (ärende) of the unit’s report for the period: stored, or the default proposals (`stored: false`).',
      params: caseParams,
      response,
    },
    handler: (request) => readCase(repositories(db), principalOf(request), request.params),
  });

  r.put(base, {
    config: { permission: 'followup.write' },
    schema: { tags, params: caseParams, body: decisionCaseInput, response },
    handler: writeThrough(db, saveCase),
  });

  // The clerk's writes: approve or model.write on the unit, checked in the use case.
  r.put(`${base}/decision`, {
    config: { permission: 'followup.read' },
    schema: { tags, params: caseParams, body: decisionInput, response },
    handler: writeThrough(db, recordDecision),
  });

  r.post(`${base}/statements`, {
    config: { permission: 'followup.read' },
    schema: { tags, params: caseParams, body: statementInput, response },
    handler: writeThrough(db, addStatement),
  });

  r.put(`${base}/statements/:statementId`, {
    config: { permission: 'followup.read' },
    schema: { tags, params: statementParams, body: statementInput, response },
    handler: writeThrough(db, updateStatement),
  });

  r.delete(`${base}/statements/:statementId`, {
    config: { permission: 'followup.read' },
    schema: { tags, params: statementParams, querystring: statementRemoval, response },
    handler: (request) =>
      inTransaction(db, (tx) =>
        removeStatement(repositories(tx), principalOf(request), request.params, request.query),
      ),
  });
}
