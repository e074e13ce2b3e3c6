import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role, User } from '#contracts/people.ts';
import { buildApp } from '#server/app.ts';
import { client } from '#server/modules/org/org.routes.testing.ts';
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

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let tenantId: string;
let admin: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  tenantId = (await buildTenant(ctx.database)).id;
  const adminUser = await buildUser(ctx.database, tenantId, [{ role: 'admin' }]);
  admin = await login(ctx.app, adminUser.email);
});
afterAll(() => ctx.close());

const inject = (options: InjectOptions) => ctx.app.inject(options);
/** A signed-in request. */
const send = (session: Session, method: InjectOptions['method'], url: string, payload?: object) =>
  inject({ method, url, headers: as(session), payload });
/** A session's grant of a role (on a unit, or on none) to a user. */
const grant = (session: Session, userId: string, role: Role, unitId: string | null) =>
  send(session, 'POST', `/api/users/${userId}/grants`, { role, unitId });

async function newUser(session: Session, email: string) {
  const response = await send(session, 'POST', '/api/users', {
    email,
    name: 'Ny Användare',
    password: 'a long enough password',
  });
  expect(response.statusCode).toBe(201);
  return response.json<User>();
}

describe('logging in and out', () => {
  test('a user with the right password gets an HttpOnly, SameSite=Strict session cookie and a CSRF token', async () => {
    const user = await buildUser(ctx.database, tenantId, [{ role: 'reader' }]);
    const response = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'rodtrad_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    expect(response.json().csrfToken.length).toBeGreaterThan(20);
    expect(response.json().permissions).toEqual(['org.read', 'followup.read']);
  });

  test('a wrong password and an unknown e-mail get the same answer', async () => {
    const user = await buildUser(ctx.database, tenantId, [{ role: 'reader' }]);
    const wrong = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'wrong password!' },
    });
    const unknown = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.example', password: 'wrong password!' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toHaveLength(0);
  });

  test('after logging out the session no longer works', async () => {
    const user = await buildUser(ctx.database, tenantId, [{ role: 'reader' }]);
    const session = await login(ctx.app, user.email);
    expect((await send(session, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const out = await send(session, 'POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await send(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  test('a session ends after twelve hours', async () => {
    const user = await buildUser(ctx.database, tenantId, [{ role: 'reader' }]);
    const session = await login(ctx.app, user.email);
    const later = await buildApp({
      database: ctx.database,
      config: testConfig,
      now: () => new Date(FIXED_NOW.getTime() + 12 * 3_600_000 + 1000),
    });
    expect(
      (await later.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) })).statusCode,
    ).toBe(401);
    await later.close();
  });

  test('a disabled user cannot log in and loses open sessions', async () => {
    const user = await buildUser(ctx.database, tenantId, [{ role: 'reader' }]);
    const session = await login(ctx.app, user.email);
    const disabled = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      version: user.version,
      disabled: true,
    });
    expect(disabled.statusCode).toBe(200);
    expect((await send(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });
});

describe('managing users', () => {
  test('an administrator creates a user; the audit log records it without the password', async () => {
    const created = await newUser(admin, 'anna.andersson@test.example');
    expect(created).toMatchObject({
      email: 'anna.andersson@test.example',
      disabled: false,
      version: 1,
      grants: [],
    });
    const audit = await send(admin, 'GET', `/api/audit?entity=user&entityId=${created.id}`);
    const [entry] = audit.json().entries;
    expect(entry).toMatchObject({
      action: 'create',
      after: { email: 'anna.andersson@test.example' },
    });
    expect(JSON.stringify(audit.json())).not.toMatch(/argon2|a long enough password/);
  });

  test('bad input names each field and creates nothing', async () => {
    const before = (await send(admin, 'GET', '/api/users')).json().users.length;
    const response = await send(admin, 'POST', '/api/users', {
      email: 'not-an-email',
      name: 'x'.repeat(121),
      password: 'short',
      role: 'admin',
    });
    expect(response.statusCode).toBe(422);
    const coded = response
      .json()
      .error.details.map((d: { path: string; code: string }) => [d.path, d.code]);
    expect(coded).toEqual(
      expect.arrayContaining([
        ['email', 'invalid_email'],
        ['name', 'too_long'],
        ['password', 'too_short'],
        ['', 'unrecognized_keys'],
      ]),
    );
    expect(response.json().error.message).toMatch(/email/);
    expect((await send(admin, 'GET', '/api/users')).json().users.length).toBe(before);
  });

  test('a second user with the same e-mail is refused', async () => {
    await newUser(admin, 'dubbel@test.example');
    const again = await send(admin, 'POST', '/api/users', {
      email: 'Dubbel@Test.example',
      name: 'Dubbel',
      password: 'a long enough password',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('people.email_taken');
  });

  test('when two administrators change the same user, the second save is refused with both versions', async () => {
    const user = await newUser(admin, 'konflikt@test.example');
    const first = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      version: 1,
      name: 'Första',
    });
    expect(first.statusCode).toBe(200);
    const second = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      version: 1,
      name: 'Andra',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details.current.name).toBe('Första');
    expect(second.json().error.details.yours.name).toBe('Andra');
  });

  test("a new password ends the user's sessions and the new one works", async () => {
    const user = await buildUser(ctx.database, tenantId, [{ role: 'reader' }]);
    const session = await login(ctx.app, user.email);
    const changed = await send(admin, 'PATCH', `/api/users/${user.id}`, {
      version: user.version,
      password: 'a brand new password',
    });
    expect(changed.statusCode).toBe(200);
    expect((await send(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await login(ctx.app, user.email, 'a brand new password');
  });
});

describe('granting roles', () => {
  const noSuchUnit = '00000000-0000-4000-8000-000000000000';

  test('an administrator or reader role takes no unit, and a reporter role needs one', async () => {
    const user = await newUser(admin, 'roller@test.example');
    const adminOnUnit = await grant(admin, user.id, 'admin', noSuchUnit);
    expect(adminOnUnit.statusCode).toBe(422);
    expect(adminOnUnit.json().error.details).toEqual([
      {
        path: 'unitId',
        code: 'people.role_takes_no_unit',
        params: { role: 'admin' },
        message: 'the role admin covers the whole tenant; give no unit',
      },
    ]);
    const reporterEverywhere = await grant(admin, user.id, 'reporter', null);
    expect(reporterEverywhere.statusCode).toBe(422);
    expect(reporterEverywhere.json().error.details[0]).toMatchObject({
      code: 'people.role_needs_unit',
      params: { role: 'reporter' },
    });
  });

  test("a role on a unit that is not the tenant's is refused", async () => {
    const user = await newUser(admin, 'fel-enhet@test.example');
    const response = await grant(admin, user.id, 'reporter', noSuchUnit);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('people.unknown_unit');
    expect(response.json().error.details).toEqual([
      { path: 'unitId', code: 'people.unknown_unit', params: {}, message: expect.any(String) },
    ]);
  });

  test('each grant names its own unit, and a tenant-wide grant names none', async () => {
    const org = client(() => ctx);
    const town = await org.municipality();
    const user = await buildUser(ctx.database, town.tenant.id, []);
    for (const [role, unitId] of [
      ['reader', null],
      ['reporter', town.it],
      ['controller', town.slk],
    ] as const) {
      const granted = await grant(town.admin, user.id, role, unitId);
      expect(granted.statusCode).toBe(201);
    }
    const listed = (await send(town.admin, 'GET', '/api/users')).json<{ users: User[] }>();
    const grants = listed.users.find((u) => u.id === user.id)!.grants;
    expect(grants.map((g) => [g.role, g.unitName])).toEqual([
      ['reader', null],
      ['reporter', 'IT'],
      ['controller', 'Stadsledningskontoret'],
    ]);
  });

  test('granting and revoking are audited, and the grant takes effect at once', async () => {
    const user = await buildUser(ctx.database, tenantId, []);
    const session = await login(ctx.app, user.email);
    expect((await send(session, 'GET', '/api/audit')).statusCode).toBe(403);
    const granted = await grant(admin, user.id, 'admin', null);
    expect(granted.statusCode).toBe(201);
    expect((await send(session, 'GET', '/api/audit')).statusCode).toBe(200);
    const grantId = granted.json<User>().grants[0]!.id;
    const revoked = await send(admin, 'DELETE', `/api/users/${user.id}/grants/${grantId}`);
    expect(revoked.statusCode).toBe(200);
    expect((await send(session, 'GET', '/api/audit')).statusCode).toBe(403);
    const log = (await send(admin, 'GET', '/api/audit?entity=role_grant')).json().entries;
    expect(log.slice(0, 2).map((e: { action: string }) => e.action)).toEqual(['revoke', 'grant']);
  });

  test('the last administrator can be neither disabled nor stripped of the role', async () => {
    const lonely = await createTestApp();
    const tenant = await buildTenant(lonely.database);
    const only = await buildUser(lonely.database, tenant.id, [{ role: 'admin' }]);
    const session = await login(lonely.app, only.email);
    const disable = await lonely.app.inject({
      method: 'PATCH',
      url: `/api/users/${only.id}`,
      headers: as(session),
      payload: { version: only.version, disabled: true },
    });
    expect(disable.statusCode).toBe(409);
    expect(disable.json().error.code).toBe('people.last_admin');
    const revoke = await lonely.app.inject({
      method: 'DELETE',
      url: `/api/users/${only.id}/grants/${only.grants[0]!.id}`,
      headers: as(session),
    });
    expect(revoke.statusCode).toBe(409);
    await lonely.close();
  });
});

describe('tenant isolation of users', () => {
  test("an administrator of another tenant can neither see nor change this tenant's users", async () => {
    const other = await buildTenant(ctx.database, { name: 'Annan kommun' });
    const otherAdmin = await login(
      ctx.app,
      (await buildUser(ctx.database, other.id, [{ role: 'admin' }])).email,
    );
    const victim = await newUser(admin, 'offer@test.example');

    const list = (await send(otherAdmin, 'GET', '/api/users')).json<{ users: User[] }>();
    expect(list.users.map((u) => u.email)).not.toContain('offer@test.example');
    const patch = await send(otherAdmin, 'PATCH', `/api/users/${victim.id}`, {
      version: 1,
      name: 'Kapad',
    });
    expect(patch.statusCode).toBe(404);
    const granted = await grant(otherAdmin, victim.id, 'admin', null);
    expect(granted.statusCode).toBe(404);
    const audit = (await send(otherAdmin, 'GET', '/api/audit?limit=500')).json().entries;
    expect(JSON.stringify(audit)).not.toContain('offer@test.example');
    const unchanged = (await send(admin, 'GET', '/api/users')).json<{ users: User[] }>();
    expect(unchanged.users.find((u) => u.id === victim.id)).toMatchObject({
      name: 'Ny Användare',
      grants: [],
    });
  });
});
