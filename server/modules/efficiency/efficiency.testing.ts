import { expect } from 'vitest';
import type { EfficiencyView } from '#contracts/efficiency.ts';
import type { Session } from '#server/testing.ts';
import { economyTown, illustrativeEconomy } from '../economy/economy.testing.ts';
import { computedTown } from '../indicators/indicators.computed.testing.ts';
import type { TestApp } from '../org/org.routes.testing.ts';

/**
 * A fresh computed town (indicators.computed.testing.ts) with Nämnd A's illustrative economy;
 * `linked` has its controller link Område A to the committee goal and to "Antal handlagda
 * ärenden" as the output it produces.
 */
export async function efficiencyTown(ctx: () => TestApp, { linked = false } = {}) {
  const town = await economyTown(ctx);
  const follow = await computedTown(town);
  const economy = await illustrativeEconomy(town);
  const areaA = economy.areas.find((a) => a.name === 'Område A')!.id;
  const url = (unitId = town.units.a, period = 'VB') =>
    `/api/units/${unitId}/years/2015/efficiency?period=${period}`;
  const linksUrl = (areaId = areaA, unitId = town.units.a) =>
    `/api/units/${unitId}/years/2015/efficiency/areas/${areaId}/links`;
  const read = async (session: Session = town.people.reader, period = 'VB') => {
    const response = await town.inject('GET', session, url(town.units.a, period));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EfficiencyView>();
  };
  const link = () =>
    town.inject('PUT', town.people.controllerA, linksUrl(), {
      goalIds: [follow.goals.committee],
      indicators: [{ indicatorId: follow.indicators.cases, countsOutput: true }],
    });
  const typeCases = async (value: string, version: number) => {
    const typed = await town.inject(
      'PUT',
      town.people.reporterA,
      `/api/units/${town.units.a}/periods/${follow.vb}/indicators/${follow.indicators.cases}/outcome`,
      { value, version },
    );
    expect(typed.statusCode, typed.body).toBe(200);
  };
  if (linked) {
    const made = await link();
    expect(made.statusCode, made.body).toBe(200);
  }
  return { town, follow, economy, areaA, url, linksUrl, read, link, typeCases };
}
