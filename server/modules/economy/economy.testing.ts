import { expect } from 'vitest';
import type { EconomyView } from '#contracts/economy.ts';
import type { TreeResponse } from '#contracts/org.ts';
import { as, buildTenant, buildUser, createTestApp, login, type Session } from '#server/testing.ts';
import type { TestApp } from '../org/org.routes.testing.ts';
import { formatMoney, parseAmountOrThrow, toMoney, toOre } from './economy.money.ts';

/**
 * A small municipality with an economy to work on, built through the API: KF > Nämnd A >
 * Enhet R (a result unit), and KF > Nämnd B; the year 2015 with T1, T2 and VB; a controller and
 * a reporter on Nämnd A, a controller on Nämnd B and a tenant-wide reader.
 */
export async function economyTown(ctx: () => TestApp) {
  const inject = (
    method: 'GET' | 'POST' | 'PUT',
    session: Session,
    url: string,
    payload?: object,
  ) => ctx().app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
  const tenant = await buildTenant(ctx().database);
  const user = async (
    role: 'admin' | 'controller' | 'reporter' | 'reader',
    unitId: string | null = null,
  ) => login(ctx().app, (await buildUser(ctx().database, tenant.id, [{ role, unitId }])).email);
  const admin = await user('admin');
  const made = await inject('POST', admin, '/api/org/reorganisations', {
    title: 'Grundorganisation',
    effectiveDate: '2014-01-01',
    revision: 0,
    changes: [
      { type: 'open', key: 'kf', name: 'Kommunfullmäktige', kind: 'council', parent: null },
      { type: 'open', key: 'a', name: 'Nämnd A', kind: 'committee', parent: { key: 'kf' } },
      {
        type: 'open',
        key: 'r',
        name: 'Enhet R',
        kind: 'unit',
        parent: { key: 'a' },
        isResultUnit: true,
      },
      { type: 'open', key: 'b', name: 'Nämnd B', kind: 'committee', parent: { key: 'kf' } },
    ],
  });
  expect(made.statusCode).toBe(201);
  expect((await inject('POST', admin, '/api/years', { year: 2015 })).statusCode).toBe(201);
  const tree = (await inject('GET', admin, '/api/org/units?date=2015-12-31')).json<TreeResponse>();
  const id = (name: string) => tree.units.find((u) => u.name === name)!.id;
  const units = {
    a: id('Nämnd A'),
    r: id('Enhet R'),
    b: id('Nämnd B'),
    kf: id('Kommunfullmäktige'),
  };
  const people = {
    admin,
    controllerA: await user('controller', units.a),
    reporterA: await user('reporter', units.a),
    controllerB: await user('controller', units.b),
    reader: await user('reader'),
  };
  const economy = (unitId: string, year = 2015) => `/api/units/${unitId}/years/${year}/economy`;
  const read = async (session: Session, unitId = units.a) => {
    const response = await inject('GET', session, economy(unitId));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EconomyView>();
  };
  return { tenant, units, people, inject, economy, read };
}
export type EconomyTown = Awaited<ReturnType<typeof economyTown>>;

/** Money as the printed tables show it (mnkr, decimal comma, hyphen minus), or null. */
export const shown = (money: string | null) =>
  money === null ? null : formatMoney(toOre(money), { minus: 'hyphen' }).replace(/\u00a0/g, ' ');

/** A fresh app holding the economy town and its illustrative economy. */
export async function illustrativeApp() {
  const ctx = await createTestApp();
  const town = await economyTown(() => ctx);
  return { ctx, town, view: await illustrativeEconomy(town) };
}

/** An amount written in mnkr, as contract money (kronor). */
export const mnkr = (text: string) => toMoney(parseAmountOrThrow(text, 'mnkr'));

/**
 * domain.md's illustrative table (R-E2 to R-E4), revenues positive: Område A (costs 31,5 →
 * 34,2, revenues 5,0 → 5,6), Område B (costs 18,0 → 18,6) with "Varav B1" (4,2), and
 * investments (2,0 → 1,5).
 */
export const illustrativeStructure = {
  title: 'Nämnd A',
  signConvention: 'revenue_positive',
  unit: 'mnkr',
  decimals: 1,
  areas: [
    { id: null, name: 'Område A', kind: 'operating', partOf: null, description: '' },
    { id: null, name: 'Område B', kind: 'operating', partOf: null, description: '' },
    { id: null, name: 'Varav B1', kind: 'operating', partOf: 'Område B', description: '' },
    { id: null, name: 'Investeringar', kind: 'investment', partOf: null, description: '' },
  ],
  version: 0,
} as const;

export function illustrativeLines(view: EconomyView) {
  const area = (name: string) => view.areas.find((a) => a.name === name)!.id;
  const line = (
    name: string,
    kind: 'costs' | 'revenues',
    budget: string,
    outcome: string,
    t2?: string,
  ) => ({
    areaId: area(name),
    kind,
    adjustedBudget: mnkr(budget),
    outcome: mnkr(outcome),
    forecasts: t2 ? [{ period: 'T2', amount: mnkr(t2) }] : [],
    version: 0,
  });
  return [
    line('Område A', 'costs', '31,5', '34,2', '33,0'),
    line('Område A', 'revenues', '5,0', '5,6', '5,2'),
    line('Område B', 'costs', '18,0', '18,6', '18,5'),
    line('Område B', 'revenues', '0,0', '0,0', '0,0'),
    line('Varav B1', 'costs', '4,0', '4,2'),
    line('Varav B1', 'revenues', '0,0', '0,0'),
    line('Investeringar', 'costs', '2,0', '1,5'),
    line('Investeringar', 'revenues', '0,0', '0,0'),
  ];
}

/** Nämnd A shaped and filled with the illustrative table by its controller. */
export async function illustrativeEconomy(town: EconomyTown) {
  const { inject, economy, units, people } = town;
  const shaped = await inject(
    'PUT',
    people.controllerA,
    `${economy(units.a)}/structure`,
    illustrativeStructure,
  );
  expect(shaped.statusCode, shaped.body).toBe(200);
  const filled = await inject('PUT', people.controllerA, `${economy(units.a)}/lines`, {
    lines: illustrativeLines(shaped.json<EconomyView>()),
  });
  expect(filled.statusCode, filled.body).toBe(200);
  return filled.json<EconomyView>();
}
