import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Me, Role } from '#contracts/people.ts';
import type { TenantKind } from '#contracts/tenants.ts';
import { buildApp, type AppDeps } from './app.ts';
import type { AppConfig } from './context.ts';
import type { Database } from './db/client.ts';
import { createTestDatabase } from './db/testing.ts';
import { addGrant, createUser, hashedUser } from './modules/people/people.usecases.ts';
import { repositories } from './repositories.ts';

/** Typed factories and helpers for tests; the demo seed uses the same use cases. */
export const testConfig: AppConfig = {
  cookieSecure: false,
  loginAttemptsPerMinute: 1000,
  trustedProxies: [],
  importTimeoutSeconds: 120,
  logLevel: 'silent',
  importsAtOnce: 2,
  requestLogLevel: 'info',
};
export const FIXED_NOW = new Date('2026-11-22T10:00:00Z');
export const TEST_PASSWORD = 'correct horse battery';

export async function createTestApp(
  config: Partial<AppConfig> = {},
  deps: Pick<AppDeps, 'importSlots'> = {},
) {
  const database = await createTestDatabase();
  const app = await buildApp({
    database,
    config: { ...testConfig, ...config },
    now: () => FIXED_NOW,
    ...deps,
  });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The test app of a test file (or describe block): made before its first test, closed after its
 * last. Its `app` and `database` are there in tests and hooks.
 */
export function testAppPerFile(config: Partial<AppConfig> = {}): TestApp {
  let made: TestApp | undefined;
  beforeAll(async () => {
    made = await createTestApp(config);
  });
  afterAll(() => made?.close());
  const current = () => made ?? expect.fail('the test app is made before the first test');
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    close: () => current().close(),
  };
}

let tenantCounter = 0;
export async function buildTenant(
  database: Database,
  overrides: { name?: string; kind?: TenantKind } = {},
) {
  // each test file has a database of its own, so a counter keeps SCB codes unique
  tenantCounter += 1;
  return repositories(database.db).tenants.insert({
    name: overrides.name ?? `Testkommun ${tenantCounter}`,
    scbCode: String(1000 + tenantCounter),
    kind: overrides.kind ?? 'kommun',
  });
}

/** A user with the given grants (none: a user with no role at all). */
export async function buildUser(
  database: Database,
  tenantId: string,
  grants: { role: Role; unitId?: string | null }[] = [],
) {
  const repos = repositories(database.db);
  const system = { tenantId, userId: null, userName: 'test' };
  const email = `user-${randomUUID().slice(0, 8)}@test.example`;
  let user = await createUser(
    repos,
    system,
    await hashedUser({ email, name: `Test ${email}`, password: TEST_PASSWORD }),
  );
  for (const grant of grants) {
    user = await addGrant(repos, system, user.id, {
      role: grant.role,
      unitId: grant.unitId ?? null,
    });
  }
  return user;
}

export type Session = { cookie: string; csrf: string; me: Me };

export async function login(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'rodtrad_session');
  const me = response.json<Me>();
  return { cookie: `rodtrad_session=${cookie!.value}`, csrf: me.csrfToken, me };
}

/** Headers of a signed-in request; state-changing ones carry the CSRF token too. */
export const as = (session: Session) => ({ cookie: session.cookie, 'x-csrf-token': session.csrf });
