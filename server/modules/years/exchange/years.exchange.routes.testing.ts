import { expect } from 'vitest';
import type { BudgetYear } from '#contracts/years.ts';
import { as } from '#server/testing.ts';
import { valueTarget } from '../../indicators/indicators.testing.ts';
import type { Municipality, TestApp } from '../../org/org.routes.testing.ts';

/**
 * Year 2024 of a small municipality (KF > SLK > {Ekonomi, IT}), entered through the API:
 * KF's inriktningsmål 1 and goal 1.1; nämndmål of SLK and of IT under 1.1; an indicator of
 * 1.1 with SLK's target, outcome and last year's outcome as entered; an SLK activity shared with IT; and both units' texts.
 */
export async function enterYear2024(ctx: TestApp, town: Municipality) {
  const admin = town.admin;
  const send = async (method: 'POST' | 'PUT', url: string, payload: object, status = 201) => {
    const response = await ctx.app.inject({ method, url, headers: as(admin), payload });
    expect(response.statusCode, response.body).toBe(status);
    return response.statusCode === 204 ? null : response.json<{ id: string }>();
  };
  const year = (await send('POST', '/api/years', { year: 2024 })) as unknown as BudgetYear;
  const vb = year.periods.find((p) => p.key === 'VB')!.id;
  const goal = async (body: object) =>
    (await send('POST', '/api/goals', { year: 2024, ...body }))!.id;
  const direction = await goal({
    level: 'direction',
    number: '1',
    title: 'Ett hållbart Testby',
    ownerUnitId: town.kf,
  });
  const council = await goal({
    level: 'council',
    number: '1.1',
    title: 'Luften är ren',
    ownerUnitId: town.kf,
    parentIds: [direction],
  });
  const slkGoal = await goal({
    level: 'committee',
    title: 'Kontoret minskar sina utsläpp',
    heading: 'Nämndmål:',
    ownerUnitId: town.slk,
    parentIds: [council],
  });
  const itGoal = await goal({
    level: 'committee',
    title: 'IT minskar sin energianvändning',
    ownerUnitId: town.it,
    parentIds: [council],
  });
  const indicator = (await send('POST', '/api/indicators', {
    name: 'Antal dygn över normvärdet',
    unit: 'dygn',
    decimals: 0,
    direction: 'lower_is_better',
    level: 'council',
    goalIds: [council],
  }))!.id;
  await send('PUT', `/api/indicators/${indicator}/target`, valueTarget(town.slk, 2024, '7'), 204);
  const activity = (await send('POST', '/api/activities', {
    year: 2024,
    kind: 'committee_activity',
    title: 'Byt till elbilar',
    goalId: slkGoal,
    responsibleUnitId: town.slk,
    coResponsibleUnitIds: [town.it],
    startsOn: '2024-01-01',
    endsOn: '2024-12-31',
  }))!.id;
  const report = (unitId: string) => `/api/units/${unitId}/periods/${vb}`;
  const texts: [string, object][] = [
    [
      `${report(town.slk)}/goals/${slkGoal}/assessment`,
      { value: 'helt', analysis: 'Bra.', version: 0 },
    ],
    [
      `${report(town.slk)}/goals/${council}/assessment`,
      { value: 'delvis', analysis: 'Nästan.', version: 0 },
    ],
    [
      `${report(town.slk)}/indicators/${indicator}/outcome`,
      { value: '45.50', comment: 'Bättre.', version: 0 },
    ],
    [`${report(town.slk)}/indicators/${indicator}/previous-outcome`, { value: '52.0', version: 0 }],
    [
      `${report(town.slk)}/activities/${activity}/report`,
      { status: 'completed', analysis: 'Klart.', version: 0 },
    ],
    [
      `${report(town.it)}/goals/${itGoal}/assessment`,
      { value: 'inte', analysis: 'Inte än.', version: 0 },
    ],
    [
      `${report(town.it)}/activities/${activity}/report`,
      { status: 'delayed', analysis: 'Väntar.', version: 0 },
    ],
  ];
  for (const [url, body] of texts) await send('PUT', url, body, 200);
  return { vb, direction, council, slkGoal, itGoal, indicator, activity };
}
