import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '#server/db/client.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { repositories } from '#server/repositories.ts';
import { rollUp } from './followup.rollup.usecases.ts';
import { insertRandomTenant, rollUpBySpecification } from './followup.rollup.testing.ts';
import {
  judgingTenant,
  mostly,
  randomTenant,
  type RandomTenant,
} from './followup.rollup.tenants.testing.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let tenants = 0;
const sameAnswer = async (
  tenant: RandomTenant,
  level: 'council' | 'committee',
  period: 'VB' | 'T1',
) => {
  const repos = repositories(database.db);
  const scbCode = String(1000 + ++tenants);
  const { principal, periodIds } = await insertRandomTenant(database.db, repos, scbCode, tenant);
  const expected = await rollUpBySpecification(repos, principal, periodIds[period], level);
  expect(await rollUp(repos, principal, periodIds[period], level)).toEqual(expected);
};

describe('the roll-up counted in SQL', () => {
  test('gives exactly what computeRollUp gives over the same data, for any small tenant, level, period and reader', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomTenant,
        mostly<'council' | 'committee'>('council', ['committee']),
        mostly<'VB' | 'T1'>('VB', ['T1']),
        sameAnswer,
      ),
      { seed: 20260315, numRuns: 60 },
    );
  }, 300_000);

  test('judges each indicator exactly as the published rules do, edges and tolerances included', async () => {
    await fc.assert(
      fc.asyncProperty(judgingTenant, (tenant) => sameAnswer(tenant, 'council', 'VB')),
      { seed: 20260316, numRuns: 40 },
    );
  }, 300_000);
});
