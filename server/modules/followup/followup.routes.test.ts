import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositories } from '#server/repositories.ts';
import { buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import { client, type Municipality } from '../org/org.routes.testing.ts';
import { followUpTown, reporting } from './followup.routes.testing.ts';

/**
 * A unit's follow-up through the API: KF > Stadsledningskontoret > {Ekonomi, IT}; the office
 * plays the committee and owns a goal under KF goal 1.1, measured by a lower-is-better
 * indicator, with an activity it shares with IT.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
const api = client(() => ctx);
let town: Municipality;
let reporter: Session;
let economyReporter: Session;
let reader: Session;
let vb: string;
let t2: string;
let ids: Awaited<ReturnType<typeof followUpTown>>['ids'];
const { base, put, reportOf } = reporting(
  () => ctx,
  () => town.slk,
  () => vb,
);

beforeAll(async () => {
  ctx = await createTestApp();
  ({ town, ids, vb, t2 } = await followUpTown(() => ctx));
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx.app, (await buildUser(ctx.database, town.tenant.id, grants)).email);
  reporter = await user([{ role: 'reporter', unitId: town.slk }]);
  economyReporter = await user([{ role: 'reporter', unitId: town.eko }]);
  reader = await user([{ role: 'reader' }]);
});
afterAll(() => ctx.close());

describe('a unit’s report for a period', () => {
  test('lists the unit’s goals under the goals above them, with indicators, activities and what is missing', async () => {
    const report = await reportOf(reader);
    expect(report.goals.map((g) => [g.goal.level, g.assessed])).toEqual([
      ['direction', false],
      ['council', true],
      ['committee', true],
    ]);
    expect(report.goals[1]!.indicatorIds).toEqual([ids.indicator]);
    expect(report.goals[2]!.activityIds).toEqual([ids.activity]);
    const [indicator] = report.indicators;
    expect(indicator).toMatchObject({
      previousOutcome: '51',
      outcome: null,
      attainment: { status: 'no_outcome' },
    });
    expect(report.missing.map((m) => m.kind).sort()).toEqual([
      'activity_status',
      'assessment',
      'assessment',
      'outcome',
    ]);
    expect(report.state).toMatchObject({ status: 'draft', version: 0 });
    expect(report.may).toEqual({ write: false, approve: false, adopt: false });
    expect((await reportOf(reporter)).may.write).toBe(true);
  });

  test('last year’s outcome comes from the same period of last year only', async () => {
    const report = await reportOf(reader, t2);
    expect(report.indicators[0]!.previousOutcome).toBeNull();
    expect(report.previousPeriod?.key).toBe('T2');
  });
});

describe('reporting', () => {
  test('a reporter enters an outcome, an activity status and an assessment; each is audited', async () => {
    const outcome = await put(reporter, `${base()}/indicators/${ids.indicator}/outcome`, {
      value: '45',
      comment: 'Fler dygn än väntat under vintern.',
      version: 0,
    });
    expect(outcome.statusCode).toBe(200);
    const status = await put(reporter, `${base()}/activities/${ids.activity}/report`, {
      status: 'ongoing',
      analysis: 'Hälften av bilarna är bytta.',
      version: 0,
    });
    expect(status.statusCode).toBe(200);
    const assessment = await put(reporter, `${base()}/goals/${ids.committee}/assessment`, {
      value: 'delvis',
      analysis: 'Utsläppen minskar men inte i takt med målet.',
      version: 0,
    });
    expect(assessment.statusCode).toBe(200);
    expect(assessment.json()).toMatchObject({ value: 'delvis', version: 1 });

    const report = await reportOf(reader);
    expect(report.indicators[0]).toMatchObject({
      outcome: { value: '45', version: 1, updatedByName: reporter.me.user.name },
      attainment: { status: 'not_met', trend: 'better' },
    });
    expect(report.missing.map((m) => m.kind)).toEqual(['assessment']);
    const log = (await api.get(town.admin, '/api/audit?limit=10')).json<{
      entries: { entity: string }[];
    }>().entries;
    expect(log.slice(0, 3).map((e) => e.entity)).toEqual([
      'goal_assessment',
      'activity_report',
      'indicator_outcome',
    ]);
  });

  test('a save’s audit entry holds the fields as they were and as written; a refused save leaves none', async () => {
    const url = `${base()}/indicators/${ids.indicator}/outcome`;
    type Entry = { action: string; before: unknown; after: unknown };
    const audited = async () =>
      (
        await api.get(
          town.admin,
          `/api/audit?entity=indicator_outcome&entityId=${ids.indicator}&limit=100`,
        )
      ).json<{ entries: Entry[] }>().entries;
    const version = (await reportOf(reader)).indicators[0]!.outcome?.version ?? 0;
    const first = await put(reporter, url, { value: '12.5', comment: 'Första.', version });
    expect(first.statusCode).toBe(200);
    const count = (await audited()).length;
    const second = await put(reporter, url, {
      value: '13',
      comment: 'Andra.',
      version: version + 1,
    });
    expect(second.statusCode).toBe(200);
    const stale = await put(reporter, url, {
      value: '14',
      comment: 'Gammal.',
      version: version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const entries = await audited();
    expect(entries).toHaveLength(count + 1);
    expect(entries[0]).toEqual(
      expect.objectContaining({
        action: 'update',
        // as stored: a decimal travels as its text, never as a JSON number
        before: { value: '12.5', valueWomen: null, valueMen: null, comment: 'Första.' },
        after: expect.objectContaining({ value: '13', comment: 'Andra.' }),
      }),
    );
    expect(entries[1]).toMatchObject({
      action: version === 0 ? 'create' : 'update',
      after: { value: '12.5', comment: 'Första.' },
    });
  });

  test('a written assessment more positive than the evidence needs a justification', async () => {
    const first = await put(reporter, `${base()}/goals/${ids.council}/assessment`, {
      value: 'helt',
      analysis: 'Luften är bättre än i fjol.',
      version: 0,
    });
    expect(first.statusCode).toBe(200);
    let goal = (await reportOf(reader)).goals[1]!;
    expect(goal.suggestion.suggestion).not.toBe('helt');
    expect(goal.needsJustification).toBe(true);

    const justified = await put(reporter, `${base()}/goals/${ids.council}/assessment`, {
      value: 'helt',
      analysis: 'Luften är bättre än i fjol.',
      justification: 'Målvärdet 7 dygn gäller från 2026; trenden är den rätta.',
      version: 1,
    });
    expect(justified.statusCode).toBe(200);
    goal = (await reportOf(reader)).goals[1]!;
    expect(goal.needsJustification).toBe(false);
    expect((await reportOf(reader)).missing).toEqual([]);
  });

  test('when two people save the same text, the second is refused with both versions and nothing is lost', async () => {
    const url = `${base(t2)}/goals/${ids.committee}/assessment`;
    const mine = await put(reporter, url, { value: 'helt', analysis: 'Min text.', version: 0 });
    expect(mine.statusCode).toBe(200);
    const theirs = await put(town.admin, url, { value: 'inte', analysis: 'Din text.', version: 0 });
    expect(theirs.statusCode).toBe(409);
    expect(theirs.json().error).toMatchObject({
      code: 'reports.conflict',
      details: {
        current: { analysis: 'Min text.', version: 1 },
        yours: { analysis: 'Din text.', value: 'inte' },
      },
    });
    let stored = (await reportOf(reader, t2)).goals[2]!.assessment;
    expect(stored).toMatchObject({ analysis: 'Min text.', value: 'helt', version: 1 });

    // Both open version 1; the first save wins, the second is refused.
    const edited = await put(reporter, url, {
      value: 'helt',
      analysis: 'Min text, ändrad.',
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    const stale = await put(town.admin, url, { value: 'inte', analysis: 'Din text.', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({
      analysis: 'Min text, ändrad.',
      version: 2,
    });
    const restored = await put(reporter, url, { value: 'helt', analysis: 'Min text.', version: 2 });
    expect(restored.statusCode).toBe(200);
    stored = (await reportOf(reader, t2)).goals[2]!.assessment;
    expect(stored).toMatchObject({ analysis: 'Min text.', version: 3 });
  });

  test('bad input is named and writes nothing', async () => {
    const url = `${base(t2)}/indicators/${ids.indicator}/outcome`;
    const comma = await put(reporter, url, { value: '12,5', version: 0 });
    expect(comma.statusCode).toBe(422);
    expect(comma.json().error.details[0].path).toBe('value');
    const unknown = await put(reporter, url, { value: '12', version: 0, colour: 'grön' });
    expect(unknown.statusCode).toBe(422);
    const inline = await put(reporter, `${base(t2)}/goals/${ids.direction}/assessment`, {
      value: 'helt',
      analysis: '',
      version: 0,
    });
    expect(inline.statusCode).toBe(422);
    expect(inline.json().error.details[0].path).toBe('value');
    expect((await reportOf(reader, t2)).indicators[0]!.outcome).toBeNull();
  });

  test('a goal, indicator or activity outside the unit’s report is a 404', async () => {
    const other = await put(reporter, `${base(t2, town.slk)}/indicators/${town.kf}/outcome`, {
      value: '1',
      version: 0,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('reports.not_in_report');
  });
});

describe('who may report', () => {
  test('a reporter of a department below may not write the office’s report, nor may a reader', async () => {
    const url = `${base(t2)}/activities/${ids.activity}/report`;
    const below = await put(economyReporter, url, { status: 'completed', version: 0 });
    expect(below.statusCode).toBe(403);
    const readerWrite = await put(reader, url, { status: 'completed', version: 0 });
    expect(readerWrite.statusCode).toBe(403);
  });

  test('a co-responsible unit reports the shared activity in its own report, shown side by side', async () => {
    const itReport = await reportOf(town.admin, t2, town.it);
    expect(itReport.activities.map((a) => a.activity.id)).toEqual([ids.activity]);
    const saved = await put(town.admin, `${base(t2, town.it)}/activities/${ids.activity}/report`, {
      status: 'delayed',
      analysis: 'IT väntar på laddstolpar.',
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    const side = await api.get(reader, `/api/activities/${ids.activity}/reports?periodId=${t2}`);
    expect(side.statusCode).toBe(200);
    expect(
      side
        .json()
        .units.map(
          (u: { unitName: string; responsible: boolean; report: { status: string } | null }) => [
            u.unitName,
            u.responsible,
            u.report?.status ?? null,
          ],
        ),
    ).toEqual([
      ['Stadsledningskontoret', true, null],
      ['IT', false, 'delayed'],
    ]);
    const wrongYear = await api.get(
      reader,
      `/api/activities/${ids.activity}/reports?periodId=${town.kf}`,
    );
    expect(wrongYear.statusCode).toBe(404);
  });

  test('a report that is no longer a draft cannot be changed', async () => {
    const repos = repositories(ctx.database.db);
    await repos.followup.saveState(
      town.tenant.id,
      town.slk,
      vb,
      { status: 'ready', adoptedOn: null, decisionRef: null, returnComment: '' },
      0,
      null,
    );
    const locked = await put(reporter, `${base()}/activities/${ids.activity}/report`, {
      status: 'completed',
      version: 1,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({
      code: 'reports.locked',
      details: { status: 'ready' },
    });
  });

  test('another tenant’s administrator can neither read nor write this tenant’s reports', async () => {
    const other = await buildTenant(ctx.database);
    const stranger = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    const read = await api.get(stranger, `${base()}/report`);
    expect(read.statusCode).toBe(404);
    const write = await put(stranger, `${base(t2)}/goals/${ids.committee}/assessment`, {
      value: 'inte',
      analysis: 'Intrång',
      version: 1,
    });
    expect(write.statusCode).toBe(404);
    const goals = await api.get(stranger, '/api/goals?year=2024');
    expect(goals.json().goals).toEqual([]);
    expect((await reportOf(reader, t2)).goals[2]!.assessment?.analysis).toBe('Min text.');
  });
});
