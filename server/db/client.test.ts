import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDatabase, type Database } from './client.ts';
import { createTestDatabase } from './testing.ts';

/**
 * On PostgreSQL every parameterised statement is prepared once per connection (decision 010),
 * in transactions and savepoints too; on PGlite the same calls give the same answers.
 */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const prepared = (db: Database['db']) =>
  db.execute(
    sql`select statement from pg_prepared_statements where statement like '%rodtrad_probe%'`,
  );

/** postgres-js answers a list of rows, PGlite `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;

test('statements, transactions and savepoints answer through the preparing client', async () => {
  const { db } = database;
  const probe = (n: number) => sql`select ${n}::int + 1 as rodtrad_probe`;
  expect(rowsOf<{ rodtrad_probe: number }>(await db.execute(probe(1)))[0]!.rodtrad_probe).toBe(2);
  const inner = await db.transaction(async (tx) => {
    const outer = rowsOf<{ rodtrad_probe: number }>(await tx.execute(probe(2)))[0]!.rodtrad_probe;
    const nested = await tx.transaction(async (sp) =>
      rowsOf<{ rodtrad_probe: number }>(await sp.execute(probe(3))),
    );
    return [outer, nested[0]!.rodtrad_probe];
  });
  expect(inner).toEqual([3, 4]);
  if (database.kind !== 'postgresql') return;

  // one connection, so that the session's prepared statements are the ones we look at
  const url = process.env.TEST_DATABASE_URL!;
  const one = await openDatabase({ kind: 'postgresql', url, max: 1 });
  const unprepared = await openDatabase({ kind: 'postgresql', url, max: 1, prepare: false });
  try {
    await one.db.execute(probe(1));
    await one.db.transaction(async (tx) => {
      await tx.execute(sql`select ${'x'}::text as rodtrad_probe_tx`);
      await tx.transaction((sp) => sp.execute(sql`select ${'y'}::text as rodtrad_probe_sp`));
    });
    const statements = rowsOf<{ statement: string }>(await prepared(one.db)).map(
      (r) => r.statement,
    );
    expect(statements.some((s) => s.includes('$1::int + 1 as rodtrad_probe'))).toBe(true);
    expect(statements.some((s) => s.includes('rodtrad_probe_tx'))).toBe(true);
    expect(statements.some((s) => s.includes('rodtrad_probe_sp'))).toBe(true);

    await unprepared.db.execute(probe(1));
    expect(rowsOf(await prepared(unprepared.db))).toEqual([]);
  } finally {
    await one.close();
    await unprepared.close();
  }
});
