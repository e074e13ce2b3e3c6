import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { YearFile, YearImportResult } from '#contracts/years.exchange.ts';
import type { TreeResponse } from '#contracts/org.ts';
import type { UnitReport } from '#contracts/followup.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { DEMO_PASSWORD } from '../../../../demo/stockholm.ts';
import { seedDemo } from '../../../../demo/seed.ts';
import { as, createTestApp, login, type Session } from '#server/testing.ts';
import { repositories } from '#server/repositories.ts';
import { client } from '../../org/org.routes.testing.ts';
import { opening } from '../../org/org.testing.ts';
import { rowCounts } from './years.exchange.db.testing.ts';
import { withoutIds } from './years.exchange.testing.ts';

/**
 * The demo's annual report of 2015 out of Stockholm and into another municipality: export,
 * import, export again, and nothing may differ but the ids and the tenant.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let stockholm: Session;
let exported: YearFile;
let disposition: string | undefined;
const towns: { admin: Session; kf: string; ks: string }[] = [];
const api = client(() => ctx);

const exportOf = (session: Session, unitId: string, year = 2015) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/units/${unitId}/years/${year}/export`,
    headers: as(session),
  });
const importAs = (session: Session, file: unknown, query = '') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/years/import${query}`,
    headers: as(session),
    payload: file as object,
  });
const unitNamed = async (session: Session, name: string) => {
  const tree = await ctx.app.inject({
    method: 'GET',
    url: '/api/org/units?date=2015-12-31',
    headers: as(session),
  });
  return tree.json<TreeResponse>().units.find((u) => u.name === name)!.id;
};

/** A municipality with its own KF and KS, and no years yet. */
async function town() {
  const { admin, unit } = await api.organised(
    [
      opening('kf', 'Kommunfullmäktige', 'council'),
      opening('ks', 'Kommunstyrelsen', 'executive_board', { key: 'kf' }),
    ],
    '2010-01-01',
  );
  return { admin, kf: unit('Kommunfullmäktige'), ks: unit('Kommunstyrelsen') };
}

const ADHERENCE = 'Kommunstyrelsens budgetföljsamhet';
const adherence = { kind: 'budget_adherence_before' } as const;

/** A committee indicator of KS computed from its economy (decision 004): 94,271686 % for 2015. */
async function addComputedIndicator(ks: string) {
  const tenantId = stockholm.me.tenant.id;
  const goal = (await repositories(ctx.database.db).goals.ofYear(tenantId, 2015)).find(
    (g) => g.ownerUnitId === ks && g.level === 'committee',
  )!;
  const send = (method: 'POST' | 'PUT', url: string, payload: object) =>
    ctx.app.inject({ method, url, headers: as(stockholm), payload });
  const made = await send('POST', '/api/indicators', {
    name: ADHERENCE,
    unit: '%',
    decimals: 1,
    direction: 'within_interval',
    level: 'committee',
    goalIds: [goal.id],
  });
  expect(made.statusCode, made.body).toBe(201);
  const set = await send('PUT', `/api/indicators/${made.json<{ id: string }>().id}/formula`, {
    formula: adherence,
  });
  expect(set.statusCode, set.body).toBe(200);
}

/** VB 2015 of the session's tenant. */
async function vb2015(session: Session) {
  const years = (await api.get(session, '/api/years')).json<{ years: BudgetYear[] }>().years;
  return years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!;
}

beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemo(ctx.database);
  stockholm = await login(ctx.app, 'admin@stockholm.example', DEMO_PASSWORD);
  const ks = await unitNamed(stockholm, 'Kommunstyrelsen');
  await addComputedIndicator(ks);
  const response = await exportOf(stockholm, ks);
  expect(response.statusCode).toBe(200);
  exported = response.json<YearFile>();
  disposition = response.headers['content-disposition'] as string | undefined;
  for (let i = 0; i < 3; i++) towns.push(await town());
}, 180_000);
afterAll(() => ctx.close());

describe('exporting a unit’s year', () => {
  test('gives Kommunstyrelsen’s 2015 as a file to download, with all its report holds', () => {
    expect(disposition).toBe('attachment; filename="rodtrad-kommunstyrelsen-2015.json"');
    expect(exported).toMatchObject({
      format: 'rodtrad.unit-year',
      formatVersion: 4,
      tenant: { scbCode: '0180' },
      unit: { name: 'Kommunstyrelsen' },
      year: 2015,
    });
    expect(exported.periods.map((p) => p.key)).toEqual(['T1', 'T2', 'VB']);
    expect(exported.goals).toHaveLength(46);
    expect(exported.indicators).toHaveLength(30);
    expect(exported.activities).toHaveLength(82);
    const written = Object.values(exported.assessments).map((a) => a.VB?.value);
    expect(written.filter((v) => v === 'helt')).toHaveLength(39);
    expect(written.filter((v) => v === 'delvis')).toHaveLength(3);
    const no2 = exported.indicators.find((i) => i.name.includes('kvävedioxid'))!;
    expect(no2).toMatchObject({
      direction: 'lower_is_better',
      target: { kind: 'value', value: '7', councilKind: 'set_by_committee' },
      outcomes: { VB: { value: '45' } },
    });
    expect(no2.formula).toBeUndefined();
    expect(no2.outcomes.VB!.computed).toBeUndefined();
    // version 4: the demo's internal control of 2015 and its staff figures of 2015 and 2014
    expect(exported.internalControl.risks.map((r) => [r.process, r.inPlan])).toEqual([
      ['Redovisning av representation', true],
      ['Taxiresor', true],
    ]);
    expect(exported.internalControl.risks[1]!.controls).toEqual([
      expect.objectContaining({
        what: 'Taxiresor',
        scope: 'Två av kontorets enheter',
        responsible: 'Administrativa avdelningen',
        reportPeriod: 'VB',
        followUps: { VB: expect.objectContaining({ performed: true }) },
      }),
    ]);
    expect(exported.staffFigures.year).toMatchObject({
      printed: { sickTotal: 2.6 },
      indices: expect.arrayContaining([
        expect.objectContaining({ name: 'Aktivt medskapandeindex (AMI)', value: 83 }),
      ]),
    });
    expect(exported.staffFigures.previousYear).toMatchObject({ printed: { sickTotal: 1.7 } });
    const computed = exported.indicators.find((i) => i.name === ADHERENCE)!;
    expect(computed).toMatchObject({
      formula: adherence,
      outcomes: { VB: { value: '94.271686', computed: true } },
    });
  });
});

describe('importing it into another municipality', () => {
  let result: YearImportResult;
  let again: YearFile;

  beforeAll(async () => {
    const [target] = towns;
    const response = await importAs(target!.admin, exported);
    expect(response.statusCode).toBe(200);
    result = response.json<YearImportResult>();
    const second = await exportOf(target!.admin, target!.ks);
    expect(second.statusCode).toBe(200);
    again = second.json<YearFile>();
  }, 120_000);

  test('creates the year, every goal, indicator and activity, and the follow-up', () => {
    expect(result).toMatchObject({
      dryRun: false,
      unchanged: false,
      unit: { id: towns[0]!.ks, name: 'Kommunstyrelsen' },
      yearCreated: true,
      goals: { created: 46, existing: 0 },
      indicators: { created: 30, existing: 0 },
      activities: { created: 82, existing: 0 },
      targets: 29,
      assessments: Object.keys(exported.assessments).length,
      internalControl: { risks: 2, controls: 2, followUps: 2, adoption: false },
      staffFigures: 2,
      feedback: 0,
    });
  });

  test('gives the same file when exported again, but for the ids and the tenant', () => {
    expect(again.unit.id).toBe(towns[0]!.ks);
    expect(again.goals[0]!.owner.id).toBe(towns[0]!.kf);
    expect(withoutIds(again)).toEqual(withoutIds(exported));
  });

  test('shows the report as Stockholm’s, evidence and all', async () => {
    const admin = towns[0]!.admin;
    const vb = await vb2015(admin);
    const report = await ctx.app.inject({
      method: 'GET',
      url: `/api/units/${towns[0]!.ks}/periods/${vb.id}/report`,
      headers: as(admin),
    });
    const body = report.json<UnitReport>();
    expect(body.goals).toHaveLength(46);
    const goal23 = body.goals.find((g) => g.goal.number === '2.3')!;
    expect(goal23).toMatchObject({
      assessment: { value: 'helt' },
      suggestion: { suggestion: 'delvis' },
      needsJustification: true,
    });
  });

  test('keeps the computed outcome computed: marked as such, and refused to a reporter', async () => {
    const admin = towns[0]!.admin;
    const vb = await vb2015(admin);
    const report = `/api/units/${towns[0]!.ks}/periods/${vb.id}`;
    const tenantId = admin.me.tenant.id;
    const { indicators } = repositories(ctx.database.db);
    const [outcome] = (await indicators.outcomes(tenantId, [towns[0]!.ks], [vb.id])).filter(
      (o) => o.computed,
    );
    expect(outcome).toMatchObject({
      value: '94.271686',
      computed: { formula: expect.any(String), missing: [] },
    });
    const typed = await ctx.app.inject({
      method: 'PUT',
      url: `${report}/indicators/${outcome!.indicatorId}/outcome`,
      headers: as(admin),
      payload: { value: '100', version: 1 },
    });
    expect(typed.statusCode).toBe(409);
    expect(typed.json<{ error: { code: string } }>().error.code).toBe(
      'indicators.outcome_computed',
    );
  });

  test('changes nothing when the same file comes again', async () => {
    const before = await rowCounts(ctx.database.db);
    const response = await importAs(towns[0]!.admin, exported);
    expect(response.statusCode).toBe(200);
    expect(response.json<YearImportResult>()).toMatchObject({
      unchanged: true,
      goals: { created: 0, existing: 46 },
      outcomes: 0,
    });
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });
});

describe('a dry run', () => {
  test('says what the import would do and writes nothing', async () => {
    const before = await rowCounts(ctx.database.db);
    const response = await importAs(towns[1]!.admin, exported, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    expect(response.json<YearImportResult>()).toMatchObject({
      dryRun: true,
      yearCreated: true,
      goals: { created: 46, existing: 0 },
    });
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });
});

describe('a file with problems', () => {
  test('is refused whole, with every problem at its path, and nothing is written', async () => {
    const broken = structuredClone(exported);
    broken.goals[1]!.parents = ['g999'];
    broken.goals[0]!.owner = { id: null, name: 'Kommunfullmäktige i Gamla stan' };
    broken.indicators[3]!.outcomes = { T9: { ...exported.indicators[3]!.outcomes.VB! } };
    broken.indicators[4]!.target = { ...broken.indicators[4]!.target!, kind: 'value', value: null };
    broken.activities[2]!.endsOn = '2014-12-31';
    const before = await rowCounts(ctx.database.db);
    const response = await importAs(towns[2]!.admin, broken);
    expect(response.statusCode).toBe(422);
    const { error } = response.json<{
      error: { code: string; message: string; details: { path: string }[] };
    }>();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/nothing was written/);
    expect(error.details).toEqual(
      expect.arrayContaining(
        [
          { path: 'goals.1.parents.0', code: 'exchange.unknown_goal', params: { ref: 'g999' } },
          {
            path: 'goals.0.owner',
            code: 'exchange.no_such_unit',
            params: { unit: 'Kommunfullmäktige i Gamla stan', date: '2015-12-31' },
          },
          {
            path: 'indicators.3.outcomes.T9',
            code: 'exchange.unknown_period',
            params: { period: 'T9' },
          },
          { path: 'indicators.4.target.value', code: 'followup.target_required', params: {} },
          { path: 'activities.2.endsOn', code: 'followup.before_start', params: {} },
        ].map((issue) => expect.objectContaining(issue)),
      ),
    );
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });

  test('of shape is refused with each field’s path', async () => {
    const broken = structuredClone(exported) as unknown as Record<string, unknown>;
    const indicators = broken.indicators as { outcomes: Record<string, { value: unknown }> }[];
    indicators[0]!.outcomes.VB!.value = '12,5';
    (broken.goals as Record<string, unknown>[])[2]!.colour = 'röd';
    const response = await importAs(towns[2]!.admin, broken);
    expect(response.statusCode).toBe(422);
    const paths = response.json<{ error: { details: { path: string }[] } }>().error.details;
    expect(paths.map((d) => d.path)).toEqual(
      expect.arrayContaining(['indicators.0.outcomes.VB.value', 'goals.2']),
    );
  });
});
