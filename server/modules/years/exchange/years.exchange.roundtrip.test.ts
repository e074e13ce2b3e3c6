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

/**
 * Version 4's accounts of SLK: a risk analysis (one risk in the plan with a control followed up
 * in VB and a measure not yet done, one left out of the plan), the plan's adoption, staff
 * figures of 2024 and 2023 with the tenant's own name of an index, and the feedback of 2024.
 */
async function enterAccounts(town: Municipality) {
  const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await ctx.app.inject({ method, url, headers: as(town.admin), payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ risks: { id: string; controls: { id: string }[] }[] }>();
  };
  const ic = `/api/units/${town.slk}/years/2024/internal-control`;
  const first = await send('POST', `${ic}/risks`, {
    process: 'Inköp',
    description: 'Köp utanför avtal',
    probability: 3,
    consequence: 4,
    inPlan: true,
    motivation: 'Hög risk',
  });
  await send('POST', `${ic}/risks`, { process: 'Representation', probability: 1, consequence: 2 });
  const riskId = first.risks[0]!.id;
  const withControl = await send('POST', `${ic}/risks/${riskId}/controls`, {
    what: 'Stickprov på fakturor',
    method: 'Granskning av 20 fakturor',
    scope: 'Hela kontoret',
    responsible: 'Controller',
    timing: 'Oktober',
    reportPeriod: 'VB',
  });
  const controlId = withControl.risks[0]!.controls[0]!.id;
  await send('PUT', `${ic}/controls/${controlId}/follow-ups/VB`, {
    performed: true,
    result: '3 av 20 utanför avtal',
    deviations: 'Köp utanför avtal',
    measures: 'Utbildning i inköp',
    measuresDone: false,
    responsible: 'Kontorschefen',
    date: '2025-03-31',
    version: 0,
  });
  await send('PUT', `${ic}/adoption`, {
    adoptedOn: '2024-02-15',
    adoptedBy: 'Kommunstyrelsen',
    dnr: 'KS 2024/12',
    version: 0,
  });
  await send('PUT', '/api/years/2024/staff-indices', {
    version: 0,
    indices: [
      { key: 'ami', name: 'Aktivt medskapandeindex (AMI)' },
      { key: 'nmi', name: 'Nöjd medarbetarindex' },
    ],
  });
  const staff = `/api/units/${town.slk}/years`;
  await send('PUT', `${staff}/2024/staff-figures`, { ...staff2024, version: 0 });
  await send('PUT', `${staff}/2023/staff-figures`, { ...staff2023, version: 0 });
  await send('PUT', `${staff}/2024/feedback`, { ...feedback2024, version: 0 });
}

const staff2024 = {
  measuredFrom: '2023-12-01',
  measuredTo: '2024-11-30',
  employment: [
    {
      form: 'permanent',
      headcountWomen: 40,
      headcountMen: 20,
      annualEmployeesWomen: 38.5,
      annualEmployeesMen: 19.75,
    },
    { form: 'hourly', headcountWomen: 3, headcountMen: 1 },
  ],
  sickLeave: { scheduledWomen: 64000, scheduledMen: 32000, shortWomen: 1200, shortMen: 400 },
  leavers: 6,
  averageHeadcount: 58,
  indices: [
    { key: 'ami', value: 78, respondents: 52 },
    { key: 'nmi', value: 81.5, respondents: 50 },
  ],
  note: 'Enligt personalsystemet.',
};
const staff2023 = { printed: { sickTotal: 4.1 }, indices: [{ key: 'ami', value: 76 }] };
const feedback2024 = {
  counts: [
    { kind: 'complaint', category: 'Bemötande', channel: 'Tyck till', count: 12 },
    { kind: 'praise', category: 'Bemötande', channel: 'e-post', count: 4 },
    { kind: 'suggestion', category: 'Tillgänglighet', channel: 'telefon', count: 2 },
  ],
  themes: 'Väntetider i telefon.',
  actions: 'Fler telefontider.',
  surveys: [
    {
      name: 'Brukarundersökning',
      satisfiedShare: 82,
      respondents: 340,
      responseRate: 61.5,
      scale: '1–10',
      satisfiedMeans: '8–10 på en tiogradig skala',
    },
  ],
};

/** The indices of 2024 named as the source names them, under keys of the tenant's own. */
async function nameIndices(town: Municipality) {
  const named = await ctx.app.inject({
    method: 'PUT',
    url: '/api/years/2024/staff-indices',
    headers: as(town.admin),
    payload: {
      version: 0,
      indices: [
        { key: 'nojd', name: 'Nöjd medarbetarindex' },
        { key: 'ami', name: 'Aktivt medskapandeindex (AMI)' },
      ],
    },
  });
  expect(named.statusCode, named.body).toBe(200);
}

/** A municipality to import into, naming the indices as the source does. */
async function receiving() {
  const town = await api.municipality();
  await nameIndices(town);
  return town;
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
  await enterAccounts(source);
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

  test('carries the internal control, the staff figures of the year and the year before, and the feedback', () => {
    expect(exported.internalControl).toEqual({
      risks: [
        {
          process: 'Inköp',
          description: 'Köp utanför avtal',
          probability: 3,
          consequence: 4,
          inPlan: true,
          motivation: 'Hög risk',
          controls: [
            {
              what: 'Stickprov på fakturor',
              method: 'Granskning av 20 fakturor',
              scope: 'Hela kontoret',
              responsible: 'Controller',
              timing: 'Oktober',
              reportPeriod: 'VB',
              followUps: {
                VB: {
                  performed: true,
                  result: '3 av 20 utanför avtal',
                  deviations: 'Köp utanför avtal',
                  measures: 'Utbildning i inköp',
                  measuresDone: false,
                  responsible: 'Kontorschefen',
                  date: '2025-03-31',
                },
              },
            },
          ],
        },
        expect.objectContaining({ process: 'Representation', inPlan: false, controls: [] }),
      ],
      adoption: { adoptedOn: '2024-02-15', adoptedBy: 'Kommunstyrelsen', dnr: 'KS 2024/12' },
    });
    expect(exported.staffFigures.year).toMatchObject({
      leavers: 6,
      employment: staff2024.employment.map((row) => expect.objectContaining(row)),
      indices: [
        { name: 'Aktivt medskapandeindex (AMI)', value: 78, respondents: 52 },
        { name: 'Nöjd medarbetarindex', value: 81.5, respondents: 50 },
      ],
    });
    expect(exported.staffFigures.previousYear).toMatchObject({
      printed: { sickTotal: 4.1 },
      indices: [{ name: 'Aktivt medskapandeindex (AMI)', value: 76, respondents: null }],
    });
    expect(exported.feedback).toEqual({ year: feedback2024, previousYear: null });
  });

  test('a tenant that names an index otherwise is told which names it has; under the same name it is found by its own key', async () => {
    const town = await api.municipality();
    await expect(importInto(town, exported)).rejects.toMatchObject({
      details: [
        expect.objectContaining({
          path: 'staffFigures.year.indices.1.name',
          code: 'exchange.unknown_index',
          params: expect.objectContaining({ index: 'Nöjd medarbetarindex', year: '2024' }),
        }),
      ],
    });
    await nameIndices(town);
    expect(await importInto(town, exported)).toMatchObject({
      internalControl: { risks: 2, controls: 1, followUps: 1, adoption: true },
      staffFigures: 2,
      feedback: 1,
    });
    const [stored] = await repositories(ctx.database.db).hr.figures(
      town.admin.me.tenant.id,
      [town.slk],
      [2024],
    );
    expect(stored!.figures.indices.map((i) => i.key)).toEqual(['ami', 'nojd']);
    expect(withoutIds(await exportFrom(town, town.slk))).toEqual(withoutAttachments(exported));
  });

  test('an import cannot touch another tenant’s units: another tenant’s unit id finds nothing, and the source is left as it was', async () => {
    const source = exported.unit.id!;
    const { internalControl, hr } = repositories(ctx.database.db);
    const sourceTenant = (await repositories(ctx.database.db).tenants.findByScbCode(
      exported.tenant.scbCode,
    ))!.id;
    const sourceYear = (await repositories(ctx.database.db).years.yearId(sourceTenant, 2024))!;
    const held = async () => ({
      risks: await internalControl.risks(sourceTenant, sourceYear, [source]),
      adoption: await internalControl.adoption(sourceTenant, source, sourceYear),
      staff: await hr.figures(sourceTenant, [source], [2023, 2024]),
    });
    const before = await held();
    const town = await receiving();
    const stranger = { ...exported, unit: { id: source, name: 'Ett kontor som inte finns' } };
    await expect(importInto(town, stranger)).rejects.toMatchObject({
      details: expect.arrayContaining([
        expect.objectContaining({ path: 'unit', code: 'exchange.no_such_unit' }),
      ]),
    });
    await importInto(town, exported);
    const targetTenant = town.admin.me.tenant.id;
    const targetYear = (await repositories(ctx.database.db).years.yearId(targetTenant, 2024))!;
    expect(await internalControl.risks(targetTenant, targetYear, [town.slk])).toHaveLength(2);
    expect(await internalControl.risks(targetTenant, targetYear, [source])).toEqual([]);
    expect(await held()).toEqual(before);
  });

  test('a unit with another internal control or other staff figures refuses the file there; the same ones are left as they are', async () => {
    const town = await receiving();
    const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
      const response = await ctx.app.inject({ method, url, headers: as(town.admin), payload });
      expect(response.statusCode, response.body).toBeLessThan(300);
    };
    await send('POST', '/api/years', { year: 2024 });
    await send('POST', `/api/units/${town.slk}/years/2024/internal-control/risks`, {
      process: 'Lönehantering',
    });
    const staff = `/api/units/${town.slk}/years/2023/staff-figures`;
    await send('PUT', staff, { ...staff2023, leavers: 2, version: 0 });
    await send('PUT', `/api/units/${town.slk}/years/2024/feedback`, {
      ...feedback2024,
      version: 0,
    });
    const refused = importInto(town, exported);
    // (the year's default levels differ from the file's too: that problem is reported besides)
    await expect(refused).rejects.toMatchObject({
      details: expect.arrayContaining([
        expect.objectContaining({
          path: 'internalControl',
          code: 'exchange.has_internal_control',
          params: { unit: 'Stadsledningskontoret', year: '2024', risks: 1 },
        }),
        expect.objectContaining({
          path: 'staffFigures.previousYear',
          code: 'exchange.staff_figures_differ',
          params: { unit: 'Stadsledningskontoret', year: '2023' },
        }),
      ]),
    });
    // the feedback of 2024 is the file's: it is no problem
    const error = (await refused.catch((e: unknown) => e)) as { details: { path: string }[] };
    expect(error.details.map((d) => d.path)).not.toContain('feedback.year');
  });

  test('carries last year’s entered outcome, which the imported report prints as entered', async () => {
    expect(exported.indicators[0]!.previousOutcomes).toEqual({
      VB: { value: '52', women: null, men: null },
    });
    const town = await receiving();
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
    const town = await receiving();
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
    const town = await receiving();
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
    const town = await receiving();
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
