import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  EconomyImportResult,
  EconomyIndicators,
  EconomyMismatch,
  EconomyRollUp,
  EconomyView,
} from '#contracts/economy.ts';
import { checkTable } from '#server/modules/economy/checks/economy.checks.rules.ts';
import { ks2015OperatingTable } from './economy2015.printed.ts';
import { as, type Session } from '#server/testing.ts';
import { seededDemo, shown, type SeededDemo } from './demo.testing.ts';
import { readEconomy2015 } from './economy2015.ts';

/**
 * Kommunstyrelsen's economy of 2015 as the demo seeds it, read through the API: the printed
 * figures as transcribed, and the checks listing what does not add up (data/README.md, issues
 * 1-6), with the printed numbers.
 */
let ctx: SeededDemo;
let controller: Session;
let board: string;
let view: EconomyView;
const seed = readEconomy2015();

/** A mismatch as printed numbers: [path, code, expected, printed, kind]. */
const printed = (m: Pick<EconomyMismatch, 'path' | 'code' | 'expected' | 'printed' | 'kind'>) => [
  m.path,
  m.code,
  shown(m.expected),
  shown(m.printed),
  m.kind,
];

beforeAll(async () => {
  ctx = await seededDemo();
  controller = await ctx.signIn('controller@stockholm.example');
  board = ctx.board;
  const response = await ctx.get(`/api/units/${board}/years/2015/economy`);
  expect(response.statusCode).toBe(200);
  view = response.json<EconomyView>();
}, 120_000);
afterAll(() => ctx.close());

describe('Kommunstyrelsen’s economy of 2015 in the demo', () => {
  test('holds the office’s table as printed: ten areas, investments and the two large projects', () => {
    expect(view.settings).toMatchObject({
      title: 'Stadsledningskontoret',
      signConvention: 'revenue_negative',
      unit: 'mnkr',
      decimals: 1,
    });
    expect(view.areas.map((a) => [a.name, a.kind])).toEqual([
      ...seed.operating_table.rows.map((row) => [row.area, 'operating']),
      ['Investeringar', 'investment'],
      ['Koncerngemensamt ekonomisystem', 'large_project'],
      ['Gemensam it-service, GS-IT 2.0 och SIKT', 'large_project'],
    ]);
    const slk = view.areas[0]!;
    expect(shown(slk.lines.costs.stored!.adjustedBudget!)).toBe('700,7');
    expect(shown(slk.lines.costs.stored!.outcome!)).toBe('778,8');
    expect(shown(slk.lines.costs.stored!.printedDeviation!)).toBe('-78,0');
    // computed, never the printed one: 700,7 − 778,8
    expect(shown(slk.lines.costs.computed.deviation!)).toBe('-78,1');
    expect(view.areas.at(-1)!.description).toBe(seed.large_projects.projects[1]!.text);
    expect(view.formulas.net).toBe('costs + revenues');
  });

  test('computes the totals from the rows: Summa drift, investments and the total including them', () => {
    const { operating, investments, includingInvestments } = view.totals;
    expect(shown(operating.costs.computed.budget!)).toBe('1 867,1');
    expect(shown(operating.costs.computed.outcome!)).toBe('1 968,3');
    expect(shown(operating.revenues.computed.budget!)).toBe('-461,8');
    expect(shown(operating.net.computed.budget!)).toBe('1 405,3');
    expect(shown(operating.net.computed.outcome!)).toBe('1 324,8');
    expect(shown(operating.net.computed.deviation!)).toBe('80,5');
    expect(shown(investments.net.computed.deviation!)).toBe('0,5');
    expect(shown(includingInvestments.computed.outcome!)).toBe('1 326,3');
  });

  test('lists exactly the table’s mismatches that the pure checks find in the transcription (issues 2-6)', () => {
    const table = view.mismatches.filter((m) => !['result_fund', 'carry_over'].includes(m.section));
    expect(table.map(({ section: _s, areaId: _a, unitId: _u, ...m }) => m)).toEqual(
      checkTable(ks2015OperatingTable),
    );
    expect(table).toHaveLength(19);
  });

  test('names the printed numbers of each known mismatch', () => {
    const at = (path: string) => view.mismatches.filter((m) => m.path === path).map(printed);
    // issue 2: Summa kostnader is the rows without Avskrivningar och internränta
    expect(at('totals.costs.budget')).toEqual([
      ['totals.costs.budget', 'total.sum_of_rows', '1 867,1', '1 866,1', 'error'],
    ]);
    // issue 3: Summa intäkter
    expect(at('totals.revenues.deviation')).toEqual([
      ['totals.revenues.deviation', 'total.sum_of_rows', '181,7', '181,5', 'error'],
      ['totals.revenues.deviation', 'deviation.budget_minus_outcome', '182,7', '181,5', 'error'],
    ]);
    // issue 4: Summa netto
    expect(at('totals.net.deviation')).toEqual([
      ['totals.net.deviation', 'total.sum_of_rows', '80,7', '80,6', 'rounding'],
      ['totals.net.deviation', 'deviation.budget_minus_outcome', '81,9', '80,6', 'error'],
    ]);
    expect(at('totals.net.outcome')).toEqual([
      ['totals.net.outcome', 'total.sum_of_rows', '1 324,8', '1 323,4', 'error'],
    ]);
    // issue 5: Totalt netto inkl investeringar
    expect(at('totalInclInvestments.deviation')).toEqual([
      ['totalInclInvestments.deviation', 'deviation.budget_minus_outcome', '82,3', '81,1', 'error'],
    ]);
    // issue 6: rounding on SLK's costs, marked on the area's row
    const slk = view.mismatches.find((m) => m.path === 'rows[0].costs.deviation')!;
    expect(printed(slk)).toEqual([
      'rows[0].costs.deviation',
      'deviation.budget_minus_outcome',
      '-78,1',
      '-78,0',
      'rounding',
    ]);
    expect(slk.areaId).toBe(view.areas[0]!.id);
  });

  test('issue 1: the carry-overs add up to 78,1 only with the report’s 27,7, not the decision’s 27,6', () => {
    expect(shown(view.carryOvers.total)).toBe('78,1');
    expect(view.carryOvers.requests).toHaveLength(5);
    expect(view.mismatches.filter((m) => m.section === 'carry_over').map(printed)).toEqual([
      ['carryOver.total', 'carry_over.sum_of_decision_amounts', '78,0', '78,1', 'rounding'],
      ['carryOver.requests[2].amountInDecision', 'figure.stated_twice', '27,7', '27,6', 'error'],
    ]);
  });

  test('Visningsenheten’s fund as far as printed: 2,2 carried forward is 10 % of an implied budget of 22,0', () => {
    const fund = view.resultFunds.find((f) => f.unitName === 'Visningsenheten')!;
    expect(fund).toMatchObject({ capBase: 'budget', closingShareOfBase: '10', baseImplied: true });
    expect(shown(fund.base!)).toBe('22,0');
    expect(shown(fund.accumulatedCap!)).toBe('2,2');
    expect(shown(fund.resultInclOpeningFund!)).toBe('17,1');
    expect(fund.computedClosing).toBeNull();
    expect(view.mismatches.filter((m) => m.section === 'result_fund')).toEqual([]);
  });

  test('computes budget adherence from the lines: 1 324,8 / 1 405,3, not the printed 94,18 % (issue 4)', async () => {
    const response = await ctx.get(`/api/units/${board}/years/2015/economy/indicators`);
    const { indicators } = response.json<EconomyIndicators>();
    expect(indicators.map((i) => [i.key, i.value])).toEqual([
      ['budget_adherence_before', '94.27'],
      ['budget_adherence_after', '94.27'],
      ['forecast_accuracy', null],
    ]);
    expect(indicators[2]!.missing).toEqual(['helårsprognos T2 för varje verksamhetsområde']);
  });

  test('rolls up the year for the executive office', async () => {
    const response = await ctx.get('/api/years/2015/economy/rollup');
    const rollUp = response.json<EconomyRollUp>();
    expect(rollUp.units.map((u) => u.unitName)).toEqual(['Kommunstyrelsen']);
    expect(shown(rollUp.units[0]!.operating.net.deviation!)).toBe('80,5');
    expect(rollUp.units[0]!.budgetAdherence).toBe('94.27');
  });

  test('gives the roll-up the same figures for Kommunstyrelsen as its own table, and the printed Summa netto beside them', async () => {
    const rollUpOf = async (period?: string) => {
      const url = `/api/years/2015/economy/rollup${period ? `?period=${period}` : ''}`;
      const response = await ctx.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<EconomyRollUp>().units.find((u) => u.unitId === board)!;
    };
    const { operating, investments, includingInvestments } = view.totals;
    const ks = await rollUpOf();
    const fromTable = (line: EconomyView['totals']['operating']['net']) => ({
      budget: line.computed.budget,
      actual: line.computed.outcome,
      deviation: line.computed.deviation,
    });
    expect(ks.operating.net).toEqual(fromTable(operating.net));
    expect(ks.operating.costs).toEqual(fromTable(operating.costs));
    expect(ks.operating.revenues).toEqual(fromTable(operating.revenues));
    expect(ks.investments.deviation).toBe(investments.net.computed.deviation);
    expect(ks.includingInvestments).toEqual(fromTable(includingInvestments));
    // the table flags the printed 80,6 beside its computed 80,5; the roll-up names it too
    const printedNet = view.mismatches.find((m) => m.path === 'totals.net.deviation')!;
    expect(shown(ks.printedNet!.deviation)).toBe(shown(printedNet.printed));
    expect([shown(ks.operating.net.deviation), shown(ks.printedNet!.deviation)]).toEqual([
      '80,5',
      '80,6',
    ]);
    // against a period's forecast: the table's forecast and its deviation, no printed figure
    for (const period of view.periods) {
      const forecast = await rollUpOf(period.key);
      const net = operating.net;
      expect(forecast.operating.net.actual).toBe(
        net.figures.forecasts.find((f) => f.period === period.key)?.amount ?? null,
      );
      expect(forecast.operating.net.deviation).toBe(
        net.computed.forecastDeviations.find((f) => f.period === period.key)?.amount ?? null,
      );
      expect(forecast.printedNet).toBeNull();
    }
  });

  test('exports to Excel and imports back unchanged', async () => {
    const file = await ctx.get(`/api/units/${board}/years/2015/economy/export`, controller);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('ekonomi-kommunstyrelsen-2015.xlsx');
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/economy/import',
      headers: {
        ...as(controller),
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: file.rawPayload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<EconomyImportResult>()).toMatchObject({
      unchanged: true,
      rows: 43,
      warnings: [],
    });
  });

  test('finds nothing else: no row without figures, no "Varav" row past its area', () => {
    // issues 2-6 in the table (19) and issue 1 in the carry-overs (2); the fund adds none
    expect(view.mismatches).toHaveLength(21);
    expect(view.mismatches.map((m) => m.code)).not.toContain('row.without_figures');
    expect(view.mismatches.map((m) => m.code)).not.toContain('sub_row.exceeds_parent');
  });
});
