import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { repositories } from '#server/repositories.ts';
import { createTestApp, type Session } from '#server/testing.ts';
import { principalBits } from '../followup/followup.routes.testing.ts';
import { aWorkflowReport } from '../followup/workflow/followup.workflow.testing.ts';
import { startOverview, startPage } from './start.usecases.ts';

/**
 * The start page of each role on a small town (KF > Stadsledningskontoret > {Ekonomi, IT}) whose
 * 2024 reports are due T1 2024-05-15, T2 2024-09-15 and VB 2025-02-15; "today" is 2024-09-10.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let r: Awaited<ReturnType<typeof aWorkflowReport>>;
const today = '2024-09-10';

beforeAll(async () => {
  ctx = await createTestApp();
  return () => ctx.close();
});
beforeEach(async () => {
  r = await aWorkflowReport(() => ctx);
});

const pageOf = (session: Session, on = today) =>
  startPage(repositories(ctx.database.db), principalOf(session), on);
const overviewOf = (session: Session, query: Parameters<typeof startOverview>[2]) =>
  startOverview(repositories(ctx.database.db), principalOf(session), query, today);
const principalOf = (session: Session) => ({ ...session.me.user, ...principalBits(session) });
const keysOf = (lines: { period: { key: string } }[]) => lines.map((l) => l.period.key);

describe('a reporter’s start page', () => {
  test('lists the reports of their unit with deadline, days left, lateness and what is missing', async () => {
    const page = await pageOf(r.reporter);
    expect(page.period?.key).toBe('T2');
    expect(
      page.write.map((l) => [l.unit.name, l.period.key, l.status, l.daysLeft, l.overdue]),
    ).toEqual([
      ['Stadsledningskontoret', 'T1', 'not_started', -118, true],
      ['Stadsledningskontoret', 'T2', 'not_started', 5, false],
      ['Stadsledningskontoret', 'VB', 'not_started', 158, false],
    ]);
    const vb = page.write.find((l) => l.period.key === 'VB')!;
    const report = await r.reportOf(r.reporter);
    expect(vb.missing).toBe(report.missing.length);
    expect(vb.missing).toBeGreaterThan(0);
    expect(page.approve).toEqual([]);
    expect(page.overview).toBe(false);
  });

  test('shows a sent-back report with the approver’s comment, and drops an approved one', async () => {
    await r.bringTo('ready');
    const back = await r.step(r.approver, {
      transition: 'send_back',
      comment: 'Komplettera analysen av luftkvaliteten.',
      version: await r.version(),
    });
    expect(back.statusCode).toBe(200);
    const vb = (await pageOf(r.reporter)).write.find((l) => l.period.key === 'VB')!;
    expect(vb).toMatchObject({
      status: 'draft',
      returnComment: 'Komplettera analysen av luftkvaliteten.',
    });
    for (const [by, transition] of [
      [r.reporter, 'submit'],
      [r.approver, 'approve'],
    ] as const) {
      const moved = await r.step(by, { transition, version: await r.version() });
      expect(moved.statusCode).toBe(200);
    }
    expect(keysOf((await pageOf(r.reporter)).write)).toEqual(['T1', 'T2']);
  });
});

describe('an approver’s start page', () => {
  test('lists the reports marked ready in their part of the organisation, and only those', async () => {
    expect((await pageOf(r.approver)).approve).toEqual([]);
    await r.bringTo('ready');
    const page = await pageOf(r.approver);
    expect(page.approve.map((l) => [l.unit.name, l.period.key, l.status])).toEqual([
      ['Stadsledningskontoret', 'VB', 'ready'],
    ]);
    const elsewhere = await r.user([{ role: 'approver', unitId: r.town.it }]);
    expect((await pageOf(elsewhere)).approve).toEqual([]);
  });
});

describe('a controller’s overview', () => {
  test('has every unit of their subtree in tree order with counts per status, filtered and paged', async () => {
    await r.bringTo('ready');
    const vbId = r.vb;
    const all = await overviewOf(r.controller, { page: 1, periodId: vbId });
    expect(all.units.map((l) => [l.unit.name, l.status])).toEqual([
      ['Stadsledningskontoret', 'ready'],
      ['Ekonomi', 'not_started'],
      ['IT', 'not_started'],
    ]);
    expect(all.counts).toMatchObject({ not_started: 2, ready: 1, draft: 0 });
    expect(all.total).toBe(3);
    const ready = await overviewOf(r.controller, { page: 1, periodId: vbId, status: 'ready' });
    expect(ready.units.map((l) => l.unit.name)).toEqual(['Stadsledningskontoret']);
    const t1 = (await repositories(ctx.database.db).years.periodByKey(
      r.town.tenant.id,
      2024,
      'T1',
    ))!;
    const late = await overviewOf(r.controller, { page: 1, periodId: t1.id, overdue: true });
    expect(late.total).toBe(3);
    expect((await overviewOf(r.controller, { page: 2, periodId: vbId })).units).toEqual([]);
    expect((await pageOf(r.controller)).overview).toBe(true);
  });
});

describe('a reader’s start page', () => {
  test('shows the council goals with the units’ assessments, and the latest adopted reports', async () => {
    const reader = await r.user([{ role: 'reader', unitId: null }]);
    await r.bringTo('adopted');
    const page = await pageOf(reader, '2025-03-01');
    expect(page.period?.key).toBe('VB');
    expect(page.council.map((g) => [g.number, g.title, g.counts.delvis])).toEqual([
      ['1.1', 'Luften är ren', 1],
    ]);
    expect(page.adopted.map((l) => [l.unit.name, l.period.key, l.adoptedOn])).toEqual([
      ['Stadsledningskontoret', 'VB', '2025-02-12'],
    ]);
    expect(page.write).toEqual([]);
  });
});
