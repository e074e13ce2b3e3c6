import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  EconomyIndicators,
  EconomyRollUp,
  EconomyView,
  ResultFundView,
} from '#contracts/economy.ts';
import type { TestApp } from '../../org/org.routes.testing.ts';
import {
  illustrativeApp,
  illustrativeLines,
  mnkr,
  shown,
  type EconomyTown,
} from '../economy.testing.ts';

/** Result funds, carry-overs, the roll-up of a year and the council indicators, over the API. */
let ctx: TestApp;
let town: EconomyTown;
let view: EconomyView;
beforeAll(async () => ({ ctx, town, view } = await illustrativeApp()));
afterAll(() => ctx.close());

describe('result funds and carry-overs', () => {
  const fund = {
    turnover: mnkr('190,0'),
    capBase: 'turnover',
    resultBeforeDisposition: mnkr('1,7'),
    opening: mnkr('6,7'),
    surplusOwnAction: mnkr('0,8'),
    used: mnkr('1,9'),
    closing: mnkr('5,6'),
    version: 0,
  };

  test('a result unit’s fund is computed and checked (R-F1, R-F3 to R-F5)', async () => {
    const response = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.economy(town.units.r)}/result-fund`,
      fund,
    );
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<ResultFundView>();
    expect([saved.yearlyCap, saved.accumulatedCap, saved.computedClosing].map(shown)).toEqual([
      '9,5',
      '19,0',
      '5,6',
    ]);
    expect([saved.resultInclOpeningFund, saved.resultAfterDisposition].map(shown)).toEqual([
      '8,4',
      '2,8',
    ]);
    const a = await town.read(town.people.reader);
    expect(a.resultFunds.map((f) => f.unitName)).toEqual(['Enhet R']);
    expect(a.mismatches.filter((m) => m.section === 'result_fund')).toEqual([]);
  });

  test('a stated closing fund that does not add up and a breached cap are mismatches', async () => {
    const response = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.economy(town.units.r)}/result-fund`,
      {
        ...fund,
        surplusOwnAction: mnkr('10,0'),
        closing: mnkr('14,9'),
        version: 1,
      },
    );
    expect(response.statusCode).toBe(200);
    const found = (await town.read(town.people.reader)).mismatches.filter(
      (m) => m.section === 'result_fund',
    );
    expect(
      found.map((m) => [m.code, m.path, shown(m.expected), shown(m.printed), m.unitId]),
    ).toEqual([
      ['fund.closing', 'resultFunds[0].closing', '14,8', '14,9', town.units.r],
      ['fund.yearly_cap_exceeded', 'resultFunds[0].surplusOwnAction', '9,5', '10,0', town.units.r],
    ]);
  });

  test('a unit that is not a result unit has no fund', async () => {
    const response = await town.inject(
      'PUT',
      town.people.controllerA,
      `${town.economy(town.units.a)}/result-fund`,
      fund,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('economy.not_result_unit');
  });

  test('carry-over requests are summed and checked against the printed total and the decision', async () => {
    const response = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.economy(town.units.a)}/carry-overs`,
      {
        printedTotal: mnkr('3,0'),
        requests: [
          {
            purpose: 'Projekt X',
            category: 'unfinished_project',
            amount: mnkr('1,0'),
            amountInDecision: mnkr('1,0'),
          },
          {
            purpose: 'Projekt Y',
            category: 'unfinished_project',
            amount: mnkr('2,1'),
            amountInDecision: mnkr('2,0'),
          },
        ],
        version: 0,
      },
    );
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json<EconomyView>();
    expect(shown(after.carryOvers.total)).toBe('3,1');
    expect(after.carryOvers.requests[0]).toMatchObject({ fromYear: 2015, toYear: 2016 });
    expect(
      after.mismatches
        .filter((m) => m.section === 'carry_over')
        .map((m) => [m.code, shown(m.expected), shown(m.printed), m.kind]),
    ).toEqual([
      ['carry_over.sum_of_items', '3,1', '3,0', 'rounding'],
      ['figure.stated_twice', '2,1', '2,0', 'error'],
    ]);
    const stale = await town.inject(
      'PUT',
      town.people.reporterA,
      `${town.economy(town.units.a)}/carry-overs`,
      {
        requests: [],
        version: 0,
      },
    );
    expect(stale.statusCode).toBe(409);
  });
});

describe('the year across units', () => {
  test('the roll-up shows each unit the caller may read, against the outcome or the T2 forecast', async () => {
    const { inject, economy, units, people } = town;
    await inject('PUT', people.controllerB, `${economy(units.b)}/structure`, {
      signConvention: 'revenue_negative',
      unit: 'mnkr',
      decimals: 1,
      areas: [{ name: 'Område C' }],
      version: 0,
    });
    const b = await town.read(people.controllerB, units.b);
    await inject('PUT', people.controllerB, `${economy(units.b)}/lines`, {
      lines: [
        {
          areaId: b.areas[0]!.id,
          kind: 'costs',
          adjustedBudget: mnkr('10,0'),
          outcome: mnkr('9,0'),
          version: 0,
        },
        {
          areaId: b.areas[0]!.id,
          kind: 'revenues',
          adjustedBudget: mnkr('-1,0'),
          outcome: mnkr('-1,5'),
          version: 0,
        },
      ],
    });
    const all = (
      await inject('GET', people.reader, '/api/years/2015/economy/rollup')
    ).json<EconomyRollUp>();
    expect(
      all.units.map((u) => [u.unitName, shown(u.operating.net.deviation), u.budgetAdherence]),
    ).toEqual([
      ['Nämnd A', '-2,7', '106.07'],
      ['Nämnd B', '1,5', '83.33'],
    ]);
    expect(shown(all.total.net.deviation)).toBe('-1,2');
    const onlyB = (
      await inject('GET', people.controllerB, '/api/years/2015/economy/rollup')
    ).json<EconomyRollUp>();
    expect(onlyB.units.map((u) => u.unitName)).toEqual(['Nämnd B']);
    const t2 = (
      await inject('GET', people.reader, '/api/years/2015/economy/rollup?period=T2')
    ).json<EconomyRollUp>();
    expect(t2.basis).toBe('forecast');
    // Nämnd A: 33,0 − 5,2 + 18,5 against 44,5; Nämnd B has no forecast
    expect(t2.units.map((u) => shown(u.operating.net.actual))).toEqual(['46,3', null]);
  });

  test('the council indicators are computed from the lines', async () => {
    const response = await town.inject(
      'GET',
      town.people.reader,
      `${town.economy(town.units.a)}/indicators`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const { indicators } = response.json<EconomyIndicators>();
    // 47,2 / 44,5; after: the fund grew by 14,9 − 6,7 = 8,2; T2: (46,3 − 47,2) / 44,5
    expect(indicators.map((i) => [i.key, i.value, i.meetsTarget])).toEqual([
      ['budget_adherence_before', '106.07', false],
      ['budget_adherence_after', '124.49', false],
      ['forecast_accuracy', '-2.02', false],
    ]);
    expect(illustrativeLines(view)).toHaveLength(8);
  });
});
