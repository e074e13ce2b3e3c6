import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { YearFile } from '#contracts/years.exchange.ts';
import type { Role } from '#contracts/people.ts';
import { buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { client, type Municipality } from '../../org/org.routes.testing.ts';
import { rowCounts } from './years.exchange.db.testing.ts';
import { enterYear2024 } from './years.exchange.routes.testing.ts';

/**
 * Who may take a unit's year out and bring one in, and that neither reaches another
 * municipality: a file's ids and SCB code never name anything outside the importer's tenant.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);
let a: Municipality;
let b: Municipality;
let slkFile: YearFile;

const exportOf = (session: Session, unitId: string, year = 2024) =>
  api.get(session, `/api/units/${unitId}/years/${year}/export`);
const importAs = (session: Session, file: unknown) => api.post(session, '/api/years/import', file);
const user = async (town: Municipality, role: Role, unitId: string | null = null) =>
  login(ctx.app, (await buildUser(ctx.database, town.tenant.id, [{ role, unitId }])).email);
const problemsOf = (response: { json: () => unknown }) =>
  (
    response.json() as {
      error: { details: { path: string; message: string; code: string; params: object }[] };
    }
  ).error.details;

beforeAll(async () => {
  ctx = await createTestApp();
  a = await api.municipality();
  b = await api.municipality();
  await enterYear2024(ctx, a);
  // B has the year, with nothing in it yet.
  expect((await api.post(b.admin, '/api/years', { year: 2024 })).statusCode).toBe(201);
  const response = await exportOf(a.admin, a.slk);
  expect(response.statusCode).toBe(200);
  slkFile = response.json<YearFile>();
}, 120_000);
afterAll(() => ctx.close());

describe('exporting', () => {
  test('a reader of the tenant may export any unit', async () => {
    const reader = await user(a, 'reader');
    expect((await exportOf(reader, a.slk)).statusCode).toBe(200);
    expect((await exportOf(reader, a.it)).statusCode).toBe(200);
  });

  test('a reporter may export the units under their grant and no other', async () => {
    const reporter = await user(a, 'reporter', a.eko);
    expect((await exportOf(reporter, a.eko)).statusCode).toBe(200);
    const office = await exportOf(reporter, a.slk);
    expect(office.statusCode).toBe(403);
  });

  test('a year that is not there, or a unit of another municipality, is not found', async () => {
    expect((await exportOf(a.admin, a.slk, 2031)).json().error.code).toBe('periods.year_not_found');
    const stranger = await exportOf(b.admin, a.slk);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).not.toContain('Kontoret minskar');
  });
});

describe('importing', () => {
  test('a reporter is refused at the door', async () => {
    const reporter = await user(b, 'reporter', b.slk);
    expect((await importAs(reporter, slkFile)).statusCode).toBe(403);
  });

  test('a controller of another unit gets a problem for the unit, and nothing is written', async () => {
    const controller = await user(b, 'controller', b.eko);
    const before = await rowCounts(ctx.database.db);
    const response = await importAs(controller, slkFile);
    expect(response.statusCode).toBe(422);
    const unitProblems = problemsOf(response).filter((p) => p.path === 'unit');
    const office = { unit: 'Stadsledningskontoret' };
    expect(unitProblems).toEqual([
      {
        path: 'unit',
        code: 'exchange.may_not_shape',
        params: office,
        message:
          'you may not shape the goals, indicators and activities of Stadsledningskontoret (model.write)',
      },
      {
        path: 'unit',
        code: 'exchange.may_not_report',
        params: office,
        message: 'you may not write the follow-up of Stadsledningskontoret (followup.write)',
      },
    ]);
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });

  test('a controller of the unit may not create what is the council’s, as by hand', async () => {
    const controller = await user(b, 'controller', b.slk);
    const response = await importAs(controller, slkFile);
    expect(response.statusCode).toBe(422);
    expect(problemsOf(response).map((p) => p.path)).toEqual([
      'goals.0',
      'goals.1',
      'indicators.0.goals.0',
    ]);
    expect(problemsOf(response)[0]).toMatchObject({
      code: 'exchange.may_not_shape',
      params: { unit: 'Kommunfullmäktige' },
      message: expect.stringMatching(/Kommunfullmäktige \(model.write\)/),
    });
  });

  test('a controller is told when the year is not there, or its periods are not the file’s', async () => {
    const controller = await user(b, 'controller', b.slk);
    const later = { ...structuredClone(slkFile), year: 2031 };
    expect(problemsOf(await importAs(controller, later))).toContainEqual({
      path: 'year',
      code: 'exchange.year_missing',
      params: { year: '2031' },
      message: '2031 is not a budget year here yet, and only an administrator may add one',
    });
    const other = structuredClone(slkFile);
    const [t1, t2] = other.periods;
    t1!.key = 'D1';
    t2!.startsOn = '2024-02-01';
    const problems = problemsOf(await importAs(controller, other));
    expect(problems).toContainEqual({
      path: 'periods.0.key',
      code: 'exchange.period_missing',
      params: { period: 'D1', year: '2024', periods: 'T1, T2, VB' },
      message: '2024 has no period D1 here; its periods are T1, T2, VB',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'periods.1',
        code: 'exchange.period_dates_differ',
        params: { period: 'T2', year: '2024', startsOn: '2024-01-01', endsOn: '2024-08-31' },
      }),
    );
  });

  test('an import goes to the importer’s own units by name, never to the file’s tenant', async () => {
    const aBefore = (await api.get(a.admin, '/api/goals?year=2024')).json<{ goals: unknown[] }>();
    const response = await importAs(b.admin, slkFile);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ unit: { id: b.slk }, yearCreated: false });
    const aAfter = (await api.get(a.admin, '/api/goals?year=2024')).json<{ goals: unknown[] }>();
    expect(aAfter.goals).toEqual(aBefore.goals);
    const again = await exportOf(b.admin, b.slk);
    expect(again.body).not.toContain(a.slk);
    expect(again.body).not.toContain(a.kf);
    expect(again.json<YearFile>().goals.map((g) => g.owner.id)).toEqual([b.kf, b.kf, b.slk]);
  });

  test('a file naming units the importer does not have is refused, each at its place', async () => {
    const other = await api.municipality();
    const renamed = structuredClone(slkFile);
    renamed.unit = { id: a.slk, name: 'Stadsledningskontoret i Gamla stan' };
    renamed.activities[0]!.coResponsible = [{ id: a.it, name: 'IT-avdelningen' }];
    const before = await rowCounts(ctx.database.db);
    const response = await importAs(other.admin, renamed);
    expect(response.statusCode).toBe(422);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'unit',
          code: 'exchange.no_such_unit',
          params: { unit: 'Stadsledningskontoret i Gamla stan', date: '2024-12-31' },
          message:
            'there is no unit "Stadsledningskontoret i Gamla stan" in the organisation on 2024-12-31: name the unit as it was called then, or open it first (org:open, or a reorganisation)',
        }),
        expect.objectContaining({
          path: 'activities.0.coResponsible.0',
          code: 'exchange.no_such_unit',
          message:
            'there is no unit "IT-avdelningen" in the organisation on 2024-12-31: name the unit as it was called then, or open it first (org:open, or a reorganisation)',
        }),
      ]),
    );
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });
});
