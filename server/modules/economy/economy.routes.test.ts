import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EconomyView } from '#contracts/economy.ts';
import type { AuditEntry } from '#contracts/audit.ts';
import type { TestApp } from '../org/org.routes.testing.ts';
import {
  economyTown,
  illustrativeApp,
  illustrativeStructure,
  mnkr,
  shown,
  type EconomyTown,
} from './economy.testing.ts';

let ctx: TestApp;
let town: EconomyTown;
let view: EconomyView;
beforeAll(async () => ({ ctx, town, view } = await illustrativeApp()));
afterAll(() => ctx.close());
/** Unit A's controller saves the illustrative structure (revenues positive, mnkr) with changes. */
const putStructure = (changes: { title?: string; areas: object[]; version: number }) =>
  town.inject('PUT', town.people.controllerA, `${town.economy(town.units.a)}/structure`, {
    ...illustrativeStructure,
    ...changes,
  });

describe('reading a unit’s economy', () => {
  test('computes each area’s deviations under its sign convention (R-E2, R-E3)', () => {
    const a = view.areas.find((x) => x.name === 'Område A')!;
    expect(view.formulas.deviation.revenues).toBe('outcome − budget');
    expect(shown(a.lines.costs.computed.deviation)).toBe('-2,7');
    expect(shown(a.lines.revenues.computed.deviation)).toBe('0,6');
    // net is the net cost: 31,5 − 5,0 = 26,5 against 34,2 − 5,6 = 28,6
    expect(shown(a.lines.net.figures.adjustedBudget)).toBe('26,5');
    expect(shown(a.lines.net.computed.deviation)).toBe('-2,1');
    expect(a.lines.net.stored).toBeNull();
    expect(a.lines.costs.computed.forecastDeviations).toEqual([
      { period: 'T2', amount: mnkr('-1,5') },
    ]);
  });

  test('totals the areas, leaving the "Varav" sub-row out (R-E4), and adds the investments (R-E5)', () => {
    const { operating, investments, includingInvestments } = view.totals;
    expect(shown(operating.costs.computed.outcome)).toBe('52,8');
    expect(shown(operating.net.computed.deviation)).toBe('-2,7');
    expect(shown(investments.net.computed.deviation)).toBe('0,5');
    expect(shown(includingInvestments.computed.budget)).toBe('46,5');
    expect(shown(includingInvestments.computed.deviation)).toBe('-2,2');
    expect(view.areas.find((x) => x.name === 'Varav B1')!.partOf).toBe(
      view.areas.find((x) => x.name === 'Område B')!.id,
    );
  });

  test('a typed deviation is kept and checked, never used as the deviation', async () => {
    const a = view.areas.find((x) => x.name === 'Område A')!;
    const costs = a.lines.costs;
    const response = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.economy(town.units.a)}/lines`,
      {
        lines: [
          {
            areaId: a.id,
            kind: 'costs',
            adjustedBudget: costs.stored!.adjustedBudget,
            outcome: costs.stored!.outcome,
            forecasts: costs.stored!.forecasts,
            printedDeviation: mnkr('-2,5'),
            version: costs.version,
          },
        ],
      },
    );
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json<EconomyView>();
    const line = after.areas.find((x) => x.name === 'Område A')!.lines.costs;
    expect(shown(line.computed.deviation)).toBe('-2,7');
    expect(line.version).toBe(2);
    expect(line.updatedByName).toBe(town.people.reporterA.me.user.name);
    expect(after.mismatches).toEqual([
      {
        code: 'deviation.budget_minus_outcome',
        path: 'rows[0].costs.deviation',
        expected: mnkr('-2,7'),
        printed: mnkr('-2,5'),
        difference: mnkr('0,2'),
        kind: 'error',
        section: 'area',
        areaId: a.id,
        unitId: null,
      },
    ]);
    view = after;
  });

  test('an unknown unit, a unit of another tenant and a year that does not exist are 404', async () => {
    const other = await economyTown(() => ctx);
    const { admin } = other.people;
    expect((await other.inject('GET', admin, town.economy(town.units.a))).json().error.code).toBe(
      'economy.unit_not_found',
    );
    const response = await other.inject('PUT', admin, `${town.economy(town.units.a)}/lines`, {
      lines: [],
    });
    expect(response.statusCode).toBe(404);
    expect(
      (await town.inject('GET', town.people.reader, town.economy(town.units.a, 2031))).json().error
        .code,
    ).toBe('periods.year_not_found');
    // and the other tenant's own unit A is empty
    expect((await other.read(admin, other.units.a)).areas).toEqual([]);
  });
});

describe('writing is conflict-safe', () => {
  test('a write from a stale version is 409 with both versions, and nothing is written', async () => {
    const a = view.areas.find((x) => x.name === 'Område A')!;
    const stale = {
      areaId: a.id,
      kind: 'revenues',
      adjustedBudget: mnkr('5,0'),
      outcome: mnkr('9,9'),
      version: a.lines.revenues.version - 1,
    };
    const other = {
      areaId: a.id,
      kind: 'costs',
      outcome: mnkr('1,0'),
      version: a.lines.costs.version,
    };
    const response = await town.inject(
      'PUT',
      town.people.controllerA,
      `${town.economy(town.units.a)}/lines`,
      {
        lines: [other, stale],
      },
    );
    expect(response.statusCode).toBe(409);
    const { code, details } = response.json<{
      error: { code: string; details: { conflicts: unknown[] } };
    }>().error;
    expect(code).toBe('economy.conflict');
    expect(details.conflicts).toEqual([
      expect.objectContaining({
        areaId: a.id,
        kind: 'revenues',
        current: expect.objectContaining({
          outcome: mnkr('5,6'),
          version: a.lines.revenues.version,
        }),
        yours: expect.objectContaining({ outcome: mnkr('9,9') }),
      }),
    ]);
    const after = await town.read(town.people.reader);
    expect(after.areas).toEqual(view.areas);
  });

  test('a structure saved from a stale version is 409 and leaves the areas alone', async () => {
    const response = await putStructure({ title: 'X', areas: [], version: 0 });
    expect(response.statusCode).toBe(409);
    expect((await town.read(town.people.reader)).areas).toHaveLength(4);
  });

  test('a structure names each problem: a sub-row of an unknown area, a name twice', async () => {
    const response = await putStructure({
      areas: [{ name: 'Område A' }, { name: 'Område A' }, { name: 'Varav X', partOf: 'Område X' }],
      version: view.settings.version,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { path: 'areas.1.name', message: '"Område A" is given twice' },
      { path: 'areas.2.partOf', message: '"Område X" is not another area of the table' },
    ]);
  });

  test('every write is in the audit log with what was there before', async () => {
    const response = await town.inject(
      'GET',
      town.people.admin,
      `/api/audit?entity=economy_line&entityId=${view.areas[0]!.id}:costs`,
    );
    const entries = response.json<{ entries: AuditEntry[] }>().entries;
    expect(entries.map((e) => [e.action, e.userName])).toEqual([
      ['update', town.people.reporterA.me.user.name],
      ['create', town.people.controllerA.me.user.name],
    ]);
    expect(entries[0]!.before).toMatchObject({ printedDeviation: null, outcome: mnkr('34,2') });
    expect(entries[0]!.after).toMatchObject({ printedDeviation: mnkr('-2,5') });
  });
});

describe('who may do what', () => {
  test('a reporter writes figures but not the areas; a controller elsewhere does neither', async () => {
    const { inject, economy, units, people } = town;
    const structure = {
      signConvention: 'revenue_positive',
      unit: 'mnkr',
      decimals: 1,
      areas: [],
      version: 1,
    };
    expect(
      (await inject('PUT', people.reporterA, `${economy(units.a)}/structure`, structure))
        .statusCode,
    ).toBe(403);
    expect(
      (await inject('PUT', people.controllerB, `${economy(units.a)}/lines`, { lines: [] }))
        .statusCode,
    ).toBe(403);
    expect((await inject('GET', people.controllerB, economy(units.a))).statusCode).toBe(403);
    const readerView = await town.read(people.reader);
    expect(readerView.may).toEqual({ write: false, model: false });
    expect((await town.read(people.reporterA)).may).toEqual({ write: true, model: false });
    expect((await town.read(people.controllerA)).may).toEqual({ write: true, model: true });
  });
});
