import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EconomyImportResult } from '#contracts/economy.ts';
import { as, createTestApp, type Session } from '#server/testing.ts';
import { XLSX_TYPE } from './economy.files.ts';
import { economyTown, illustrativeEconomy, type EconomyTown } from './economy.testing.ts';

/** Files that once slipped through the import: line endings and stray cells. */

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: EconomyTown;

beforeAll(async () => {
  ctx = await createTestApp();
  town = await economyTown(() => ctx);
  await illustrativeEconomy(town);
});
afterAll(() => ctx.close());

async function download(unitId: string, query = '') {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `${town.economy(unitId)}/export${query}`,
    headers: as(town.people.reader),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

const upload = (
  body: Buffer | string,
  type = XLSX_TYPE,
  session: Session = town.people.controllerA,
) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/economy/import',
    headers: { ...as(session), 'content-type': type },
    payload: body,
  });

const csvOf = async () => (await download(town.units.a, '?format=csv')).toString('utf8');
const messages = (response: { json: () => unknown }) =>
  (
    response.json() as { error: { details: { path: string; message: string }[] } }
  ).error.details.map((d) => [d.path, d.message]);
const stored = async () => JSON.stringify((await town.read(town.people.reader)).areas);

describe('CSV line endings and row widths', () => {
  test('one bare LF in a CRLF file ends a row like the others: nothing is merged or deleted', async () => {
    const csv = await csvOf();
    const lines = csv.split('\r\n');
    const mixed = `${lines.slice(0, 12).join('\r\n')}\n${lines.slice(12).join('\r\n')}`;
    const response = await upload(mixed, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EconomyImportResult>()).toMatchObject({
      unchanged: true,
      lines: { deleted: 0, created: 0, updated: 0 },
    });
  });

  test('a file wholly in LF imports as the same file in CRLF does', async () => {
    const response = await upload((await csvOf()).replaceAll('\r\n', '\n'), 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EconomyImportResult>()).toMatchObject({ unchanged: true });
  });

  test('a row with a filled cell right of the header is refused at that cell, and nothing changes', async () => {
    const before = await stored();
    const lines = (await csvOf()).split('\r\n');
    lines[11] = `${lines[11]};99`;
    const response = await upload(lines.join('\r\n'), 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(messages(response)).toEqual([
      ['Ekonomi!M12', "Rad 12, kolumn M: '99' står utanför tabellen: rubrikraden har 12 kolumner"],
    ]);
    expect(await stored()).toBe(before);
  });
});
