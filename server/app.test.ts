import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { VERSION } from './context.ts';
import {
  as,
  buildTenant,
  buildUser,
  testAppPerFile,
  login,
  TEST_PASSWORD,
  testConfig,
} from './testing.ts';

const ctx = testAppPerFile();

describe('the API shell', () => {
  test('health answers with the database kind and version, after asking the database', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.RODTRAD_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite',
      version: VERSION,
    });
  });

  test('the OpenAPI document describes the routes with their schemas, and the docs page is served', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(
      doc.paths['/api/users'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['email', 'name', 'password']));
    const page = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/html/);
  });

  test('an unknown API route is a 404 in the error shape', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  test('responses carry security headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('bad input', () => {
  let session: Awaited<ReturnType<typeof login>>;
  beforeAll(async () => {
    const tenant = await buildTenant(ctx.database);
    session = await login(
      ctx.app,
      (await buildUser(ctx.database, tenant.id, [{ role: 'admin' }])).email,
    );
  });

  test('malformed JSON is a 400 invalid_json', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...as(session), 'content-type': 'application/json' },
      payload: '{"email": "a@b.se",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  test('wrong types and unknown fields are named', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(session),
      payload: { email: 42, name: 'Namn', password: 'a long enough password', isAdmin: true },
    });
    expect(response.statusCode).toBe(422);
    const details = response.json().error.details as { path: string; message: string }[];
    expect(details.some((d) => d.path === 'email')).toBe(true);
    expect(details.some((d) => /isAdmin/.test(d.message))).toBe(true);
    expect(details).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', params: { keys: 'isAdmin' } }),
    );
  });

  test('a query value of the wrong kind is named with its place', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?limit=100000',
      headers: as(session),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0]).toMatchObject({
      path: 'querystring.limit',
      code: 'too_big',
      params: { max: expect.any(Number) },
    });
  });
});

describe('secrets stay out of the logs', () => {
  test('neither the password nor the session token nor the CSRF token is written to the log', async () => {
    const stream = new PassThrough();
    let logged = '';
    stream.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    const app = await buildApp({
      database: ctx.database,
      config: { ...testConfig, logLevel: 'trace' },
      logStream: stream,
    });
    const tenant = await buildTenant(ctx.database);
    const user = await buildUser(ctx.database, tenant.id, [{ role: 'admin' }]);
    const session = await login(app, user.email);
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'wrong-secret-password' },
    });
    await app.close();
    expect(logged).toContain('/api/auth/me'); // the log did capture the requests
    expect(logged).not.toContain(TEST_PASSWORD);
    expect(logged).not.toContain('wrong-secret-password');
    expect(logged).not.toContain(session.cookie.split('=')[1]!);
    expect(logged).not.toContain(session.csrf);
  });
});
