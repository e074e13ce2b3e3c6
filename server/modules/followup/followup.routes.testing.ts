import { expect } from 'vitest';
import type { BudgetYear } from '#contracts/years.ts';
import type { UnitReport } from '#contracts/followup.ts';
import { repositories } from '#server/repositories.ts';
import { as, type Session } from '#server/testing.ts';
import { valueTarget } from '../indicators/indicators.testing.ts';
import { recordPastOutcome } from '../indicators/indicators.usecases.ts';
import { client, type TestApp } from '../org/org.routes.testing.ts';

/**
 * A small municipality with a year of follow-up, built through the API: KF >
 * Stadsledningskontoret > {Ekonomi, IT}; the office plays the committee and owns a goal under
 * KF goal 1.1, measured by a lower-is-better indicator (target 7, last year 51), with an
 * activity it shares with IT.
 */
export async function followUpTown(ctx: () => TestApp) {
  const api = client(ctx);
  const ids = { direction: '', council: '', committee: '', indicator: '', activity: '' };
  const town = await api.municipality();
  const admin = town.admin;
  const years: BudgetYear[] = [];
  for (const year of [2023, 2024]) {
    const made = await api.post(admin, '/api/years', { year });
    expect(made.statusCode).toBe(201);
    years.push(made.json<BudgetYear>());
  }
  const vb = years[1]!.periods.find((p) => p.key === 'VB')!.id;
  const t2 = years[1]!.periods.find((p) => p.key === 'T2')!.id;
  const goal = async (body: object) => {
    const made = await api.post(admin, '/api/goals', { year: 2024, ...body });
    expect(made.statusCode).toBe(201);
    return made.json<{ id: string }>().id;
  };
  ids.direction = await goal({
    level: 'direction',
    number: '1',
    title: 'Ett hållbart Testby',
    ownerUnitId: town.kf,
  });
  ids.council = await goal({
    level: 'council',
    number: '1.1',
    title: 'Luften är ren',
    ownerUnitId: town.kf,
    parentIds: [ids.direction],
  });
  ids.committee = await goal({
    level: 'committee',
    title: 'Kontoret minskar sina utsläpp',
    ownerUnitId: town.slk,
    heading: 'Nämndmål:',
    parentIds: [ids.council],
  });
  const indicator = await api.post(admin, '/api/indicators', {
    name: 'Antal dygn över normvärdet',
    unit: 'dygn',
    decimals: 0,
    direction: 'lower_is_better',
    level: 'council',
    goalIds: [ids.council],
  });
  expect(indicator.statusCode).toBe(201);
  ids.indicator = indicator.json<{ id: string }>().id;
  const target = await ctx().app.inject({
    method: 'PUT',
    url: `/api/indicators/${ids.indicator}/target`,
    headers: as(admin),
    payload: valueTarget(town.slk, 2024, '7'),
  });
  expect(target.statusCode).toBe(204);
  const activity = await api.post(admin, '/api/activities', {
    year: 2024,
    kind: 'committee_activity',
    title: 'Byt till elbilar',
    goalId: ids.committee,
    responsibleUnitId: town.slk,
    coResponsibleUnitIds: [town.it],
    startsOn: '2024-01-01',
    endsOn: '2024-12-31',
  });
  expect(activity.statusCode).toBe(201);
  ids.activity = activity.json<{ id: string }>().id;

  // Last year's outcome, recorded as history (not typed into this year's report).
  const vb2023 = years[0]!.periods.find((p) => p.key === 'VB')!.id;
  await recordPastOutcome(
    repositories(ctx().database.db),
    { ...admin.me.user, ...principalBits(admin) },
    { indicatorId: ids.indicator, unitId: town.slk, periodId: vb2023 },
    { value: '51', valueWomen: null, valueMen: null, periodLabel: null, comment: '', version: 0 },
  );

  return { api, town, ids, vb, t2, years };
}

/** Requests on a unit's report. */
export function reporting(ctx: () => TestApp, unitId: () => string, vb: () => string) {
  const api = client(ctx);
  const base = (periodId = vb(), unit = unitId()) => `/api/units/${unit}/periods/${periodId}`;
  const put = (session: Session, url: string, payload: object) =>
    ctx().app.inject({ method: 'PUT', url, headers: as(session), payload });
  const post = (session: Session, url: string, payload: object) =>
    ctx().app.inject({ method: 'POST', url, headers: as(session), payload });
  const reportOf = async (session: Session, periodId = vb(), unit = unitId()) => {
    const response = await api.get(session, `${base(periodId, unit)}/report`);
    expect(response.statusCode).toBe(200);
    return response.json<UnitReport>();
  };
  return { base, put, post, reportOf };
}

/** The principal a signed-in session stands for, to call a use case directly. */
export function principalBits(session: Session) {
  return {
    tenantId: session.me.tenant.id,
    userId: session.me.user.id,
    userName: session.me.user.name,
    csrfToken: session.csrf,
    grants: session.me.grants,
  };
}
