import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { UnitReport } from '#contracts/followup.ts';
import type { YearFile } from '#contracts/years.exchange.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { repositories } from '#server/repositories.ts';
import { as, createTestApp } from '#server/testing.ts';
import { client, type Municipality } from '../../org/org.routes.testing.ts';
import { principalBits } from '../../followup/followup.routes.testing.ts';
import { rowCounts } from './years.exchange.db.testing.ts';
import { enterYear2024 } from './years.exchange.routes.testing.ts';
import { shuffledFile } from './years.exchange.shuffle.testing.ts';
import { withoutIds } from './years.exchange.testing.ts';
import { exportYear, importYear } from './years.exchange.usecases.ts';

/**
 * A unit's whole year out and back in one file, last year's entered outcome included: export →
 * import → export gives the same file, and the same data in any order changes nothing.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);
let exported: YearFile;

const principal = (town: Municipality) => ({
  ...principalBits(town.admin),
  email: town.admin.me.user.email,
});
const exportFrom = (town: Municipality, unitId: string) =>
  exportYear(repositories(ctx.database.db), principal(town), unitId, 2024);
const importInto = (town: Municipality, file: unknown) =>
  inTransaction(ctx.database.db, (tx) =>
    importYear(repositories(tx), principal(town), file, { dryRun: false }),
  );

beforeAll(async () => {
  ctx = await createTestApp();
  const source = await api.municipality();
  await enterYear2024(ctx, source);
  exported = await exportFrom(source, source.slk);
}, 120_000);
afterAll(() => ctx.close());

describe('a unit’s year, out and back in', () => {
  test('carries last year’s entered outcome, which the imported report prints as entered', async () => {
    expect(exported.formatVersion).toBe(2);
    expect(exported.indicators[0]!.previousOutcomes).toEqual({
      VB: { value: '52', women: null, men: null },
    });
    const town = await api.municipality();
    expect(await importInto(town, exported)).toMatchObject({ previousOutcomes: 1 });
    const vb = (await api.get(town.admin, '/api/years')).json<{
      years: { year: number; periods: { id: string; key: string }[] }[];
    }>();
    const periodId = vb.years[0]!.periods.find((p) => p.key === 'VB')!.id;
    const report = await ctx.app.inject({
      method: 'GET',
      url: `/api/units/${town.slk}/periods/${periodId}/report`,
      headers: as(town.admin),
    });
    expect(report.json<UnitReport>().indicators[0]).toMatchObject({
      previousOutcome: '52',
      previousOutcomeSource: 'entered',
    });
    expect(withoutIds(await exportFrom(town, town.slk))).toEqual(withoutIds(exported));
  });

  test('the same data with its lists in any order and other refs changes nothing', async () => {
    const town = await api.municipality();
    await importInto(town, exported);
    const before = await rowCounts(ctx.database.db);
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        const again = await importInto(town, shuffledFile(exported, seed));
        expect(again).toMatchObject({ unchanged: true, outcomes: 0, previousOutcomes: 0 });
      }),
      { numRuns: 6 },
    );
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });

  test('a version 1 file is read, and exported again as version 2', async () => {
    const v1 = JSON.parse(JSON.stringify(exported)) as Omit<YearFile, 'formatVersion'> & {
      formatVersion: number;
    };
    v1.formatVersion = 1;
    for (const indicator of v1.indicators) delete indicator.previousOutcomes;
    const town = await api.municipality();
    expect(await importInto(town, v1)).toMatchObject({ unchanged: false, previousOutcomes: 0 });
    expect(withoutIds(await exportFrom(town, town.slk))).toEqual(
      withoutIds({ ...v1, formatVersion: 2 } as YearFile),
    );
  });
});
