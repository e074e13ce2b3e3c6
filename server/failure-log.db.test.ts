import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { statementName } from './http/failure.ts';
import { as, buildTenant, buildUser, createTestApp, login, testConfig } from './testing.ts';

/**
 * A failed statement is logged by PostgreSQL's code and message and the statement's name;
 * never by its parameters, which hold password hashes and session tokens.
 */
let ctx: Awaited<ReturnType<typeof createTestApp>>;
let logged = '';
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  ctx = await createTestApp();
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logged += chunk.toString()));
  app = await buildApp({
    database: ctx.database,
    config: { ...testConfig, logLevel: 'trace' },
    logStream: stream,
  });
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

/** Every table insert into `table` fails (a check no row passes) while `run` runs. */
async function refusingInserts(table: 'users' | 'sessions', run: () => Promise<void>) {
  const db = ctx.database.db;
  await db.execute(
    sql.raw(`alter table "${table}" add constraint refuse_all check (false) not valid`),
  );
  try {
    await run();
  } finally {
    await db.execute(sql.raw(`alter table "${table}" drop constraint refuse_all`));
  }
}

const failures = () =>
  logged
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; failure?: Record<string, unknown> })
    .filter((line) => line.msg === 'request failed');

describe('the log of a failed statement', () => {
  test('a failing user insert logs PostgreSQL’s code and message and the statement, and no password hash', async () => {
    const tenant = await buildTenant(ctx.database);
    const admin = await login(
      app,
      (await buildUser(ctx.database, tenant.id, [{ role: 'admin' }])).email,
    );
    const password = 'a new colleague’s password';
    await refusingInserts('users', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: as(admin),
        payload: { email: 'ny@test.example', name: 'Ny Kollega', password },
      });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('internal');
    });
    expect(failures().at(-1)!.failure).toEqual({
      type: 'DatabaseError',
      code: '23514',
      message: expect.stringContaining('refuse_all'),
      statement: 'insert "users"',
      constraint: 'refuse_all',
    });
    expect(logged).not.toContain('$argon2');
    expect(logged).not.toContain(password);
    expect(logged).not.toContain('params');
  });

  test('a failing session insert at login logs no session token, token hash or CSRF token', async () => {
    const tenant = await buildTenant(ctx.database);
    const user = await buildUser(ctx.database, tenant.id, []);
    await refusingInserts('sessions', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'correct horse battery' },
      });
      expect(response.statusCode).toBe(500);
    });
    expect(failures().at(-1)!.failure).toMatchObject({
      code: '23514',
      statement: 'insert "sessions"',
    });
    expect(logged).not.toMatch(/[0-9a-f]{64}/); // a token's SHA-256
    expect(logged).not.toMatch(/[A-Za-z0-9_-]{32,}/); // a token or CSRF token
  });
});

describe('the name of a statement', () => {
  test('is its verb and first table', () => {
    expect(statementName('insert into "users" ("id", "email") values ($1, $2)')).toBe(
      'insert "users"',
    );
    expect(statementName('update "goals" set "title" = $1 where "id" = $2')).toBe('update "goals"');
    expect(statementName('select "id" from "sessions" where "token_hash" = $1')).toBe(
      'select "sessions"',
    );
    expect(statementName('vacuum')).toBe('sql');
  });
});
