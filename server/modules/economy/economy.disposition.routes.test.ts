import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EconomyImportResult, EconomyView } from '#contracts/economy.ts';
import type { AuditEntry } from '#contracts/audit.ts';
import { as } from '#server/testing.ts';
import type { TestApp } from '../org/org.routes.testing.ts';
import { readXlsx, XLSX_TYPE } from './sheet/economy.sheet.files.ts';
import { economyTown, illustrativeApp, mnkr, shown, type EconomyTown } from './economy.testing.ts';

/**
 * The result per business area's rows after the Summa rows, stored as printed on domain.md's
 * illustrative table (net cost budget 44,5, outcome 47,2): Resultat före bokslutsdisposition
 * −44,5 / −47,2, opening fund 6,7, incl. −37,8 / −40,5, closing fund 5,6, after −43,4 / −46,1.
 */
let ctx: TestApp;
let town: EconomyTown;
beforeAll(async () => ({ ctx, town } = await illustrativeApp()));
afterAll(() => ctx.close());

const total = (scope: string, budget: string, outcome: string, deviation: string) => ({
  scope,
  kind: 'net',
  adjustedBudget: mnkr(budget),
  outcome: mnkr(outcome),
  deviation: mnkr(deviation),
  version: 0,
});
const printed = [
  total('result_before_disposition', '-44,5', '-47,2', '-2,7'),
  total('opening_fund', '6,7', '6,7', '0,0'),
  total('result_incl_opening_fund', '-37,8', '-40,5', '-2,7'),
  total('closing_fund', '5,6', '5,6', '0,0'),
  // printed 0,1 off: −40,5 − 5,6 = −46,1
  total('result_after_disposition', '-43,4', '-46,0', '-2,6'),
];
const put = (session: EconomyTown['people']['admin'], body: object, unitId = town.units.a) =>
  town.inject('PUT', session, `${town.economy(unitId)}/lines`, body);

describe('the result per business area: before, incl. fund and after appropriations', () => {
  test('a controller stores the printed rows; the view shows them beside the computed ones and flags the one that does not add up', async () => {
    const response = await put(town.people.controllerA, { printedTotals: printed });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<EconomyView>();
    const before = view.disposition.find((r) => r.scope === 'result_before_disposition')!;
    expect([shown(before.outcome.printed), shown(before.outcome.computed)]).toEqual([
      '-47,2',
      '-47,2',
    ]);
    const after = view.disposition.find((r) => r.scope === 'result_after_disposition')!;
    expect(shown(after.outcome.computed)).toBe('-46,1');
    expect(view.mismatches.filter((m) => m.section === 'disposition')).toEqual([
      {
        code: 'result.after_disposition',
        path: 'disposition.result_after_disposition.outcome',
        expected: mnkr('-46,1'),
        printed: mnkr('-46,0'),
        difference: mnkr('0,1'),
        kind: 'rounding',
        section: 'disposition',
        areaId: null,
        unitId: null,
      },
    ]);
  });

  test('the year comparison is computed from Summa drift’s outcome and last year’s', async () => {
    const view = await town.read(town.people.reader);
    expect(view.yearComparison.map((row) => [row.kind, shown(row.outcome)])).toEqual([
      ['costs', '52,8'],
      ['revenues', '5,6'],
      ['net', '47,2'],
    ]);
    expect(view.yearComparison.every((row) => row.difference === null)).toBe(true);
  });

  test('a reader cannot write them, another tenant cannot reach them', async () => {
    const body = { printedTotals: [total('opening_fund', '1,0', '1,0', '0,0')] };
    expect((await put(town.people.reader, body)).statusCode).toBe(403);
    const other = await economyTown(() => ctx);
    expect(
      (await other.inject('PUT', other.people.admin, `${town.economy(town.units.a)}/lines`, body))
        .statusCode,
    ).toBe(404);
    const view = await town.read(town.people.reader);
    const opening = view.disposition.find((r) => r.scope === 'opening_fund')!;
    expect(shown(opening.outcome.printed)).toBe('6,7');
  });

  test('each write is audited as a printed total', async () => {
    const response = await town.inject(
      'GET',
      town.people.admin,
      '/api/audit?entity=economy_printed_total',
    );
    const entries = response.json<{ entries: AuditEntry[] }>().entries;
    const closing = entries.filter((e) => e.entityId?.endsWith(':closing_fund:net'));
    expect(closing.map((e) => [e.action, e.userName])).toEqual([
      ['create', town.people.controllerA.me.user.name],
    ]);
    expect(closing[0]!.after).toMatchObject({ outcome: mnkr('5,6') });
  });

  test('they go out to Excel under their printed labels and come back unchanged', async () => {
    const exported = await ctx.app.inject({
      method: 'GET',
      url: `${town.economy(town.units.a)}/export`,
      headers: as(town.people.controllerA),
    });
    expect(exported.statusCode).toBe(200);
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/economy/import?dryRun=true',
      headers: { ...as(town.people.controllerA), 'content-type': XLSX_TYPE },
      payload: exported.rawPayload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const result = imported.json<EconomyImportResult>();
    expect(result.unchanged).toBe(true);
  });

  test('with last year’s outcome the year comparison is computed, and goes out as a sheet of its own that the import passes over', async () => {
    const before = await town.read(town.people.controllerA);
    const lastYear: Record<string, string> = {
      'Område A:costs': '30,0',
      'Område A:revenues': '5,0',
      'Område B:costs': '17,0',
      'Område B:revenues': '0,0',
    };
    const lines = before.areas.flatMap((area) =>
      (['costs', 'revenues'] as const).flatMap((kind) => {
        const previous = lastYear[`${area.name}:${kind}`];
        const stored = area.lines[kind].stored;
        if (!previous || !stored) return [];
        const { printedDeviation: _p, ...figures } = stored;
        return [
          {
            areaId: area.id,
            kind,
            ...figures,
            previousYearOutcome: mnkr(previous),
            version: area.lines[kind].version,
          },
        ];
      }),
    );
    const saved = await put(town.people.controllerA, { lines });
    expect(saved.statusCode, saved.body).toBe(200);
    // Summa kostnader 34,2 + 18,6 = 52,8 against 30,0 + 17,0 = 47,0: +5,8
    expect(
      saved
        .json<EconomyView>()
        .yearComparison.map((row) => [
          row.kind,
          shown(row.outcome),
          shown(row.previousYearOutcome),
          shown(row.difference),
        ]),
    ).toEqual([
      ['costs', '52,8', '47,0', '5,8'],
      ['revenues', '5,6', '5,0', '0,6'],
      ['net', '47,2', '42,0', '5,2'],
    ]);
    const exported = await ctx.app.inject({
      method: 'GET',
      url: `${town.economy(town.units.a)}/export`,
      headers: as(town.people.controllerA),
    });
    const names = (await readXlsx(exported.rawPayload)).map((sheet) => sheet.name);
    expect(names).toContain('Jämförelse mellan åren');
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/economy/import?dryRun=true',
      headers: { ...as(town.people.controllerA), 'content-type': XLSX_TYPE },
      payload: exported.rawPayload,
    });
    expect(imported.json<EconomyImportResult>().unchanged).toBe(true);
  });
});
