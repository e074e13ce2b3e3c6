import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  carryOversInput,
  economyExportQuery,
  economyImportQuery,
  economyImportResult,
  economyIndicators as economyIndicatorsSchema,
  economyIndicatorsQuery,
  economyLinesInput,
  economyParams,
  economyRollUp as economyRollUpSchema,
  economyRollUpParams,
  economyRollUpQuery,
  economyStructureInput,
  economyView,
  resultFundView,
  resultFundWrite,
} from '#contracts/economy.ts';
import {
  balanceSheetInput,
  investmentAccountInput,
  statementsView,
} from '#contracts/economy.statements.ts';
import { errorResponse } from '#contracts/common.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { uploadedFile, uploadScope, sendFile, sheetUploadTypes } from '#server/http/files.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import { unsupportedFile } from './economy.errors.ts';
import { exportEconomy } from './import/economy.export.usecases.ts';
import { importEconomy } from './import/economy.import.usecases.ts';
import { economyRollUp } from './economy.rollup.usecases.ts';
import {
  readStatements,
  saveBalanceSheet,
  saveInvestmentAccount,
} from './economy.statements.usecases.ts';
import { economyIndicators, readEconomy } from './economy.usecases.ts';
import {
  saveCarryOvers,
  saveLines,
  saveResultFund,
  saveStructure,
} from './economy.write.usecases.ts';

/** A workbook of a city's largest committee runs to a few megabytes; 100 000 rows to about 5. */
export const UPLOAD_LIMIT = 25 * 1024 * 1024;
const base = '/api/units/:unitId/years/:year/economy';
const tags = ['economy'];

/** The file of an upload: a multipart form's first file, or the raw body. */
export function registerEconomyRoutes(app: FastifyInstance, { db, importSlots }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'followup.read' },
    schema: { tags, params: economyParams, response: { 200: economyView, ...errorResponses } },
    handler: (request) =>
      readEconomy(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
      ),
  });

  r.put(`${base}/structure`, {
    config: { permission: 'model.write' },
    schema: {
      tags,
      params: economyParams,
      body: economyStructureInput,
      response: { 200: economyView, ...errorResponses },
    },
    handler: writeThrough(db, saveStructure),
  });

  r.put(`${base}/lines`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      params: economyParams,
      body: economyLinesInput,
      response: { 200: economyView, ...errorResponses },
    },
    handler: writeThrough(db, saveLines),
  });

  r.put(`${base}/carry-overs`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      params: economyParams,
      body: carryOversInput,
      response: { 200: economyView, ...errorResponses },
    },
    handler: writeThrough(db, saveCarryOvers),
  });

  r.get(`${base}/statements`, {
    config: { permission: 'followup.read' },
    schema: { tags, params: economyParams, response: { 200: statementsView, ...errorResponses } },
    handler: (request) =>
      readStatements(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
      ),
  });

  r.put(`${base}/investment-account`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      params: economyParams,
      body: investmentAccountInput,
      response: { 200: statementsView, ...errorResponses },
    },
    handler: writeThrough(db, saveInvestmentAccount),
  });

  r.put(`${base}/balance-sheet`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      params: economyParams,
      body: balanceSheetInput,
      response: { 200: statementsView, ...errorResponses },
    },
    handler: writeThrough(db, saveBalanceSheet),
  });

  r.put(`${base}/result-fund`, {
    config: { permission: 'followup.write' },
    schema: {
      tags,
      params: economyParams,
      body: resultFundWrite,
      response: { 200: resultFundView, ...errorResponses },
    },
    handler: writeThrough(db, saveResultFund),
  });

  r.get(`${base}/indicators`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      params: economyParams,
      querystring: economyIndicatorsQuery,
      response: { 200: economyIndicatorsSchema, ...errorResponses },
    },
    handler: (request) =>
      economyIndicators(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
        request.query.period,
      ),
  });

  r.get(`${base}/export`, {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      description:
        'The economy as an Excel workbook (default) or a CSV file, as an attachment; `blank=true` gives the areas without figures, a template to fill in.',
      params: economyParams,
      querystring: economyExportQuery,
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await exportEconomy(
        repositories(db),
        principalOf(request),
        request.params.unitId,
        request.params.year,
        { format: request.query.format, blank: request.query.blank === 'true' },
      );
      return sendFile(reply, {
        name: file.fileName,
        contentType: file.contentType,
        bytes: file.body,
      });
    },
  });

  r.get('/api/years/:year/economy/rollup', {
    config: { permission: 'followup.read' },
    schema: {
      tags,
      params: economyRollUpParams,
      querystring: economyRollUpQuery,
      response: { 200: economyRollUpSchema, ...errorResponses },
    },
    handler: (request) =>
      economyRollUp(
        repositories(db),
        principalOf(request),
        request.params.year,
        request.query.period,
      ),
  });

  // The upload takes a workbook or CSV file as the raw body or as a multipart form's file; its
  // parsers live in a scope of their own so that no other route accepts such bodies.
  uploadScope(
    app,
    {
      limit: UPLOAD_LIMIT,
      types: sheetUploadTypes,
    },
    (scope) => {
      scope.post('/api/economy/import', {
        config: { permission: 'followup.write' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags,
          description:
            'Import an Excel workbook or CSV file of a unit’s economy (the unit and year are in the file). Send the file as the body (Content-Type: the xlsx type, text/csv or application/octet-stream) or as a multipart form. Every cell is checked first; a file with any problem imports nothing and the 422 lists each problem in Swedish by row and column.',
          querystring: economyImportQuery,
          response: {
            200: economyImportResult,
            ...errorResponses,
            413: errorResponse,
            503: errorResponse,
          },
        },
        handler: (request) =>
          importSlots.run(async () => {
            const { bytes } = await uploadedFile(request, unsupportedFile);
            return inTransaction(db, (tx) =>
              importEconomy(repositories(tx), principalOf(request), bytes, {
                dryRun: request.query.dryRun === 'true',
                ...(request.query.unitId ? { unitId: request.query.unitId } : {}),
                ...(request.query.year !== undefined ? { year: request.query.year } : {}),
              }),
            );
          }),
      });
    },
  );
}
