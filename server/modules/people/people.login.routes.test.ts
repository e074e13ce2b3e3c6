import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '#server/app.ts';
import {
  as,
  buildTenant,
  buildUser,
  createTestApp,
  FIXED_NOW,
  login,
  TEST_PASSWORD,
  testConfig,
  type Session,
} from '#server/testing.ts';
import type { AppConfig } from '#server/context.ts';

/**
 * Failed logins are limited per client address and per account; successful ones are not
 * counted, so a municipality behind one proxy address can all sign in.
 */
let tenantId: string;
let database: Awaited<ReturnType<typeof createTestApp>>['database'];
const apps: Awaited<ReturnType<typeof createTestApp>>[] = [];

async function appWith(config: Partial<AppConfig>) {
  const made = await createTestApp(config);
  apps.push(made);
  return made.app;
}

beforeAll(async () => {
  const first = await createTestApp();
  apps.push(first);
  database = first.database;
  tenantId = (await buildTenant(database)).id;
});
afterAll(async () => {
  for (const made of apps) await made.close();
});

type App = Awaited<ReturnType<typeof appWith>>;
const attempt = (
  app: App,
  email: string,
  password: string,
  headers = {},
  remoteAddress = '127.0.0.1',
) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    headers,
    remoteAddress,
  });

describe('the login limit', () => {
  test('refuses an address after its failed attempts, with Retry-After', async () => {
    const app = await appWith({ loginAttemptsPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await attempt(app, `x${i}@test.example`, `guess number ${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const refused = await attempt(app, 'x9@test.example', 'guess number 9');
    expect(refused.json().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('does not count successful logins: twenty colleagues behind one address all get in', async () => {
    const app = await appWith({ loginAttemptsPerMinute: 3 });
    const own = apps.at(-1)!.database;
    const office = (await buildTenant(own)).id;
    for (let i = 0; i < 20; i++) {
      const colleague = await buildUser(own, office, [{ role: 'reader' }]);
      expect((await attempt(app, colleague.email, TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  test('refuses an account after its failed attempts, however many addresses they come from', async () => {
    const app = await appWith({ loginAttemptsPerMinute: 3 });
    const own = apps.at(-1)!.database;
    const target = await buildUser(own, (await buildTenant(own)).id, [{ role: 'admin' }]);
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++)
      statuses.push(
        (await attempt(app, target.email, `guess number ${i}`, {}, `127.0.0.${i}`)).statusCode,
      );
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
    // the right password too waits out the minute; another account from those addresses does not
    expect((await attempt(app, target.email, TEST_PASSWORD, {}, '127.0.0.9')).statusCode).toBe(429);
    const other = await buildUser(own, (await buildTenant(own)).id);
    expect((await attempt(app, other.email, TEST_PASSWORD, {}, '127.0.0.8')).statusCode).toBe(200);
  });

  test('counts the failures of every server process on the database, not each its own', async () => {
    const first = await appWith({ loginAttemptsPerMinute: 3 });
    const own = apps.at(-1)!.database;
    // a second server process on the same database, as `bench:rush --processes 2` runs them
    const second = await buildApp({
      database: own,
      config: { ...testConfig, loginAttemptsPerMinute: 3 },
      now: () => FIXED_NOW,
    });
    try {
      const target = await buildUser(own, (await buildTenant(own)).id, [{ role: 'admin' }]);
      const statuses: number[] = [];
      for (let i = 1; i <= 6; i++)
        statuses.push(
          (await attempt(i % 2 ? first : second, target.email, `guess ${i}`, {}, `127.0.1.${i}`))
            .statusCode,
        );
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
      // a success on one process clears the account's failures for both
      const other = await buildUser(own, (await buildTenant(own)).id);
      for (const app of [first, second])
        expect(
          (await attempt(app, other.email, 'not the password', {}, '127.0.2.1')).statusCode,
        ).toBe(401);
      expect((await attempt(second, other.email, TEST_PASSWORD, {}, '127.0.2.2')).statusCode).toBe(
        200,
      );
      expect((await attempt(first, other.email, 'wrong again', {}, '127.0.2.3')).statusCode).toBe(
        401,
      );
      expect(
        (await attempt(second, other.email, 'wrong a third', {}, '127.0.2.4')).statusCode,
      ).toBe(401);
    } finally {
      await second.close();
    }
  });

  test('takes the client’s address from X-Forwarded-For only when a trusted proxy sent it', async () => {
    const app = await appWith({ loginAttemptsPerMinute: 2, trustedProxies: ['10.0.0.0/8'] });
    const viaProxy = (client: string, n: number) =>
      attempt(
        app,
        `p${n}@test.example`,
        `guess number ${n}`,
        { 'x-forwarded-for': client },
        '10.0.0.5',
      );
    expect((await viaProxy('203.0.113.1', 1)).statusCode).toBe(401);
    expect((await viaProxy('203.0.113.1', 2)).statusCode).toBe(401);
    expect((await viaProxy('203.0.113.1', 3)).statusCode).toBe(429);
    expect((await viaProxy('203.0.113.2', 4)).statusCode).toBe(401); // another client, same proxy
    // from an untrusted address the header is ignored: its own address is counted
    const spoof = (n: number) =>
      attempt(
        app,
        `s${n}@test.example`,
        `guess number ${n}`,
        { 'x-forwarded-for': `198.51.100.${n}` },
        '192.0.2.7',
      );
    expect([
      (await spoof(1)).statusCode,
      (await spoof(2)).statusCode,
      (await spoof(3)).statusCode,
    ]).toEqual([401, 401, 429]);
  });
});

describe('a new password', () => {
  test('that is common is refused with a field error when a user is created', async () => {
    const app = apps[0]!.app;
    const admin = await login(
      app,
      (await buildUser(database, tenantId, [{ role: 'admin' }])).email,
    );
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: { email: 'svag@test.example', name: 'Svag', password: 'password1234' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'password', code: 'people.password_guessable' }),
    );
  });
});

describe('accounts per tenant (decision 005)', () => {
  const create = async (admin: Session, email: string, password: string) =>
    apps[0]!.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: { email, name: 'Delad Person', password },
    });
  const adminOf = async () => {
    const tenant = await buildTenant(database);
    const session = await login(
      apps[0]!.app,
      (await buildUser(database, tenant.id, [{ role: 'admin' }])).email,
    );
    return { tenant, session };
  };

  test('an administrator cannot tell whether an address has an account in another tenant', async () => {
    const [first, second] = [await adminOf(), await adminOf()];
    expect(
      (await create(first.session, 'anna@delad.example', 'första kommunens lösenord')).statusCode,
    ).toBe(201);
    expect(
      (await create(second.session, 'anna@delad.example', 'andra kommunens lösenord')).statusCode,
    ).toBe(201);
    const again = await create(second.session, 'anna@delad.example', 'andra kommunens lösenord');
    expect(again.json().error.code).toBe('people.email_taken');
    // each password opens its own tenant's account, with no choice to make
    const app = apps[0]!.app;
    const opened = await attempt(app, 'anna@delad.example', 'andra kommunens lösenord');
    expect(opened.json().tenant.id).toBe(second.tenant.id);
  });

  test('when the password opens accounts in several tenants, the login asks which, and then logs into it', async () => {
    const [first, second] = [await adminOf(), await adminOf()];
    for (const { session } of [first, second])
      expect(
        (await create(session, 'bo@delad.example', 'samma lösenord överallt')).statusCode,
      ).toBe(201);
    const app = apps[0]!.app;
    const choice = await attempt(app, 'bo@delad.example', 'samma lösenord överallt');
    expect(choice.statusCode).toBe(409);
    expect(choice.json().error).toMatchObject({ code: 'auth.choose_tenant' });
    expect(
      choice
        .json()
        .error.details.tenants.map((t: { id: string }) => t.id)
        .sort(),
    ).toEqual([first.tenant.id, second.tenant.id].sort());
    expect((await attempt(app, 'bo@delad.example', 'fel lösenord här')).statusCode).toBe(401);
    const chosen = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {
        email: 'bo@delad.example',
        password: 'samma lösenord överallt',
        tenantId: second.tenant.id,
      },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().tenant.id).toBe(second.tenant.id);
  });
});
