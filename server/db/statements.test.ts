import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tenantsTable } from '#server/modules/tenants/tenants.table.ts';
import type { Database } from './client.ts';
import { cachedQuery, cachedStatement, uuids } from './statements.ts';
import { createTestDatabase } from './testing.ts';
import { rowsOf } from './transaction.ts';

/**
 * A statement built once must answer as the query builder it was built from answers, for every
 * new value, on a database and in a transaction, on PGlite and on PostgreSQL.
 */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(tenantsTable).values([
    { name: 'Stad', scbCode: '0001', kind: 'kommun', createdAt: new Date('2020-01-01T00:00:00Z') },
    {
      name: 'Region',
      scbCode: '0002',
      kind: 'region',
      createdAt: new Date('2021-06-01T12:00:00Z'),
    },
    { name: 'By', scbCode: '0003', kind: 'kommun', createdAt: new Date('2022-03-03T03:03:03Z') },
  ]);
});
afterAll(() => database.close());

const builder = (db: Database['db'], kind: never, after: never) =>
  db
    .select({ id: tenantsTable.id, name: tenantsTable.name, createdAt: tenantsTable.createdAt })
    .from(tenantsTable)
    .where(and(eq(tenantsTable.kind, kind), gt(tenantsTable.createdAt, after)))
    .orderBy(asc(tenantsTable.scbCode));

test('a query built once maps its rows as the builder does, for each new value', async () => {
  const cached = cachedQuery(['kind', 'after'], (db, v) => builder(db, v.kind, v.after));
  const { db } = database;
  for (const [kind, after] of [
    ['kommun', '2019-01-01T00:00:00Z'],
    ['kommun', '2021-01-01T00:00:00Z'],
    ['region', '2019-01-01T00:00:00Z'],
    ['region', '2030-01-01T00:00:00Z'],
  ] as const) {
    const once = await cached(db, { kind, after });
    expect(once).toEqual(await builder(db, kind as never, new Date(after) as never));
    for (const row of once) expect(row.createdAt).toBeInstanceOf(Date);
  }
  expect((await cached(db, { kind: 'kommun', after: '2019-01-01T00:00:00Z' })).length).toBe(2);
  // in a transaction, on its connection: it sees what the transaction wrote
  await db
    .transaction(async (tx) => {
      await tx
        .insert(tenantsTable)
        .values({ name: 'Ny', scbCode: '0004', kind: 'region', createdAt: new Date() });
      const seen = await cached(tx, { kind: 'region', after: '2019-01-01T00:00:00Z' });
      expect(seen.map((t) => t.name)).toEqual(['Region', 'Ny']);
      tx.rollback();
    })
    .catch(() => {});
  expect(
    (await cached(db, { kind: 'region', after: '2019-01-01T00:00:00Z' })).map((t) => t.name),
  ).toEqual(['Region']);
});

test('a raw statement built once takes any number of ids as one array', async () => {
  const { db } = database;
  const all = await db.select({ id: tenantsTable.id }).from(tenantsTable);
  const names = cachedStatement(
    ['ids'],
    ({ ids }) =>
      sql`select name from ${tenantsTable} where id = any(${ids}::uuid[]) order by scb_code`,
  );
  const of = async (ids: string[]) =>
    rowsOf<{ name: string }>(await names(db, { ids: uuids(ids) })).map((r) => r.name);
  expect(await of(all.map((t) => t.id))).toEqual(['Stad', 'Region', 'By']);
  expect(await of([all[2]!.id])).toEqual(['By']);
  expect(await of([])).toEqual([]);
});
