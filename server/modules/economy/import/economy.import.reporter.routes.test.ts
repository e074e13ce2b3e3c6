import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { as, createTestApp, type Session } from '#server/testing.ts';
import { readXlsx, writeXlsx, XLSX_TYPE } from '../sheet/economy.sheet.files.ts';
import type { Cell } from '../sheet/economy.sheet.rules.ts';
import { economyTown, illustrativeEconomy, type EconomyTown } from '../economy.testing.ts';

/**
 * Who may import what: a reporter brings figures but not new areas; a controller of another
 * committee and a reader bring nothing; a body that is not a file is refused.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: EconomyTown;
let file: Buffer;

beforeAll(async () => {
  ctx = await createTestApp();
  town = await economyTown(() => ctx);
  await illustrativeEconomy(town);
  const response = await ctx.app.inject({
    method: 'GET',
    url: `${town.economy(town.units.a)}/export`,
    headers: as(town.people.reporterA),
  });
  expect(response.statusCode, response.body).toBe(200);
  file = response.rawPayload;
});
afterAll(() => ctx.close());

const upload = (session: Session, body: Buffer | object, type = XLSX_TYPE) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/economy/import',
    headers: { ...as(session), 'content-type': type },
    payload: body,
  });

/** The exported workbook with cells of the Ekonomi sheet changed ("E12" → value). */
async function edited(changes: Record<string, Cell>) {
  const sheets = await readXlsx(file);
  const table = sheets.find((sheet) => sheet.name === 'Ekonomi');
  expect(table, `sheets read: ${sheets.map((s) => s.name).join(', ')}`).toBeDefined();
  for (const [address, value] of Object.entries(changes)) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    (table!.rows[Number(digits) - 1] ??= [])[column] = value;
  }
  return writeXlsx(sheets, { decimals: 1, headerRows: { Ekonomi: 10 } });
}

describe('who may import', () => {
  test('a reporter may import figures', async () => {
    const response = await upload(town.people.reporterA, await edited({ E12: 35 }));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().lines).toMatchObject({ updated: 1 });
  });

  test('but not a file that changes the areas: that needs model.write', async () => {
    const response = await upload(
      town.people.reporterA,
      await edited({ A12: 'Område Ny', A13: 'Område Ny', A14: 'Område Ny' }),
    );
    expect(response.statusCode).toBe(422);
    // The issue names the new and the removed areas; their order is not specified.
    const issue = response.json().error.details[0];
    expect(issue.code).toBe('economy.changes_areas');
    expect(issue.params.created).toBe('Område Ny');
    expect(issue.params.deleted).toMatch(/Område A/);
  });

  test('a controller of another committee and a reader may not import at all', async () => {
    expect((await upload(town.people.controllerB, file)).statusCode).toBe(403);
    expect((await upload(town.people.reader, file)).statusCode).toBe(403);
  });

  test('a body that is not a file is refused as such', async () => {
    const response = await upload(town.people.controllerA, { not: 'a file' }, 'application/json');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('economy.unsupported_file');
  });
});
