import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { YearFile } from '#contracts/years.exchange.ts';
import { buildApp } from '#server/app.ts';
import type { Db } from '#server/db/client.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { inBoundedTransaction, rowsOf, TransactionStopped } from '#server/db/transaction.ts';
import { repositories } from '#server/repositories.ts';
import { as, FIXED_NOW, testConfig } from '#server/testing.ts';
import { client, type Municipality } from '../../org/org.routes.testing.ts';
import { rowCounts } from './years.exchange.db.testing.ts';
import { withoutIds } from './years.exchange.testing.ts';
import { yearFileOfSize } from './years.exchange.synth.testing.ts';
import { importYear } from './years.exchange.usecases.ts';

/**
 * A year of a few hundred items, written a table at a time: it comes out as it went in, every
 * row audited; and an import stops and leaves nothing when its time is up or its client leaves.
 */
type Outcome = 'committed' | 'rolled back';
let ctx: { app: Awaited<ReturnType<typeof buildApp>>; database: { db: Db } };
let close: () => Promise<void>;
/** Set by a test: what the next transaction waits for once it has begun, and who hears its end. */
const watch: { gate: (() => Promise<void>) | null; ended: ((outcome: Outcome) => void) | null } = {
  gate: null,
  ended: null,
};
const api = client(() => ctx as never);
const file = yearFileOfSize({
  year: 2024,
  goals: 60,
  activities: 150,
  names: { unit: 'Stadsledningskontoret', others: ['Ekonomi', 'IT'] },
});

/** The database as the app sees it, with every transaction watched as `watch` says. */
function watched(db: Db): Db {
  const proxy = Object.create(db) as Db;
  proxy.transaction = ((work: (tx: Db) => Promise<unknown>) => {
    const { gate, ended } = watch;
    watch.gate = watch.ended = null;
    const run = db.transaction(async (tx) => {
      if (gate) await gate();
      return work(tx as unknown as Db);
    });
    run.then(
      () => ended?.('committed'),
      () => ended?.('rolled back'),
    );
    return run;
  }) as Db['transaction'];
  return proxy;
}

beforeAll(async () => {
  const database = await createTestDatabase();
  const app = await buildApp({
    database: { ...database, db: watched(database.db) },
    config: testConfig,
    now: () => FIXED_NOW,
  });
  ctx = { app, database };
  close = async () => {
    await app.close();
    await database.close();
  };
}, 120_000);
afterAll(() => close());

const importInto = async (town: Municipality, body: unknown) => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/years/import',
    headers: as(town.admin),
    payload: body as object,
  });
  expect(response.statusCode, response.body).toBe(200);
};
const exportOf = async (town: Municipality) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/units/${town.slk}/years/2024/export`,
    headers: as(town.admin),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<YearFile>();
};

describe('a year of a few hundred items', () => {
  test('export → import → export gives the same file', async () => {
    const a = await api.municipality();
    const b = await api.municipality();
    await importInto(a, file);
    const first = await exportOf(a);
    expect([first.goals.length, first.indicators.length, first.activities.length]).toEqual([
      file.goals.length,
      file.indicators.length,
      file.activities.length,
    ]);
    await importInto(b, first);
    expect(withoutIds(await exportOf(b))).toEqual(withoutIds(first));
  });

  test('every row is audited in the importer’s name, as entering it by hand would be', async () => {
    const c = await api.municipality();
    await importInto(c, file);
    const rows = rowsOf<{ entity: string; n: number }>(
      await ctx.database.db.execute(sql`
        select entity, count(*)::int as n from audit_log
        where tenant_id = ${c.admin.me.tenant.id} and user_id = ${c.admin.me.user.id}
        group by entity`),
    );
    const per = Object.fromEntries(rows.map((r) => [r.entity, r.n]));
    const periods = (record: Record<string, object>[]) =>
      record.reduce((sum, r) => sum + Object.keys(r).length, 0);
    expect(per).toMatchObject({
      budget_year: 1,
      goal: file.goals.length,
      indicator: file.indicators.length,
      indicator_target: file.indicators.length,
      indicator_outcome: periods(file.indicators.map((i) => i.outcomes)),
      activity: file.activities.length,
      activity_report: periods(file.activities.map((x) => x.reports)),
      goal_assessment: periods(Object.values(file.assessments)),
      unit_year: 1,
    });
  });
});

describe('an import that must stop', () => {
  const principalOf = (town: Municipality) => ({
    tenantId: town.admin.me.tenant.id,
    userId: town.admin.me.user.id,
    userName: town.admin.me.user.name,
    email: town.admin.me.user.email,
    csrfToken: town.admin.csrf,
    grants: town.admin.me.grants,
  });

  test('stopped halfway (rows in, audit not yet), it leaves nothing behind', async () => {
    const town = await api.municipality();
    const before = await rowCounts(ctx.database.db);
    const stop = new AbortController();
    const run = inBoundedTransaction(
      ctx.database.db,
      { timeoutSeconds: 60, signal: stop.signal },
      (tx, signal) =>
        importYear(repositories(tx), principalOf(town), file, {
          dryRun: false,
          signal,
          progress: (step) => step === 'rows_written' && stop.abort(),
        }),
    );
    await expect(run).rejects.toEqual(new TransactionStopped('aborted'));
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });

  test('out of time, it is rolled back and says so', async () => {
    const town = await api.municipality();
    const before = await rowCounts(ctx.database.db);
    const run = inBoundedTransaction(ctx.database.db, { timeoutSeconds: 0.001 }, (tx, signal) =>
      importYear(repositories(tx), principalOf(town), file, { dryRun: false, signal }),
    );
    await expect(run).rejects.toEqual(new TransactionStopped('timeout'));
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });

  test('when the client’s connection is closed during the import, it is rolled back', async () => {
    const town = await api.municipality();
    const before = await rowCounts(ctx.database.db);
    let begun!: () => void;
    let open!: () => void;
    const inTransaction = new Promise<void>((resolve) => (begun = resolve));
    const opened = new Promise<void>((resolve) => (open = resolve));
    watch.gate = async () => {
      begun();
      await opened;
    };
    const ended = new Promise<Outcome>((resolve) => (watch.ended = resolve));

    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as AddressInfo;
    const serverSawClose = new Promise<void>((resolve) =>
      ctx.app.server.once('request', (_req, res: http.ServerResponse) =>
        res.once('close', resolve),
      ),
    );
    const body = JSON.stringify(file);
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/years/import',
      headers: {
        ...as(town.admin),
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    request.on('error', () => {}); // destroyed on purpose
    request.end(body);

    await inTransaction;
    request.destroy();
    await serverSawClose;
    open();
    expect(await ended).toBe('rolled back');
    expect(await rowCounts(ctx.database.db)).toEqual(before);
  });
});
