import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createTestDatabase } from '#server/db/testing.ts';
import { repositories } from '#server/repositories.ts';
import { rollUp } from './reports.rollup.usecases.ts';
import { insertRandomTenant, randomTenant, mostly } from './reports.rollup.testing.ts';

test('coverage', async () => {
  const database = await createTestDatabase();
  let n = 0;
  const stats: Record<string, number> = {};
  const bump = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
  await fc.assert(
    fc.asyncProperty(randomTenant, mostly('council' as const, ['committee']), mostly('VB' as const, ['T1']), async (t, level, period) => {
      const repos = repositories(database.db);
      const { principal, periodIds } = await insertRandomTenant(database.db, repos, String(1000 + ++n), t);
      const r = await rollUp(repos, principal, periodIds[period as 'VB'], level as 'council');
      const units = r.goals.flatMap((g) => g.units);
      if (units.length) bump('units');
      for (const u of units) {
        bump(`sugg:${u.suggestion}`);
        bump(`written:${u.written}`);
        if (u.disagrees) bump('disagrees');
        if (u.justified) bump('justified');
        if (u.indicators.met) bump('met');
        if (u.indicators.notMet) bump('notMet');
        if (u.indicators.missing) bump('missing');
        if (u.status !== 'draft') bump('status');
      }
      if (r.goals.some((g) => g.counts.unjustifiedDisagreements)) bump('unjustified');
      if (r.goals.some((g) => g.units.length > 1)) bump('multi-unit goal');
      expect(true).toBe(true);
    }),
    { seed: 20260315, numRuns: 60 },
  );
  console.warn(stats);
  await database.close();
}, 300_000);
