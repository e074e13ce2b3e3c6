import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createImportSlots } from './import-slots.ts';
import {
  economyTown,
  illustrativeEconomy,
  type EconomyTown,
} from './modules/economy/economy.testing.ts';
import { XLSX_TYPE } from './modules/economy/sheet/economy.sheet.files.ts';
import { as, createTestApp } from './testing.ts';

/** With RODTRAD_IMPORTS_AT_ONCE=1 and one import running, the import routes answer 503. */

const slots = createImportSlots(1);
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let town: EconomyTown;

beforeAll(async () => {
  ctx = await createTestApp({ importsAtOnce: 1 }, { importSlots: slots });
  town = await economyTown(() => ctx);
  await illustrativeEconomy(town);
});
afterAll(() => ctx.close());

async function whileAnotherImportRuns(
  send: () => Promise<{ statusCode: number; headers: Record<string, unknown>; json(): unknown }>,
) {
  let release = () => {};
  const running = slots.run(() => new Promise<void>((resolve) => (release = resolve)));
  const busy = await send();
  release();
  await running;
  return { busy, free: await send() };
}

describe('imports at once', () => {
  test('an economy import while another runs is answered 503 imports.busy, and runs once it is done', async () => {
    const file = await ctx.app.inject({
      method: 'GET',
      url: `${town.economy(town.units.a)}/export`,
      headers: as(town.people.reader),
    });
    const { busy, free } = await whileAnotherImportRuns(() =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/economy/import?dryRun=true',
        headers: { ...as(town.people.controllerA), 'content-type': XLSX_TYPE },
        payload: file.rawPayload,
      }),
    );
    expect(busy.statusCode).toBe(503);
    expect(busy.json()).toMatchObject({
      error: {
        code: 'imports.busy',
        message:
          'Servern läser redan in så många filer som den får samtidigt (1); försök igen om en stund.',
        details: { running: 1, limit: 1 },
      },
    });
    // a refusal that passes: the client is told when to try again
    expect(busy.headers['retry-after']).toBe('60');
    expect(free.statusCode).toBe(200);
  });

  test('a year import while another runs is answered 503 imports.busy too', async () => {
    const file = await ctx.app.inject({
      method: 'GET',
      url: `/api/units/${town.units.a}/years/2015/export`,
      headers: as(town.people.admin),
    });
    expect(file.statusCode, file.body).toBe(200);
    const { busy, free } = await whileAnotherImportRuns(() =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/years/import?dryRun=true',
        headers: as(town.people.admin),
        payload: file.json() as object,
      }),
    );
    expect(busy.statusCode).toBe(503);
    expect(busy.json()).toMatchObject({ error: { code: 'imports.busy' } });
    expect(free.statusCode).toBe(200);
  });
});
