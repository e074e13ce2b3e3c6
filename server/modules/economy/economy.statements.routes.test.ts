import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '#contracts/audit.ts';
import type { StatementsView } from '#contracts/economy.statements.ts';
import type { EconomyImportResult } from '#contracts/economy.ts';
import { as } from '#server/testing.ts';
import type { TestApp } from '../org/org.routes.testing.ts';
import { readXlsx, writeXlsx, XLSX_TYPE } from './sheet/economy.sheet.files.ts';
import { economyTown, illustrativeApp, mnkr, type EconomyTown } from './economy.testing.ts';

/**
 * The investment account and the balance sheet of domain.md's illustrative Nämnd A, whose
 * operating table has investments of 2,0 (budget) and 1,5 (outcome).
 */
let ctx: TestApp;
let town: EconomyTown;
beforeAll(async () => ({ ctx, town } = await illustrativeApp()));
afterAll(() => ctx.close());

const figures = (...values: string[]) => {
  const [expenditureLimit, accumulatedOutcome, accumulatedDeviation, budget, outcome, deviation] =
    values.map(mnkr);
  return { expenditureLimit, accumulatedOutcome, accumulatedDeviation, budget, outcome, deviation };
};
const project = (name: string, group: string, ...values: string[]) => ({
  kind: 'item',
  group,
  name,
  ...figures(...values),
});
const investmentRows = (totalOutcome = '1,5') => [
  project('Skola Norr', 'ongoing', '10,0', '6,0', '4,0', '1,2', '1,0', '0,2'),
  project('Gata Syd', 'ongoing', '5,0', '5,5', '-0,5', '0,5', '0,3', '0,2'),
  {
    kind: 'subtotal',
    group: 'ongoing',
    name: 'Summa pågående',
    ...figures('15,0', '11,5', '3,5', '1,7', '1,3', '0,4'),
  },
  project('Park', 'finished', '2,0', '1,9', '0,1', '0,3', '0,2', '0,1'),
  {
    kind: 'subtotal',
    group: 'finished',
    name: 'Summa avslutade',
    ...figures('2,0', '1,9', '0,1', '0,3', '0,2', '0,1'),
  },
  {
    kind: 'total',
    group: null,
    name: 'Totalt',
    ...figures('17,0', '13,4', '3,6', '2,0', totalOutcome, '0,5'),
  },
];
const post = (kind: string, section: string, label: string, ...values: string[]) => {
  const [thisYear, lastYear, change] = values.map(mnkr);
  return { kind, section, label, thisYear, lastYear, change };
};
const balanceRows = [
  post('item', 'assets', 'Anläggningstillgångar', '100,0', '90,0', '10,0'),
  post('item', 'assets', 'Omsättningstillgångar', '50,0', '45,0', '5,0'),
  post('total', 'assets', 'Summa tillgångar', '150,0', '135,0', '15,0'),
  post('item', 'liabilities_equity', 'Eget kapital', '80,0', '70,0', '10,0'),
  post('item', 'liabilities_equity', 'Avsättningar', '10,0', '10,0', '0,0'),
  post('item', 'liabilities_equity', 'Kortfristiga skulder', '60,0', '55,0', '5,0'),
  post('total', 'liabilities_equity', 'Summa eget kapital och skulder', '150,0', '135,0', '15,0'),
];

const put = (path: string, body: object, session = town.people.controllerA) =>
  town.inject('PUT', session, `${town.economy(town.units.a)}/${path}`, body);

describe('the investment account and the balance sheet', () => {
  test('stored as printed, grouped with subtotals and a total; consistent figures give no finding', async () => {
    const saved = await put('investment-account', { rows: investmentRows(), version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    const balance = await put('balance-sheet', { rows: balanceRows, version: 0 });
    expect(balance.statusCode, balance.body).toBe(200);
    const view = balance.json<StatementsView>();
    expect(view.investmentAccount.rows.map((r) => [r.kind, r.group, r.name])).toEqual([
      ['item', 'ongoing', 'Skola Norr'],
      ['item', 'ongoing', 'Gata Syd'],
      ['subtotal', 'ongoing', 'Summa pågående'],
      ['item', 'finished', 'Park'],
      ['subtotal', 'finished', 'Summa avslutade'],
      ['total', null, 'Totalt'],
    ]);
    expect(view.balanceSheet.rows).toHaveLength(7);
    expect(view.mismatches).toEqual([]);
  });

  test('a total the projects do not add up to, and the year’s outcome the operating table states otherwise, are findings with their numbers', async () => {
    const read = await town.inject(
      'GET',
      town.people.reader,
      `${town.economy(town.units.a)}/statements`,
    );
    const { version } = read.json<StatementsView>().investmentAccount;
    const response = await put('investment-account', { rows: investmentRows('1,6'), version });
    const found = response.json<StatementsView>().mismatches;
    expect(found.map((m) => [m.code, m.path, m.expected, m.printed, m.kind])).toEqual([
      [
        'investment.total',
        'investmentAccount.rows[5].outcome',
        mnkr('1,5'),
        mnkr('1,6'),
        'rounding',
      ],
      [
        'figure.stated_twice',
        'investmentAccount.rows[5].outcome',
        mnkr('1,5'),
        mnkr('1,6'),
        'rounding',
      ],
    ]);
  });

  test('a write from a stale version is 409 and leaves the rows alone', async () => {
    const response = await put('balance-sheet', { rows: [], version: 0 });
    expect(response.statusCode).toBe(409);
    const read = await town.inject(
      'GET',
      town.people.reader,
      `${town.economy(town.units.a)}/statements`,
    );
    expect(read.json<StatementsView>().balanceSheet.rows).toHaveLength(7);
  });

  test('a reader cannot write them; another tenant cannot reach them', async () => {
    expect(
      (await put('balance-sheet', { rows: [], version: 1 }, town.people.reader)).statusCode,
    ).toBe(403);
    const other = await economyTown(() => ctx);
    const response = await other.inject(
      'GET',
      other.people.admin,
      `${town.economy(town.units.a)}/statements`,
    );
    expect(response.statusCode).toBe(404);
  });

  test('every write is audited with the rows before and after', async () => {
    const response = await town.inject(
      'GET',
      town.people.admin,
      '/api/audit?entity=investment_account',
    );
    const entries = response.json<{ entries: AuditEntry[] }>().entries;
    expect(entries.map((e) => [e.action, e.userName])).toEqual([
      ['update', town.people.controllerA.me.user.name],
      ['update', town.people.controllerA.me.user.name],
    ]);
    expect(entries[1]!.before).toEqual([]);
    expect((entries[0]!.before as { outcome: string }[])[5]!.outcome).toBe(mnkr('1,5'));
  });

  test('they go out to Excel as sheets of their own and come back unchanged; a changed figure is written', async () => {
    const exported = await ctx.app.inject({
      method: 'GET',
      url: `${town.economy(town.units.a)}/export`,
      headers: as(town.people.controllerA),
    });
    expect(exported.statusCode).toBe(200);
    const sheets = await readXlsx(exported.rawPayload);
    const balance = sheets.find((sheet) => sheet.name === 'Balansräkning')!;
    expect(balance.rows[3]).toEqual(['Post', 'Del', 'Rad', '2015', '2014', 'Förändring']);
    const upload = (payload: Buffer, query = '') =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/economy/import${query}`,
        headers: { ...as(town.people.controllerA), 'content-type': XLSX_TYPE },
        payload,
      });
    const dry = await upload(exported.rawPayload, '?dryRun=true');
    expect(dry.json<EconomyImportResult>()).toMatchObject({
      unchanged: true,
      statements: { investmentAccount: 6, balanceSheet: 7 },
    });
    // Eget kapital this year 80,0 → 81,0 in the workbook
    balance.rows[7]![3] = 81;
    const changed = await upload(await writeXlsx(sheets, { decimals: 1, headerRows: {} }));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<EconomyImportResult>().unchanged).toBe(false);
    const read = await town.inject(
      'GET',
      town.people.reader,
      `${town.economy(town.units.a)}/statements`,
    );
    const view = read.json<StatementsView>();
    expect(view.balanceSheet.rows[3]!.thisYear).toBe(mnkr('81,0'));
    expect(view.mismatches.map((m) => [m.code, m.path])).toContainEqual([
      'balance.change',
      'balanceSheet.rows[3].change',
    ]);
  });
});
