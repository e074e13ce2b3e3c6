import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '#contracts/people.ts';
import { as, buildTenant, buildUser, createTestApp, login, type Session } from './testing.ts';

/**
 * The permission matrix: every API route × every kind of caller, allowed or refused as designed.
 * "Allowed" means the request got past authorisation (it may still be a 404 or 422 on the
 * sample input); "refused" means 401 for the public and 403 for a signed-in user.
 */
type Caller = 'public' | 'no-role' | Role;
const callers: Caller[] = [
  'public',
  'no-role',
  'admin',
  'controller',
  'reporter',
  'approver',
  'reader',
];
const signedIn: Caller[] = ['no-role', 'admin', 'controller', 'reporter', 'approver', 'reader'];
const anyRole: Caller[] = ['admin', 'controller', 'reporter', 'approver', 'reader'];
const modellers: Caller[] = ['admin', 'controller'];
const writers: Caller[] = ['admin', 'controller', 'reporter'];

const id = randomUUID();
const routes: {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  openapi: string;
  allowed: Caller[];
}[] = [
  { method: 'GET', url: '/api/health', openapi: '/api/health', allowed: callers },
  { method: 'GET', url: '/api/start', openapi: '/api/start', allowed: signedIn },
  {
    method: 'GET',
    url: '/api/goal-levels?year=2015',
    openapi: '/api/goal-levels',
    allowed: anyRole,
  },
  { method: 'PUT', url: '/api/goal-levels', openapi: '/api/goal-levels', allowed: modellers },
  {
    method: 'GET',
    url: '/api/goal-assignments?year=2015',
    openapi: '/api/goal-assignments',
    allowed: anyRole,
  },
  {
    method: 'PUT',
    url: `/api/goals/${id}/assignments/${id}`,
    openapi: '/api/goals/{id}/assignments/{unitId}',
    allowed: modellers,
  },
  {
    method: 'DELETE',
    url: `/api/goals/${id}/assignments/${id}`,
    openapi: '/api/goals/{id}/assignments/{unitId}',
    allowed: modellers,
  },
  { method: 'GET', url: '/api/start/units', openapi: '/api/start/units', allowed: modellers },
  { method: 'GET', url: '/api/auth/me', openapi: '/api/auth/me', allowed: signedIn },
  { method: 'GET', url: '/api/users', openapi: '/api/users', allowed: ['admin'] },
  { method: 'POST', url: '/api/users', openapi: '/api/users', allowed: ['admin'] },
  { method: 'PATCH', url: `/api/users/${id}`, openapi: '/api/users/{id}', allowed: ['admin'] },
  {
    method: 'POST',
    url: `/api/users/${id}/grants`,
    openapi: '/api/users/{id}/grants',
    allowed: ['admin'],
  },
  {
    method: 'DELETE',
    url: `/api/users/${id}/grants/${id}`,
    openapi: '/api/users/{id}/grants/{grantId}',
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/audit', openapi: '/api/audit', allowed: ['admin'] },
  { method: 'GET', url: '/api/audit.csv', openapi: '/api/audit.csv', allowed: ['admin'] },
  { method: 'GET', url: '/api/org/units', openapi: '/api/org/units', allowed: anyRole },
  { method: 'GET', url: `/api/org/units/${id}`, openapi: '/api/org/units/{id}', allowed: anyRole },
  {
    method: 'GET',
    url: '/api/org/reorganisations',
    openapi: '/api/org/reorganisations',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/org/reorganisations/${id}`,
    openapi: '/api/org/reorganisations/{id}',
    allowed: anyRole,
  },
  {
    method: 'POST',
    url: '/api/org/reorganisations/preview',
    openapi: '/api/org/reorganisations/preview',
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: '/api/org/reorganisations',
    openapi: '/api/org/reorganisations',
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/years', openapi: '/api/years', allowed: anyRole },
  { method: 'POST', url: '/api/years', openapi: '/api/years', allowed: ['admin'] },
  {
    method: 'POST',
    url: '/api/years/rollover/preview',
    openapi: '/api/years/rollover/preview',
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: '/api/years/rollover',
    openapi: '/api/years/rollover',
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/goals?year=2015', openapi: '/api/goals', allowed: anyRole },
  { method: 'POST', url: '/api/goals', openapi: '/api/goals', allowed: modellers },
  { method: 'PATCH', url: `/api/goals/${id}`, openapi: '/api/goals/{id}', allowed: modellers },
  {
    method: 'GET',
    url: `/api/goals/${id}/history`,
    openapi: '/api/goals/{id}/history',
    allowed: anyRole,
  },
  { method: 'POST', url: '/api/indicators', openapi: '/api/indicators', allowed: modellers },
  {
    method: 'PUT',
    url: `/api/indicators/${id}/target`,
    openapi: '/api/indicators/{id}/target',
    allowed: modellers,
  },
  {
    method: 'PUT',
    url: `/api/indicators/${id}/formula`,
    openapi: '/api/indicators/{id}/formula',
    allowed: modellers,
  },
  { method: 'POST', url: '/api/activities', openapi: '/api/activities', allowed: modellers },
  {
    method: 'GET',
    url: `/api/units/${id}/periods/${id}/report`,
    openapi: '/api/units/{unitId}/periods/{periodId}/report',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/units/${id}/periods/${id}/text-checks`,
    openapi: '/api/units/{unitId}/periods/{periodId}/text-checks',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/units/${id}/periods/${id}/document?format=html`,
    openapi: '/api/units/{unitId}/periods/{periodId}/document',
    allowed: anyRole,
  },
  {
    method: 'PUT',
    url: `/api/units/${id}/periods/${id}/goals/${id}/assessment`,
    openapi: '/api/units/{unitId}/periods/{periodId}/goals/{goalId}/assessment',
    allowed: writers,
  },
  {
    method: 'PUT',
    url: `/api/units/${id}/periods/${id}/indicators/${id}/outcome`,
    openapi: '/api/units/{unitId}/periods/{periodId}/indicators/{indicatorId}/outcome',
    allowed: writers,
  },
  {
    method: 'PUT',
    url: `/api/units/${id}/periods/${id}/indicators/${id}/previous-outcome`,
    openapi: '/api/units/{unitId}/periods/{periodId}/indicators/{indicatorId}/previous-outcome',
    allowed: writers,
  },
  {
    method: 'PUT',
    url: `/api/units/${id}/periods/${id}/activities/${id}/report`,
    openapi: '/api/units/{unitId}/periods/{periodId}/activities/{activityId}/report',
    allowed: writers,
  },
  {
    method: 'POST',
    url: `/api/units/${id}/periods/${id}/transition`,
    openapi: '/api/units/{unitId}/periods/{periodId}/transition',
    allowed: anyRole,
  },
  {
    method: 'PUT',
    url: `/api/units/${id}/periods/${id}/publication`,
    openapi: '/api/units/{unitId}/periods/{periodId}/publication',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/units/${id}/periods/${id}/comments`,
    openapi: '/api/units/{unitId}/periods/{periodId}/comments',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/units/${id}/periods/${id}/people`,
    openapi: '/api/units/{unitId}/periods/{periodId}/people',
    allowed: anyRole,
  },
  {
    method: 'POST',
    url: `/api/units/${id}/periods/${id}/goals/${id}/comments`,
    openapi: '/api/units/{unitId}/periods/{periodId}/goals/{goalId}/comments',
    allowed: anyRole,
  },
  { method: 'GET', url: '/api/public/tenants', openapi: '/api/public/tenants', allowed: callers },
  {
    method: 'GET',
    url: '/api/public/0180/reports',
    openapi: '/api/public/{scbCode}/reports',
    allowed: callers,
  },
  {
    method: 'GET',
    url: `/api/public/0180/reports/${id}/${id}`,
    openapi: '/api/public/{scbCode}/reports/{periodId}/{unitId}',
    allowed: callers,
  },
  {
    method: 'GET',
    url: `/api/periods/${id}/rollup`,
    openapi: '/api/periods/{periodId}/rollup',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/periods/${id}/goal-statuses`,
    openapi: '/api/periods/{periodId}/goal-statuses',
    allowed: anyRole,
  },
  {
    method: 'GET',
    url: `/api/public/0180/periods/${id}/goals`,
    openapi: '/api/public/{scbCode}/periods/{periodId}/goals',
    allowed: callers,
  },
  {
    method: 'GET',
    url: `/api/units/${id}/years/2015/export`,
    openapi: '/api/units/{unitId}/years/{year}/export',
    allowed: anyRole,
  },
  { method: 'POST', url: '/api/years/import', openapi: '/api/years/import', allowed: modellers },
  {
    method: 'GET',
    url: `/api/activities/${id}/reports?periodId=${id}`,
    openapi: '/api/activities/{id}/reports',
    allowed: anyRole,
  },
  ...economyRoutes(),
  ...notificationRoutes(),
  ...decisionRoutes(),
  ...staffAndFeedbackRoutes(),
  ...internalControlRoutes(),
  ...compassRoutes(),
  ...compilationRoutes(),
  // Login and logout are tested on their own (people.routes.test.ts): logging out ends the session.
];

/** The economy of a unit and year (server/modules/economy). */
function economyRoutes(): typeof routes {
  const base = `/api/units/${id}/years/2015/economy`;
  const doc = '/api/units/{unitId}/years/{year}/economy';
  return [
    { method: 'GET', url: base, openapi: doc, allowed: anyRole },
    { method: 'PUT', url: `${base}/structure`, openapi: `${doc}/structure`, allowed: modellers },
    { method: 'PUT', url: `${base}/lines`, openapi: `${doc}/lines`, allowed: writers },
    { method: 'PUT', url: `${base}/carry-overs`, openapi: `${doc}/carry-overs`, allowed: writers },
    { method: 'PUT', url: `${base}/result-fund`, openapi: `${doc}/result-fund`, allowed: writers },
    { method: 'GET', url: `${base}/statements`, openapi: `${doc}/statements`, allowed: anyRole },
    {
      method: 'PUT',
      url: `${base}/investment-account`,
      openapi: `${doc}/investment-account`,
      allowed: writers,
    },
    {
      method: 'PUT',
      url: `${base}/balance-sheet`,
      openapi: `${doc}/balance-sheet`,
      allowed: writers,
    },
    { method: 'GET', url: `${base}/indicators`, openapi: `${doc}/indicators`, allowed: anyRole },
    { method: 'GET', url: `${base}/export`, openapi: `${doc}/export`, allowed: anyRole },
    {
      method: 'GET',
      url: `/api/units/${id}/years/2015/efficiency`,
      openapi: '/api/units/{unitId}/years/{year}/efficiency',
      allowed: anyRole,
    },
    {
      method: 'PUT',
      url: `/api/units/${id}/years/2015/efficiency/areas/${id}/links`,
      openapi: '/api/units/{unitId}/years/{year}/efficiency/areas/{areaId}/links',
      allowed: modellers,
    },
    {
      method: 'GET',
      url: '/api/years/2015/economy/rollup',
      openapi: '/api/years/{year}/economy/rollup',
      allowed: anyRole,
    },
    {
      method: 'POST',
      url: '/api/economy/import',
      openapi: '/api/economy/import',
      allowed: writers,
    }, // Report templates and a unit's chapters (modules/reports).
    {
      method: 'GET',
      url: '/api/report-templates/2015/annual',
      openapi: '/api/report-templates/{year}/{periodKind}',
      allowed: anyRole,
    },
    {
      method: 'PUT',
      url: '/api/report-templates/2015/annual',
      openapi: '/api/report-templates/{year}/{periodKind}',
      allowed: modellers,
    },
    {
      method: 'GET',
      url: `/api/units/${id}/periods/${id}/chapters`,
      openapi: '/api/units/{unitId}/periods/{periodId}/chapters',
      allowed: anyRole,
    },
    {
      method: 'PUT',
      url: `/api/units/${id}/periods/${id}/chapters/summary/text`,
      openapi: '/api/units/{unitId}/periods/{periodId}/chapters/{chapterKey}/text',
      allowed: writers,
    },
    {
      method: 'GET',
      url: `/api/units/${id}/periods/${id}/attachments/${id}`,
      openapi: '/api/units/{unitId}/periods/{periodId}/attachments/{attachmentId}',
      allowed: anyRole,
    },
    {
      method: 'DELETE',
      url: `/api/units/${id}/periods/${id}/attachments/${id}`,
      openapi: '/api/units/{unitId}/periods/{periodId}/attachments/{attachmentId}',
      allowed: writers,
    },
    {
      method: 'POST',
      url: `/api/units/${id}/periods/${id}/attachments`,
      openapi: '/api/units/{unitId}/periods/{periodId}/attachments',
      allowed: writers,
    },
    // frozen document versions: readers of the unit; a new version also needs approve or
    // model.write on the unit (checked in the use case, documents.versions.routes.test.ts)
    {
      method: 'GET',
      url: `/api/units/${id}/periods/${id}/document-versions`,
      openapi: '/api/units/{unitId}/periods/{periodId}/document-versions',
      allowed: anyRole,
    },
    {
      method: 'GET',
      url: `/api/units/${id}/periods/${id}/document-versions/${id}`,
      openapi: '/api/units/{unitId}/periods/{periodId}/document-versions/{versionId}',
      allowed: anyRole,
    },
    {
      method: 'POST',
      url: `/api/units/${id}/periods/${id}/document-versions`,
      openapi: '/api/units/{unitId}/periods/{periodId}/document-versions',
      allowed: anyRole,
    },
  ];
}

/** A person's own notifications (any signed-in person) and the tenant's reminder setting (admin). */
function notificationRoutes(): typeof routes {
  const base = '/api/notifications';
  return [
    { method: 'GET', url: base, openapi: base, allowed: signedIn },
    {
      method: 'POST',
      url: `${base}/${id}/read`,
      openapi: `${base}/{id}/read`,
      allowed: signedIn,
    },
    { method: 'POST', url: `${base}/read-all`, openapi: `${base}/read-all`, allowed: signedIn },
    {
      method: 'GET',
      url: `${base}/preferences`,
      openapi: `${base}/preferences`,
      allowed: signedIn,
    },
    {
      method: 'PUT',
      url: `${base}/preferences`,
      openapi: `${base}/preferences`,
      allowed: signedIn,
    },
    { method: 'GET', url: `${base}/settings`, openapi: `${base}/settings`, allowed: ['admin'] },
    { method: 'PUT', url: `${base}/settings`, openapi: `${base}/settings`, allowed: ['admin'] },
  ];
}

/** The city's compilation: an administrator or a controller of the top unit (here KF). */
function compilationRoutes(): typeof routes {
  const base = '/api/compilations';
  return [
    { method: 'GET', url: base, openapi: base, allowed: modellers },
    { method: 'POST', url: base, openapi: base, allowed: modellers },
    { method: 'GET', url: `${base}/${id}`, openapi: `${base}/{id}`, allowed: modellers },
    {
      method: 'POST',
      url: `${base}/${id}/cancel`,
      openapi: `${base}/{id}/cancel`,
      allowed: modellers,
    },
    { method: 'GET', url: `${base}/${id}/file`, openapi: `${base}/{id}/file`, allowed: modellers },
  ];
}

let ctx: Awaited<ReturnType<typeof createTestApp>>;
const sessions = new Map<Caller, Session>();

beforeAll(async () => {
  ctx = await createTestApp();
  const tenant = await buildTenant(ctx.database);
  // Unit-scoped roles need a unit; any unit id of the tenant will do for the route guard.
  const admin = await buildUser(ctx.database, tenant.id, [{ role: 'admin' }]);
  sessions.set('admin', await login(ctx.app, admin.email));
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/org/reorganisations',
    headers: as(sessions.get('admin')!),
    payload: {
      title: 'Start',
      effectiveDate: '2020-01-01',
      changes: [
        { type: 'open', key: 'kf', name: 'Kommunfullmäktige', kind: 'council', parent: null },
      ],
      revision: 0,
    },
  });
  expect(created.statusCode).toBe(201);
  const tree = await ctx.app.inject({
    method: 'GET',
    url: '/api/org/units?date=2020-01-01',
    headers: as(sessions.get('admin')!),
  });
  const unitId = tree.json<{ units: { id: string }[] }>().units[0]!.id;
  for (const role of ['controller', 'reporter', 'approver', 'reader'] as const) {
    const user = await buildUser(ctx.database, tenant.id, [
      { role, unitId: role === 'reader' ? null : unitId },
    ]);
    sessions.set(role, await login(ctx.app, user.email));
  }
  const nobody = await buildUser(ctx.database, tenant.id, []);
  sessions.set('no-role', await login(ctx.app, nobody.email));
});
afterAll(() => ctx.close());

describe('the permission matrix', () => {
  test('covers every route the API documents', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set([
      ...routes.map((r) => `${r.method} ${r.openapi}`),
      'POST /api/auth/login',
      'POST /api/auth/logout',
    ]);
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
  });

  for (const route of routes) {
    for (const caller of callers) {
      const allowed = route.allowed.includes(caller);
      test(`${route.method} ${route.openapi} is ${allowed ? 'allowed' : 'refused'} for ${caller}`, async () => {
        const session = sessions.get(caller);
        const response = await ctx.app.inject({
          method: route.method,
          url: route.url,
          headers: session ? as(session) : {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        if (allowed) expect([401, 403]).not.toContain(response.statusCode);
        else expect(response.statusCode).toBe(caller === 'public' ? 401 : 403);
      });
    }
  }
});

describe('cross-site request forgery', () => {
  test('a state-changing request without the CSRF header is refused and changes nothing', async () => {
    const admin = sessions.get('admin')!;
    const before = (
      await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })
    ).json<{ users: unknown[] }>();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { email: 'csrf@test.example', name: 'Forged', password: 'long enough password' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('auth.csrf_failed');
    const after = (
      await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })
    ).json<{ users: unknown[] }>();
    expect(after.users).toHaveLength(before.users.length);
  });

  test('a wrong CSRF token is refused', async () => {
    const admin = sessions.get('admin')!;
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/org/reorganisations/preview',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'not-the-token' },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
  });
});

/** A unit's decision case; the decision and statements are checked on the unit in the use case. */
function decisionRoutes(): typeof routes {
  const url = `/api/units/${id}/periods/${id}/decision-case`;
  const openapi = '/api/units/{unitId}/periods/{periodId}/decision-case';
  return [
    { method: 'GET', url, openapi, allowed: anyRole },
    { method: 'PUT', url, openapi, allowed: writers },
    { method: 'PUT', url: `${url}/decision`, openapi: `${openapi}/decision`, allowed: anyRole },
    {
      method: 'POST',
      url: `${url}/statements`,
      openapi: `${openapi}/statements`,
      allowed: anyRole,
    },
    {
      method: 'PUT',
      url: `${url}/statements/${id}`,
      openapi: `${openapi}/statements/{statementId}`,
      allowed: anyRole,
    },
    {
      method: 'DELETE',
      url: `${url}/statements/${id}?version=1`,
      openapi: `${openapi}/statements/{statementId}`,
      allowed: anyRole,
    },
    {
      method: 'GET',
      url: `/api/public/0180/reports/${id}/${id}/decision`,
      openapi: '/api/public/{scbCode}/reports/{periodId}/{unitId}/decision',
      allowed: callers,
    },
    {
      method: 'GET',
      url: `${url}/document?format=html`,
      openapi: `${openapi}/document`,
      allowed: anyRole,
    },
  ];
}

/** Staff key figures and feedback of a unit and year (server/modules/hr, server/modules/feedback). */
function staffAndFeedbackRoutes(): typeof routes {
  const staff = `/api/units/${id}/years/2015/staff-figures`;
  const staffDoc = '/api/units/{unitId}/years/{year}/staff-figures';
  const feedback = `/api/units/${id}/years/2015/feedback`;
  const feedbackDoc = '/api/units/{unitId}/years/{year}/feedback';
  const indices = '/api/years/2015/staff-indices';
  const indicesDoc = '/api/years/{year}/staff-indices';
  return [
    { method: 'GET', url: staff, openapi: staffDoc, allowed: anyRole },
    { method: 'PUT', url: staff, openapi: staffDoc, allowed: writers },
    { method: 'GET', url: `${staff}/rollup`, openapi: `${staffDoc}/rollup`, allowed: anyRole },
    { method: 'GET', url: indices, openapi: indicesDoc, allowed: anyRole },
    { method: 'PUT', url: indices, openapi: indicesDoc, allowed: ['admin'] },
    {
      method: 'GET',
      url: '/api/years/2015/staff-figures/export',
      openapi: '/api/years/{year}/staff-figures/export',
      allowed: anyRole,
    },
    {
      method: 'POST',
      url: '/api/staff-figures/import?year=2015',
      openapi: '/api/staff-figures/import',
      allowed: writers,
    },
    { method: 'GET', url: feedback, openapi: feedbackDoc, allowed: anyRole },
    { method: 'PUT', url: feedback, openapi: feedbackDoc, allowed: writers },
    {
      method: 'GET',
      url: '/api/years/2015/feedback/export',
      openapi: '/api/years/{year}/feedback/export',
      allowed: anyRole,
    },
    {
      method: 'POST',
      url: '/api/feedback/import?year=2015',
      openapi: '/api/feedback/import',
      allowed: writers,
    },
  ];
}

/**
 * Internal control of a unit and year (modules/internal-control). The adoption routes ask only
 * followup.read of the route; the use case asks an approver or controller of the unit (tested in
 * internal-control.routes.test.ts), so here every role gets past the route.
 */
function internalControlRoutes(): typeof routes {
  const base = `/api/units/${id}/years/2015/internal-control`;
  const doc = '/api/units/{unitId}/years/{year}/internal-control';
  return [
    { method: 'GET', url: base, openapi: doc, allowed: anyRole },
    { method: 'GET', url: `${base}.csv`, openapi: `${doc}.csv`, allowed: anyRole },
    { method: 'GET', url: `${base}.xlsx`, openapi: `${doc}.xlsx`, allowed: anyRole },
    {
      method: 'GET',
      url: '/api/internal-control/overview?year=2015',
      openapi: '/api/internal-control/overview',
      allowed: anyRole,
    },
    {
      method: 'POST',
      url: '/api/internal-control/import?year=2015',
      openapi: '/api/internal-control/import',
      allowed: writers,
    },
    { method: 'POST', url: `${base}/risks`, openapi: `${doc}/risks`, allowed: writers },
    {
      method: 'PUT',
      url: `${base}/risks/${id}`,
      openapi: `${doc}/risks/{riskId}`,
      allowed: writers,
    },
    {
      method: 'DELETE',
      url: `${base}/risks/${id}?version=1`,
      openapi: `${doc}/risks/{riskId}`,
      allowed: writers,
    },
    {
      method: 'POST',
      url: `${base}/risks/${id}/controls`,
      openapi: `${doc}/risks/{riskId}/controls`,
      allowed: writers,
    },
    {
      method: 'PUT',
      url: `${base}/controls/${id}`,
      openapi: `${doc}/controls/{controlId}`,
      allowed: writers,
    },
    {
      method: 'DELETE',
      url: `${base}/controls/${id}?version=1`,
      openapi: `${doc}/controls/{controlId}`,
      allowed: writers,
    },
    {
      method: 'PUT',
      url: `${base}/controls/${id}/follow-ups/VB`,
      openapi: `${doc}/controls/{controlId}/follow-ups/{periodKey}`,
      allowed: writers,
    },
    { method: 'PUT', url: `${base}/adoption`, openapi: `${doc}/adoption`, allowed: anyRole },
    {
      method: 'DELETE',
      url: `${base}/adoption?version=1`,
      openapi: `${doc}/adoption`,
      allowed: anyRole,
    },
  ];
}

/**
 * Kommunkompassen (modules/compass): every role reads; the writes pass the route on model.write
 * and the use cases ask it on a top unit (evaluations) or on the responsible unit (an improvement
 * point made an activity), tested in compass.routes.test.ts.
 */
function compassRoutes(): typeof routes {
  const base = '/api/compass/evaluations';
  return [
    { method: 'GET', url: base, openapi: base, allowed: anyRole },
    { method: 'GET', url: `${base}/${id}`, openapi: `${base}/{id}`, allowed: anyRole },
    { method: 'DELETE', url: `${base}/${id}`, openapi: `${base}/{id}`, allowed: modellers },
    {
      method: 'GET',
      url: `${base}/${id}/export?format=csv`,
      openapi: `${base}/{id}/export`,
      allowed: anyRole,
    },
    { method: 'POST', url: `${base}/import`, openapi: `${base}/import`, allowed: modellers },
    {
      method: 'POST',
      url: `/api/compass/points/${id}/activity`,
      openapi: '/api/compass/points/{id}/activity',
      allowed: modellers,
    },
  ];
}
