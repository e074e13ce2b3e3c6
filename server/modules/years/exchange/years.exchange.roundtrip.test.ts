import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { UnitReport } from '#contracts/followup.ts';
import { createHash } from 'node:crypto';
import { defaultGoalLevelSettings } from '#contracts/goals.levels.ts';
import type { YearFile } from '#contracts/years.exchange.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { repositories } from '#server/repositories.ts';
import { as, createTestApp } from '#server/testing.ts';
import { client, type Municipality } from '../../org/org.routes.testing.ts';
import { principalBits } from '../../followup/followup.routes.testing.ts';
import { chapterRequests, pdfBytes } from '../../reports/reports.routes.testing.ts';
import { rowCounts } from './years.exchange.db.testing.ts';
import { enterYear2024 } from './years.exchange.routes.testing.ts';
import { shuffledFile } from './years.exchange.shuffle.testing.ts';
import { withoutIds } from './years.exchange.testing.ts';
import { exportYear, importYear } from './years.exchange.usecases.ts';

/**
 * A unit's whole year out and back in one file, last year's entered outcome, the year's own goal
 * levels, a council goal assigned to the committee and its chapter texts included: export →
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

/** The tenant's own model: no vision, its own names; Stockholm's in what is assessed. */
const levels = {
  ...defaultGoalLevelSettings,
  vision: { ...defaultGoalLevelSettings.vision, inUse: false },
  direction: { ...defaultGoalLevelSettings.direction, name: 'Fokusområde' },
  committee: { ...defaultGoalLevelSettings.committee, name: 'Verksamhetsmål' },
};

/** The year's levels, a second KF goal assigned to SLK (no nämndmål under it) and SLK's texts. */
async function enterVersion3(town: Municipality, entered: { vb: string; direction: string }) {
  const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await ctx.app.inject({ method, url, headers: as(town.admin), payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.statusCode === 204 ? null : response.json<{ id: string }>();
  };
  await send('PUT', '/api/goal-levels', { year: 2024, levels });
  const assigned = (await send('POST', '/api/goals', {
    year: 2024,
    level: 'council',
    number: '1.2',
    title: 'Alla kan resa kollektivt',
    ownerUnitId: town.kf,
    parentIds: [entered.direction],
  }))!.id;
  await send('PUT', `/api/goals/${assigned}/assignments/${town.slk}`, {});
  const chapter = (key: string) =>
    `/api/units/${town.slk}/periods/${entered.vb}/chapters/${key}/text`;
  await send('PUT', chapter('sammanfattande-analys'), { text: 'Ett bra år.', version: 0 });
  await send('PUT', chapter('ovrigt'), { text: 'Inget mer.', version: 0 });
  const at = { unitId: town.slk, periodId: entered.vb };
  const uploaded = await upload(town.admin, at, 'Intern kontroll.pdf', attachment);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
}

const attachment = pdfBytes('Uppföljning av internkontrollplanen');
const attachmentSha = createHash('sha256').update(attachment).digest('hex');
const { upload } = chapterRequests(() => ctx);
/** A file as an import gives it back: the attachments are listed, not carried. */
const withoutAttachments = (file: YearFile) => withoutIds({ ...file, attachments: {} });

beforeAll(async () => {
  ctx = await createTestApp();
  const source = await api.municipality();
  await enterVersion3(source, await enterYear2024(ctx, source));
  exported = await exportFrom(source, source.slk);
}, 120_000);
afterAll(() => ctx.close());

describe('a unit’s year, out and back in', () => {
  test('carries the year’s levels, the goal assigned to the committee and its chapter texts', () => {
    expect(exported).toMatchObject({ formatVersion: 4, levels, assignedGoals: ['g4'] });
    expect(exported.goals[3]).toMatchObject({ ref: 'g4', title: 'Alla kan resa kollektivt' });
    expect(exported.chapters).toEqual({
      VB: { ovrigt: 'Inget mer.', 'sammanfattande-analys': 'Ett bra år.' },
    });
    expect(exported.attachments).toEqual({
      VB: [
        {
          name: 'Intern kontroll.pdf',
          contentType: 'application/pdf',
          size: attachment.length,
          sha256: attachmentSha,
        },
      ],
    });
  });

  test('carries last year’s entered outcome, which the imported report prints as entered', async () => {
    expect(exported.indicators[0]!.previousOutcomes).toEqual({
      VB: { value: '52', women: null, men: null },
    });
    const town = await api.municipality();
    expect(await importInto(town, exported)).toMatchObject({
      previousOutcomes: 1,
      chapterTexts: 2,
      assignedGoals: 1,
      missingAttachments: [{ period: 'VB', name: 'Intern kontroll.pdf', sha256: attachmentSha }],
    });
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
    expect(withoutIds(await exportFrom(town, town.slk))).toEqual(withoutAttachments(exported));
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

  test('a version 2 file is read, and exported again as version 3 with the default levels', async () => {
    const {
      levels: _l,
      assignedGoals: _a,
      chapters: _c,
      attachments: _f,
      internalControl: _i,
      staffFigures: _s,
      feedback: _b,
      ...rest
    } = exported;
    const v2 = { ...rest, formatVersion: 2, goals: exported.goals.filter((g) => g.ref !== 'g4') };
    const town = await api.municipality();
    expect(await importInto(town, v2)).toMatchObject({ unchanged: false, chapterTexts: 0 });
    const again = await exportFrom(town, town.slk);
    expect(again.levels).toEqual(defaultGoalLevelSettings);
    expect(withoutIds(again)).toEqual(
      withoutIds({
        ...v2,
        formatVersion: 4,
        levels: defaultGoalLevelSettings,
        assignedGoals: [],
        chapters: {},
        attachments: {},
        internalControl: { risks: [], adoption: null },
        staffFigures: { year: null, previousYear: null },
        feedback: { year: null, previousYear: null },
      } as YearFile),
    );
  });

  test('a year whose levels decide otherwise refuses the file, saying which level to change', async () => {
    const town = await api.municipality();
    await enterYear2024(ctx, town);
    await expect(importInto(town, exported)).rejects.toMatchObject({
      details: expect.arrayContaining([
        expect.objectContaining({
          path: 'levels.vision.inUse',
          code: 'exchange.levels_differ',
          message: expect.stringContaining('change it to true'),
        }),
      ]),
    });
  });
});
