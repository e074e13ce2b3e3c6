import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import type { AppConfig } from './context.ts';
import { createTestDatabase } from './db/testing.ts';
import { as, buildTenant, buildUser, login, testConfig } from './testing.ts';

/** How answers leave the server: logging, caching, compression and what is served at all. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let webRoot: string;
const script = `export const greeting = ${JSON.stringify('hej '.repeat(2_000))};\n`;

beforeAll(async () => {
  database = await createTestDatabase();
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Rödtråd</title>');
  fs.writeFileSync(path.join(webRoot, 'assets', 'index-AbC123.js'), script);
  fs.writeFileSync(path.join(webRoot, 'assets', 'index-AbC123.js.map'), '{"version":3}');
});
afterAll(async () => {
  await database.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

async function appLogging(config: Partial<AppConfig>) {
  const stream = new PassThrough();
  const lines: { msg: string; level: number; url?: string }[] = [];
  stream.on('data', (chunk: Buffer) =>
    lines.push(
      ...chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    ),
  );
  const app = await buildApp({
    database,
    config: { ...testConfig, logLevel: 'info', ...config },
    webRoot,
    logStream: stream,
  });
  return { app, lines };
}

describe('the request log', () => {
  test('has one line per request, at the configured level', async () => {
    const { app, lines } = await appLogging({ requestLogLevel: 'info' });
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    expect(lines.filter((line) => line.url === '/api/health')).toEqual([
      expect.objectContaining({ msg: 'request', level: 30 }),
    ]);
    expect(lines.map((line) => line.msg)).not.toContain('incoming request');
  });

  test('below the log level, requests are not logged at all', async () => {
    const { app, lines } = await appLogging({ requestLogLevel: 'debug' });
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    expect(lines).toEqual([]);
  });
});

describe('answers', () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    app = await buildApp({ database, config: testConfig, webRoot });
  });
  afterAll(() => app.close());

  test('a URL with malformed percent-encoding is a 400 in the API’s error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/goals%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'bad_url', message: expect.any(String) },
    });
  });

  test('API answers, the session and its CSRF token among them, are never stored by a cache', async () => {
    const tenant = await buildTenant(database);
    const session = await login(app, (await buildUser(database, tenant.id)).email);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
    expect(me.headers['cache-control']).toBe('no-store');
    const missing = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  test('are compressed for a client that accepts it', async () => {
    const api = await app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(api.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(api.rawPayload).toString()).openapi).toMatch(/^3\./);
    const asset = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.rawPayload).toString()).toBe(script);
  });

  test('hashed assets are cached as immutable; the app shell is not', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const shell = await app.inject({ method: 'GET', url: '/reports' });
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['cache-control']).not.toMatch(/immutable/);
  });

  test('source maps are not served', async () => {
    const map = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js.map' });
    expect(map.statusCode).not.toBe(200);
    expect(map.body).not.toContain('"version":3');
  });
});
