import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { YearFile } from '#contracts/years.exchange.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { AppError } from '#server/errors.ts';
import { repositories } from '#server/repositories.ts';
import { as, createTestApp, type Session } from '#server/testing.ts';
import type { Principal } from '#server/principal.ts';
import { client, type Municipality } from '../../org/org.routes.testing.ts';
import { rowCounts } from './years.exchange.db.testing.ts';
import { withoutIds } from './years.exchange.testing.ts';
import { enterYear2024 } from './years.exchange.routes.testing.ts';
import { exportYear, importYear } from './years.exchange.usecases.ts';

/**
 * Several units' years into one municipality: they share the goals above them and the
 * activities between them, in whatever order they come; and what is there is never written over.
 * The two files are exported once from a municipality no test writes to; every test imports
 * them into a municipality of its own.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);
const files: { slk?: YearFile; it?: YearFile } = {};

const principal = (session: Session): Principal => ({
  tenantId: session.me.tenant.id,
  userId: session.me.user.id,
  userName: session.me.user.name,
  email: session.me.user.email,
  csrfToken: session.csrf,
  grants: session.me.grants,
});
const exportFrom = (town: Municipality, unitId: string) =>
  exportYear(repositories(ctx.database.db), principal(town.admin), unitId, 2024);
const importInto = (town: Municipality, file: unknown, dryRun = false) =>
  inTransaction(ctx.database.db, (tx) =>
    importYear(repositories(tx), principal(town.admin), file, { dryRun }),
  );
const problemsOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details as {
    path: string;
    message: string;
    code: string;
    params: object;
  }[];
};

/** A fresh municipality with IT's year imported, then the office's. */
const withBothYears = async () => {
  const town = await api.municipality();
  await importInto(town, files.it);
  await importInto(town, files.slk);
  return town;
};

beforeAll(async () => {
  ctx = await createTestApp();
  const a = await api.municipality();
  await enterYear2024(ctx, a);
  files.slk = await exportFrom(a, a.slk);
  files.it = await exportFrom(a, a.it);
}, 120_000);
afterAll(() => ctx.close());

describe('several units’ years', () => {
  test('IT’s year brings the office’s shared activity and the goals above both', async () => {
    expect(files.it!.goals.map((g) => g.title)).toEqual([
      'Ett hållbart Testby',
      'Luften är ren',
      'Kontoret minskar sina utsläpp',
      'IT minskar sin energianvändning',
    ]);
    const b = await api.municipality();
    const result = await importInto(b, files.it);
    expect(result).toMatchObject({
      yearCreated: true,
      goals: { created: 4, existing: 0 },
      // the council's indicator of 1.1 is in IT's report too, without a target of IT's
      indicators: { created: 1, existing: 0 },
      activities: { created: 1, existing: 0 },
      targets: 0,
      activityReports: 1,
    });
  });

  test('the office’s year, imported after, uses what IT’s brought and adds its own follow-up', async () => {
    const b = await api.municipality();
    await importInto(b, files.it);
    const result = await importInto(b, files.slk);
    expect(result).toMatchObject({
      yearCreated: false,
      goals: { created: 0, existing: 3 },
      indicators: { created: 0, existing: 1 },
      activities: { created: 0, existing: 1 },
      targets: 1,
      outcomes: 1,
      assessments: 2,
      activityReports: 1,
    });
    const goals = (await api.get(b.admin, '/api/goals?year=2024')).json<{ goals: unknown[] }>();
    expect(goals.goals).toHaveLength(4);
  });

  test('both units’ years read back as they were exported', async () => {
    const b = await withBothYears();
    expect(withoutIds(await exportFrom(b, b.slk))).toEqual(withoutIds(files.slk!));
    expect(withoutIds(await exportFrom(b, b.it))).toEqual(withoutIds(files.it!));
  });
});

describe('computed indicators', () => {
  const adherence = { kind: 'budget_adherence_before' } as const;
  const setFormula = (town: Municipality, indicatorId: string) =>
    ctx.app.inject({
      method: 'PUT',
      url: `/api/indicators/${indicatorId}/formula`,
      headers: as(town.admin),
      payload: { formula: adherence },
    });
  /** The council's indicator of goal 1.1, the one both units' reports hold. */
  const councilIndicator = async (town: Municipality) => {
    const tenantId = town.admin.me.tenant.id;
    const { goals, indicators } = repositories(ctx.database.db);
    const kf11 = (await goals.ofYear(tenantId, 2024)).find((g) => g.number === '1.1')!;
    const [indicator] = await indicators.ofGoals(tenantId, [kf11.id]);
    return indicator!.id;
  };

  test('a typed outcome for an indicator computed here is a problem at its place, and nothing is written', async () => {
    const c = await api.municipality();
    await importInto(c, files.it);
    const set = await setFormula(c, await councilIndicator(c));
    expect(set.statusCode, set.body).toBe(200);
    const before = await rowCounts(ctx.database.db);
    const problems = await problemsOf(importInto(c, files.slk));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'indicators.0.outcomes.VB',
        code: 'exchange.outcome_computed',
        params: expect.objectContaining({ indicator: 'Antal dygn över normvärdet' }),
      }),
    ]);
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });

  test('an outcome typed before the formula was set travels as typed, beside the formula', async () => {
    const d = await api.municipality();
    await enterYear2024(ctx, d);
    const set = await setFormula(d, await councilIndicator(d));
    expect(set.statusCode, set.body).toBe(200);
    const file = await exportFrom(d, d.slk);
    expect(file.indicators[0]).toMatchObject({ formula: adherence, outcomes: { VB: {} } });
    expect(file.indicators[0]!.outcomes.VB!.computed).toBeUndefined();
    const e = await api.municipality();
    await importInto(e, file);
    expect(withoutIds(await exportFrom(e, e.slk))).toEqual(withoutIds(file));
  });
});

describe('what is there already', () => {
  test('a year whose report is past draft is not written to, but the same file still changes nothing', async () => {
    const b = await withBothYears();
    const repos = repositories(ctx.database.db);
    const vb = (await repos.years.periodByKey(b.tenant.id, 2024, 'VB'))!;
    await repos.followup.saveState(
      b.tenant.id,
      b.slk,
      vb.id,
      { status: 'approved', adoptedOn: null, decisionRef: null, returnComment: '' },
      0,
      null,
    );
    expect(await importInto(b, files.slk)).toMatchObject({ unchanged: true });

    const edited = structuredClone(files.slk!);
    edited.assessments.g3!.VB!.analysis = 'Bättre än väntat.';
    const problems = await problemsOf(importInto(b, edited));
    expect(problems).toEqual([
      {
        path: 'unit',
        code: 'exchange.report_not_draft',
        params: {
          unit: 'Stadsledningskontoret',
          period: 'Verksamhetsberättelse 2024',
          status: 'approved',
        },
        message:
          "Stadsledningskontoret's report for Verksamhetsberättelse 2024 is approved, not a draft; it must be reopened first",
      },
      {
        path: 'unit',
        code: 'exchange.has_followup',
        params: {
          unit: 'Stadsledningskontoret',
          year: '2024',
          targets: 1,
          outcomes: 1,
          previousOutcomes: 1,
          assessments: 2,
          activityReports: 1,
          chapterTexts: 0,
        },
        message:
          "Stadsledningskontoret already has follow-up in 2024 (1 target, 1 outcome, 1 entered previous-year outcome, 2 assessments, 1 activity report); an import only adds a unit's year where it has none",
      },
    ]);
  });

  test('a failure halfway through the writing leaves nothing behind', async () => {
    const c = await api.municipality();
    const before = await rowCounts(ctx.database.db);
    const failing = inTransaction(ctx.database.db, (tx) => {
      const repos = repositories(tx);
      // after the rows are in, before their audit entries
      const audit = {
        ...repos.audit,
        recordMany: () => Promise.reject(new Error('the disk is full')),
      };
      return importYear({ ...repos, audit }, principal(c.admin), files.slk, { dryRun: false });
    });
    await expect(failing).rejects.toThrow('the disk is full');
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });
});
