import { beforeAll, describe, expect, test } from 'vitest';
import type { EconomyImportResult, EconomyView } from '#contracts/economy.ts';
import { as, testAppPerFile, type Session } from '#server/testing.ts';
import { readXlsx, writeXlsx, XLSX_TYPE } from '../sheet/economy.sheet.files.ts';
import type { Cell } from '../sheet/economy.sheet.rules.ts';
import {
  economyTown,
  illustrativeEconomy,
  mnkr,
  shown,
  type EconomyTown,
} from '../economy.testing.ts';

const ctx = testAppPerFile();
let town: EconomyTown;

beforeAll(async () => {
  town = await economyTown(() => ctx);
  await illustrativeEconomy(town);
  const { inject, economy, units, people } = town;
  await inject('PUT', people.controllerA, `${economy(units.a)}/carry-overs`, {
    printedTotal: mnkr('1,0'),
    requests: [
      {
        purpose: 'Projekt X',
        category: 'unfinished_project',
        amount: mnkr('1,0'),
        decisionRef: '3',
      },
    ],
    version: 0,
  });
  await inject('PUT', people.controllerA, `${economy(units.r)}/result-fund`, {
    turnover: mnkr('190,0'),
    opening: mnkr('6,7'),
    surplusOwnAction: mnkr('0,8'),
    used: mnkr('1,9'),
    closing: mnkr('5,6'),
    closingShareOfBase: '2.95',
    note: 'Enligt plan.',
    version: 0,
  });
});

async function download(session: Session, unitId: string, query = '') {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `${town.economy(unitId)}/export${query}`,
    headers: as(session),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

function upload(session: Session, body: Buffer | string, type = XLSX_TYPE, query = '') {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/economy/import${query}`,
    headers: { ...as(session), 'content-type': type },
    payload: body,
  });
}

/** What a view holds, without ids and versions: enough to say two units hold the same. */
function content(view: EconomyView) {
  const nameOf = new Map(view.areas.map((a) => [a.id, a.name]));
  return {
    settings: { ...view.settings, version: undefined },
    areas: view.areas.map((a) => ({
      name: a.name,
      kind: a.kind,
      partOf: a.partOf && nameOf.get(a.partOf),
      description: a.description,
      lines: Object.fromEntries(Object.entries(a.lines).map(([k, l]) => [k, l.stored])),
    })),
    printedTotals: view.printedTotals.map((t) => ({ ...t, version: undefined })),
    carryOvers: { ...view.carryOvers, version: undefined },
    resultFunds: view.resultFunds.map((f) => ({ ...f, version: undefined })),
    mismatches: view.mismatches.map((m) => ({ ...m, areaId: m.areaId && nameOf.get(m.areaId) })),
  };
}

/** Changes cells of the exported workbook, addressed as in Excel ("D12"). */
async function edit(file: Buffer, changes: Record<string, Cell>, sheetName = 'Ekonomi') {
  const sheets = await readXlsx(file);
  const sheet = sheets.find((s) => s.name === sheetName)!;
  for (const [address, value] of Object.entries(changes)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = (sheet.rows[Number(digits) - 1] ??= []);
    row[column] = value;
  }
  return writeXlsx(sheets, { decimals: 1, headerRows: { Ekonomi: 10 } });
}

describe('export and import', () => {
  test('the workbook names the unit, year and unit of amounts, with the table laid out as printed', async () => {
    const sheets = await readXlsx(await download(town.people.reader, town.units.a));
    expect(sheets.map((s) => s.name)).toEqual(['Ekonomi', 'Ombudgeteringar', 'Resultatfonder']);
    const rows = sheets[0]!.rows;
    expect(rows.slice(1, 8).map((r) => r.slice(0, 2))).toEqual([
      ['Enhet', 'Nämnd A'],
      ['Enhetens id', town.units.a],
      ['År', 2015],
      ['Belopp i', 'mnkr'],
      ['Decimaler', 1],
      ['Teckenkonvention', 'Intäkter positiva'],
      ['Tabellrubrik', 'Nämnd A'],
    ]);
    expect(rows[10]).toEqual([
      'Verksamhetsområde',
      'Rad',
      'Budget 2015',
      'Justerad budget 2015',
      'Utfall 2015',
      'Prognos T1',
      'Prognos T2',
      'Utfall 2014',
      'Avvikelse',
      'Typ',
      'Del av',
      'Beskrivning',
    ]);
    expect(rows.slice(11).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      ...['Område A', 'Område B', 'Varav B1', 'Summa drift', 'Investeringar'].flatMap((a) =>
        ['Kostnader', 'Intäkter', 'Netto'].map((k) => `${a} ${k}`),
      ),
      'Totalt netto inkl investeringar Netto',
    ]);
    // Område A's costs as typed; the deviation and the net row are Rödtråd's formulas
    expect(rows[11]!.slice(2, 9)).toEqual([
      null,
      31.5,
      34.2,
      null,
      33,
      null,
      { formula: 'IF(OR(AND(C12="",D12=""),E12=""),"",IF(D12="",C12,D12)-E12)', result: -2.7 },
    ]);
    expect(rows[13]![3]).toEqual({ formula: 'IF(OR(D12="",D13=""),"",D12-D13)', result: 26.5 });
    expect(rows[17]!.slice(9, 11)).toEqual(['Drift', 'Område B']);
  });

  test('export then import changes nothing; and restores what was changed in between', async () => {
    const before = await town.read(town.people.reader);
    const file = await download(town.people.controllerA, town.units.a);
    const same = await upload(town.people.controllerA, file);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json<EconomyImportResult>()).toMatchObject({
      unchanged: true,
      rows: 16,
      lines: { created: 0, updated: 0, deleted: 0, unchanged: 8 },
    });

    const a = before.areas[0]!;
    await town.inject('PUT', town.people.controllerA, `${town.economy(town.units.a)}/lines`, {
      lines: [
        { areaId: a.id, kind: 'costs', outcome: mnkr('99,0'), version: a.lines.costs.version },
      ],
    });
    await town.inject('PUT', town.people.controllerA, `${town.economy(town.units.a)}/carry-overs`, {
      requests: [],
      version: before.carryOvers.version,
    });
    const restored = await upload(town.people.controllerA, file);
    expect(restored.json<EconomyImportResult>()).toMatchObject({
      unchanged: false,
      lines: { updated: 1 },
      carryOvers: 1,
    });
    expect(content(await town.read(town.people.reader))).toEqual(content(before));
  });

  test('a CSV file goes the same way (the table; carry-overs and funds are in the workbook only)', async () => {
    const csv = (await download(town.people.reader, town.units.a, '?format=csv')).toString('utf8');
    expect(csv.split('\r\n')[11]).toBe('Område A;Kostnader;;31,5;34,2;;33,0;;;Drift;;');
    const imported = await upload(town.people.controllerA, csv, 'text/csv');
    expect(imported.json<EconomyImportResult>()).toMatchObject({
      format: 'csv',
      unchanged: true,
      carryOvers: null,
      resultFunds: null,
    });
  });

  test('a file for another unit holds the same data once imported there', async () => {
    const source = await town.read(town.people.reader);
    const file = await edit(await download(town.people.reader, town.units.a), {
      B2: 'Nämnd B',
      B3: null,
    });
    // Nämnd B has no result unit: the funds sheet would be refused, so it goes without it
    const sheets = (await readXlsx(file)).filter((s) => s.name !== 'Resultatfonder');
    const withoutFunds = await writeXlsx(sheets, { decimals: 1, headerRows: {} });
    const imported = await upload(town.people.controllerB, withoutFunds);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<EconomyImportResult>()).toMatchObject({
      unit: { name: 'Nämnd B' },
      areas: { created: 4 },
    });
    const b = content(await town.read(town.people.reader, town.units.b));
    expect({ ...b, resultFunds: [], mismatches: [] }).toEqual({
      ...content(source),
      resultFunds: [],
      mismatches: [],
    });
    expect(b.mismatches).toEqual(
      content(source).mismatches.filter((m) => m.section !== 'result_fund'),
    );
  });
});

describe('a file with problems imports nothing', () => {
  test('every bad cell is reported by row and column in Swedish; then the fixed file imports', async () => {
    const before = await town.read(town.people.reader);
    const file = await download(town.people.controllerA, town.units.a);
    const bad = await edit(file, { D12: '12,3,4', E16: 'abc', E15: 20.1 });
    const refused = await upload(town.people.controllerA, bad);
    expect(refused.statusCode).toBe(422);
    const error = refused.json<{
      error: { code: string; message: string; details: { path: string; message: string }[] };
    }>().error;
    expect(error.code).toBe('economy.invalid_file');
    expect(error.message).toBe('Filen kan inte läsas in: 2 fel. Inget har sparats.');
    expect(error.details.map((d) => [d.path, d.message])).toEqual([
      [
        'Ekonomi!D12',
        "Rad 12, kolumn Justerad budget 2015: '12,3,4' är inget belopp (fler än ett decimaltecken)",
      ],
      [
        'Ekonomi!E16',
        "Rad 16, kolumn Utfall 2015: 'abc' är inget belopp (det innehåller tecken som inte hör till ett belopp)",
      ],
    ]);
    expect(content(await town.read(town.people.reader))).toEqual(content(before));

    const fixed = await edit(file, { D12: '12,3', E16: 0.4, E15: 20.1 });
    const imported = await upload(town.people.controllerA, fixed);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<EconomyImportResult>().lines).toMatchObject({ updated: 3 });
    const after = await town.read(town.people.reader);
    const [a, b] = after.areas;
    expect([
      a!.lines.costs.stored!.adjustedBudget,
      b!.lines.costs.stored!.outcome,
      b!.lines.revenues.stored!.outcome,
    ]).toEqual([mnkr('12,3'), mnkr('20,1'), mnkr('0,4')]);
  });

  test('missing settings, an unknown column and a bad area type are named', async () => {
    const file = await download(town.people.controllerA, town.units.a);
    const bad = await edit(file, { B5: 'miljoner', L11: 'Kommentar', J12: 'Drifft' });
    const refused = await upload(town.people.controllerA, bad);
    expect(refused.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      "Rad 5, kolumn Belopp i: 'miljoner' är ingen enhet; skriv kr, tkr eller mnkr",
    ]);
    const later = await upload(
      town.people.controllerA,
      await edit(file, { L11: 'Kommentar', J12: 'Drifft' }),
    );
    expect(later.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      "Rad 11, kolumn Kommentar: okänd kolumn 'Kommentar'; Rödtråd läser Verksamhetsområde, Rad, Budget, Justerad budget, Utfall, Prognos <period>, Avvikelse, Återstår, Differens mellan åren, Typ, Del av och Beskrivning",
      "Rad 12, kolumn Typ: 'Drifft' ska vara Drift, Investering eller Stort projekt",
    ]);
  });

  test('a dry run, sent as a multipart form, says what would change and writes nothing', async () => {
    const before = await town.read(town.people.reader);
    const file = await edit(await download(town.people.controllerA, town.units.a), { E12: 40 });
    const boundary = '----rodtrad';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ekonomi.xlsx"\r\nContent-Type: ${XLSX_TYPE}\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await upload(
      town.people.controllerA,
      body,
      `multipart/form-data; boundary=${boundary}`,
      `?dryRun=true&unitId=${town.units.a}&year=2015`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EconomyImportResult>()).toMatchObject({
      dryRun: true,
      lines: { updated: 1 },
    });
    expect(content(await town.read(town.people.reader))).toEqual(content(before));
    const wrongPage = await upload(
      town.people.controllerA,
      file,
      XLSX_TYPE,
      `?unitId=${town.units.b}`,
    );
    expect(wrongPage.json().error.details[0]).toMatchObject({
      path: 'Ekonomi',
      code: 'economy.other_unit',
      params: { unit: 'Nämnd A' },
    });
  });

  test('a file naming another tenant’s unit reaches only the importer’s own tenant', async () => {
    const other = await economyTown(() => ctx);
    const before = content(await town.read(town.people.reader));
    const file = await download(town.people.controllerA, town.units.a);
    const response = await upload(other.people.admin, file);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EconomyImportResult>().unit.id).toBe(other.units.a);
    expect(content(await town.read(town.people.reader))).toEqual(before);
    expect((await other.read(other.people.admin)).areas).toHaveLength(4);
  });
});

describe('a file that imports but does not add up', () => {
  test('a total typed as an area is a warning; an area without figures is a finding, and the totals are checked over the rest', async () => {
    const other = await economyTown(() => ctx);
    const file = await edit(await download(town.people.controllerA, town.units.a), {
      // Område B's figures left out: its rows stay, empty
      D15: null,
      E15: null,
      G15: null,
      D16: null,
      E16: null,
      G16: null,
      // Summa drift, Netto, Utfall printed as 40,0
      E23: 40,
      A24: 'Totalt investeringar',
      A25: 'Totalt investeringar',
      A26: 'Totalt investeringar',
    });
    const imported = await upload(other.people.admin, file);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(
      imported.json<EconomyImportResult>().warnings.map((w) => [w.path, w.code, w.params]),
    ).toEqual([
      ['Ekonomi!A24', 'economy.total_typed_as_area', { area: 'Totalt investeringar', row: 24 }],
    ]);
    const view = await other.read(other.people.admin);
    const b = view.areas.find((a) => a.name === 'Område B')!;
    const found = (code: string) =>
      view.mismatches
        .filter((m) => m.code === code)
        .map((m) => [m.path, m.areaId, shown(m.expected), shown(m.printed)]);
    // what Summa drift leaves for the empty row: 40,0 − Område A's 34,2 − 5,6
    expect(found('row.without_figures')).toEqual([['rows[1]', b.id, '11,4', '0,0']]);
    expect(found('total.sum_of_rows')).toEqual([[`totals.net.outcome`, null, '28,6', '40,0']]);
  });
});
