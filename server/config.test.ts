import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  test('with nothing set, Rödtråd runs on localhost:3000 with the embedded database in ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      databaseUrl: undefined,
      seedDemo: true,
      cookieSecure: true,
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  test('PORT, HOST, RODTRAD_DATA_DIR and DATABASE_URL are read', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      RODTRAD_DATA_DIR: '/var/lib/rodtrad',
      DATABASE_URL: 'postgres://u@db:5432/rodtrad',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/rodtrad',
      databaseUrl: 'postgres://u@db:5432/rodtrad',
    });
  });

  test('the request log level is read, and is info unless set', () => {
    expect(loadConfig({}).requestLogLevel).toBe('info');
    expect(loadConfig({ RODTRAD_REQUEST_LOG_LEVEL: 'debug' }).requestLogLevel).toBe('debug');
    expect(() => loadConfig({ RODTRAD_REQUEST_LOG_LEVEL: 'loud' })).toThrow(
      /RODTRAD_REQUEST_LOG_LEVEL/,
    );
  });

  test('trusted proxies are a comma-separated list of addresses and ranges', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ RODTRAD_TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1,::1' }).trustedProxies,
    ).toEqual(['10.0.0.0/8', '192.0.2.1', '::1']);
    expect(() => loadConfig({ RODTRAD_TRUSTED_PROXIES: 'proxy.example' })).toThrow(
      /RODTRAD_TRUSTED_PROXIES/,
    );
  });

  test('a bad value stops the start with a message naming every bad variable', () => {
    const attempt = () =>
      loadConfig({ PORT: 'tretusen', DATABASE_URL: 'mysql://x', RODTRAD_DEMO: 'kanske' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT must be a number/);
      expect(message).toMatch(/DATABASE_URL must start with postgres/);
      expect(message).toMatch(/RODTRAD_DEMO must be true or false/);
    }
  });

  test('two imports run at once unless RODTRAD_IMPORTS_AT_ONCE says otherwise', () => {
    expect(loadConfig({}).importsAtOnce).toBe(2);
    expect(loadConfig({ RODTRAD_IMPORTS_AT_ONCE: '4' }).importsAtOnce).toBe(4);
    expect(() => loadConfig({ RODTRAD_IMPORTS_AT_ONCE: '0' })).toThrow(
      /RODTRAD_IMPORTS_AT_ONCE must be between 1 and 100/,
    );
  });

  test('e-mail is off until RODTRAD_SMTP_URL names a server; links use RODTRAD_PUBLIC_URL', () => {
    const plain = loadConfig({ PORT: '3100' });
    expect(plain.smtpUrl).toBeUndefined();
    expect(plain.publicUrl).toBe('http://localhost:3100');
    expect(plain.mailDigestSeconds).toBe(600);
    const mail = loadConfig({
      RODTRAD_SMTP_URL: 'smtp://mail.kommun.se:25',
      RODTRAD_PUBLIC_URL: 'https://rodtrad.kommun.se/',
      RODTRAD_MAIL_DIGEST_SECONDS: '60',
    });
    expect(mail).toMatchObject({
      smtpUrl: 'smtp://mail.kommun.se:25',
      publicUrl: 'https://rodtrad.kommun.se',
      mailDigestSeconds: 60,
    });
    const attempt = () =>
      loadConfig({
        RODTRAD_SMTP_URL: 'http://mail',
        RODTRAD_MAIL_FROM: 'nobody',
        RODTRAD_PUBLIC_URL: 'ftp://x',
      });
    expect(attempt).toThrow(/RODTRAD_SMTP_URL must be a URL such as smtp:\/\/host:port/);
    expect(attempt).toThrow(/RODTRAD_MAIL_FROM must be an e-mail address/);
    expect(attempt).toThrow(/RODTRAD_PUBLIC_URL must be an http:\/\/ or https:\/\/ URL/);
  });

  test('a port out of range is refused', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 1 and 65535/);
  });

  test('a year import may hold its transaction two minutes unless RODTRAD_IMPORT_TIMEOUT_SECONDS says otherwise', () => {
    expect(loadConfig({}).importTimeoutSeconds).toBe(120);
    expect(loadConfig({ RODTRAD_IMPORT_TIMEOUT_SECONDS: '30' }).importTimeoutSeconds).toBe(30);
    expect(() => loadConfig({ RODTRAD_IMPORT_TIMEOUT_SECONDS: '0' })).toThrow(
      /RODTRAD_IMPORT_TIMEOUT_SECONDS must be between 1 and 3600/,
    );
  });

  test('the Chromium for PDF documents: RODTRAD_CHROMIUM, else chromium on PATH, else none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rodtrad-path-'));
    try {
      writeFileSync(path.join(dir, 'chromium'), '');
      expect(loadConfig({ RODTRAD_CHROMIUM: '/opt/chromium/chrome' }).chromiumPath).toBe(
        '/opt/chromium/chrome',
      );
      expect(loadConfig({ PATH: `/nonexistent${path.delimiter}${dir}` }).chromiumPath).toBe(
        path.join(dir, 'chromium'),
      );
      expect(loadConfig({ PATH: '/nonexistent' }).chromiumPath).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
