import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Compilation, CompilationList } from '#contracts/compilations.ts';
import type { TreeResponse } from '#contracts/org.ts';
import type { BudgetYear } from '#contracts/years.ts';
import { buildApp } from '#server/app.ts';
import type { Database } from '#server/db/client.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { startJobs, type Jobs } from '#server/jobs/jobs.ts';
import { repositories } from '#server/repositories.ts';
import {
  as,
  buildTenant,
  buildUser,
  FIXED_NOW,
  login,
  testConfig,
  type Session,
} from '#server/testing.ts';
import { seedDemo } from '../../../../demo/seed.ts';
import { DEMO_PASSWORD } from '../../../../demo/stockholm.ts';
import { CompilationStopped, runCompilation } from './documents.compilation.jobs.ts';

/**
 * The city's compilation on the demo, with the job queue running and asking for work often:
 * VB 2015 of every committee, started, followed, cancelled, resumed and downloaded.
 */
let database: Database;
let jobs: Jobs | null;
let app: Awaited<ReturnType<typeof buildApp>>;
let admin: Session;
let vb: string;
let tenantId: string;
let committees: string[];

const startTheJobs = async () => {
  jobs = await startJobs({
    db: database.db,
    config: {
      smtpUrl: undefined,
      mailFrom: 'x@y.se',
      publicUrl: 'https://x.se',
      mailDigestSeconds: 60,
    },
    now: () => FIXED_NOW,
    log: () => {},
    pollingSeconds: 0.5,
  });
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database);
  await startTheJobs();
  app = await buildApp({
    database,
    config: testConfig,
    now: () => FIXED_NOW,
    queue: jobs!.queue,
  });
  admin = await login(app, 'admin@stockholm.example', DEMO_PASSWORD);
  const years = (await get('/api/years')).json<{ years: BudgetYear[] }>().years;
  vb = years.find((y) => y.year === 2015)!.periods.find((p) => p.key === 'VB')!.id;
  tenantId = (await repositories(database.db).tenants.findByScbCode('0180'))!.id;
  const tree = (await get('/api/org/units?date=2015-12-31')).json<TreeResponse>();
  committees = tree.units
    .filter((u) => u.kind === 'committee' || u.kind === 'executive_board')
    .map((u) => u.name);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await jobs?.stop();
  await database?.close();
}, 60_000);

function get(url: string, session: Session = admin) {
  return app.inject({ method: 'GET', url, headers: as(session) });
}
const post = (url: string, payload: object = {}, session: Session = admin) =>
  app.inject({ method: 'POST', url, payload, headers: as(session) });

const start = async (format = 'html', session: Session = admin) => {
  const response = await post('/api/compilations', { periodId: vb, format }, session);
  expect(response.statusCode, response.body).toBe(202);
  return response.json<Compilation>();
};

/** Polls the compilation until `done` says so, keeping every state seen. */
async function follow(id: string, done: (c: Compilation) => boolean, ms = 90_000) {
  const seen: Compilation[] = [];
  const until = Date.now() + ms;
  for (;;) {
    const response = await get(`/api/compilations/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const compilation = response.json<Compilation>();
    seen.push(compilation);
    if (done(compilation) || Date.now() > until) return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
/** A compilation of VB 2015 as HTML, made without sending its job. */
const unstarted = () =>
  repositories(database.db).compilations.insert({
    tenantId,
    periodId: vb,
    year: 2015,
    format: 'html',
    requestedBy: null,
  });
const direct = {
  get db() {
    return database.db;
  },
  printer: { print: () => Promise.reject(new Error('no PDF here')) },
  now: () => FIXED_NOW,
};
const ended = (c: Compilation) => ['done', 'failed', 'cancelled'].includes(c.status);

describe('a compilation started in the app', () => {
  test('runs to done on the queue, its progress moving, and its file holds every committee after the council roll-up', async () => {
    const started = await start();
    expect(started).toMatchObject({ status: 'queued', unitsDone: 0, format: 'html' });
    const seen = await follow(started.id, ended);
    const last = seen.at(-1)!;
    expect(last, last.error ?? '').toMatchObject({
      status: 'done',
      unitsTotal: committees.length,
      unitsDone: committees.length,
      currentUnit: null,
    });
    expect(committees.length).toBeGreaterThan(3);
    // the progress is never more than the total and never goes back
    const done = seen.map((c) => c.unitsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(last.sha256).toMatch(/^[0-9a-f]{64}$/);

    const file = await get(`/api/compilations/${started.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('text/html');
    const html = file.body;
    expect(html).toContain('Stadens sammanställning – ');
    expect(html).toContain('Kommunfullmäktiges mål och nämndernas bedömningar');
    const at = (text: string) => html.indexOf(`>${text}</h2>`);
    expect(at('Inledning')).toBeGreaterThan(0);
    expect(at('Kommunstyrelsen')).toBeGreaterThan(at('Inledning'));
    for (const name of committees) expect(at(name), name).toBeGreaterThan(0);
    expect(at('Trafiknämnden')).toBeGreaterThan(at('Kommunstyrelsen'));
    expect(file.rawPayload.length).toBe(last.size);

    const listed = (await get('/api/compilations')).json<CompilationList>().compilations;
    expect(listed.find((c) => c.id === started.id)).toMatchObject({
      status: 'done',
      requestedBy: 'Alva Administratör',
    });
    const audit = await get(`/api/audit?entity=compilation&entityId=${started.id}`);
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = audit.json<{ entries: { action: string }[] }>().entries.map((e) => e.action);
    expect(actions.sort()).toEqual(['create', 'download']);
  }, 120_000);

  test('a cancelled compilation stops before its next committee, keeps no file and cannot be cancelled again', async () => {
    // made without a job, and run here, so that the cancel comes while it runs
    const id = await unstarted();
    const built: string[] = [];
    await runCompilation(direct, id, {
      onProgress: async ({ unitName }) => {
        if (!unitName) return;
        built.push(unitName);
        if (built.length === 1) {
          const cancelled = await post(`/api/compilations/${id}/cancel`);
          expect(cancelled.statusCode, cancelled.body).toBe(200);
          expect(cancelled.json<Compilation>().status).toBe('cancelled');
        }
      },
    });
    expect(built).toHaveLength(1);
    const after = (await get(`/api/compilations/${id}`)).json<Compilation>();
    expect(after).toMatchObject({
      status: 'cancelled',
      unitsDone: 1,
      fileName: null,
      sha256: null,
    });
    expect((await get(`/api/compilations/${id}/file`)).statusCode).toBe(409);
    expect((await post(`/api/compilations/${id}/cancel`)).statusCode).toBe(409);
  }, 60_000);

  test('bad input is refused naming the field, and nothing is started', async () => {
    const before = (await get('/api/compilations')).json<CompilationList>().compilations.length;
    const format = await post('/api/compilations', { periodId: vb, format: 'odt' });
    expect(format.statusCode).toBe(422);
    expect(format.body).toContain('format');
    const period = await post('/api/compilations', {
      periodId: '00000000-0000-4000-8000-000000000000',
      format: 'html',
    });
    expect(period.statusCode).toBe(404);
    const after = (await get('/api/compilations')).json<CompilationList>().compilations.length;
    expect(after).toBe(before);
  });
});

describe('who may compile', () => {
  test('a controller of Kommunstyrelsen may not; a controller of the council may', async () => {
    const controller = await login(app, 'controller@stockholm.example', DEMO_PASSWORD);
    expect(
      (await post('/api/compilations', { periodId: vb, format: 'html' }, controller)).statusCode,
    ).toBe(403);
    expect((await get('/api/compilations', controller)).statusCode).toBe(403);
    const tree = (await get('/api/org/units?date=2015-12-31')).json<TreeResponse>();
    const council = tree.units.find((u) => u.parentId === null)!;
    const user = await buildUser(database, tenantId, [{ role: 'controller', unitId: council.id }]);
    const councilController = await login(app, user.email);
    const made = await start('html', councilController);
    expect((await get(`/api/compilations/${made.id}`, councilController)).statusCode).toBe(200);
    await post(`/api/compilations/${made.id}/cancel`, {}, councilController);
  });

  test('another tenant’s administrator sees none of the city’s compilations', async () => {
    const mine = await start();
    await post(`/api/compilations/${mine.id}/cancel`);
    const other = await buildTenant(database);
    const user = await buildUser(database, other.id, [{ role: 'admin' }]);
    const stranger = await login(app, user.email);
    expect((await get(`/api/compilations/${mine.id}`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/compilations/${mine.id}/file`, stranger)).statusCode).toBe(404);
    expect((await post(`/api/compilations/${mine.id}/cancel`, {}, stranger)).statusCode).toBe(404);
    expect((await get('/api/compilations', stranger)).json<CompilationList>().compilations).toEqual(
      [],
    );
  });
});

describe('a compilation after a restart', () => {
  test('goes on from the committee after the last one kept: the kept ones are not built again', async () => {
    await jobs!.stop();
    jobs = null;
    const repos = repositories(database.db);
    const id = await unstarted();
    // the first process stops after building two committees
    const built: string[] = [];
    await expect(
      runCompilation(direct, id, {
        stopping: () => built.length >= 2,
        onProgress: ({ unitName }) => {
          if (unitName) built.push(unitName);
        },
      }),
    ).rejects.toBeInstanceOf(CompilationStopped);
    const stopped = await repos.compilations.find(tenantId, id);
    expect(stopped).toMatchObject({ status: 'running', unitsDone: 2 });
    expect(built).toHaveLength(2);

    // the next process: its start-up sweep sends the unfinished compilation again
    await startTheJobs();
    const seen = await follow(id, ended);
    expect(seen.at(-1)).toMatchObject({ status: 'done', unitsDone: committees.length });

    // and run directly, a resumed compilation builds only the committees not kept
    const again = await unstarted();
    const first: string[] = [];
    await runCompilation(direct, again, {
      stopping: () => first.length >= 3,
      onProgress: ({ unitName }) => {
        if (unitName) first.push(unitName);
      },
    }).catch(() => {});
    const second: string[] = [];
    await runCompilation(direct, again, {
      onProgress: ({ unitName }) => {
        if (unitName) second.push(unitName);
      },
    });
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(committees.length - 3);
    expect(second.some((name) => first.includes(name))).toBe(false);
    expect(await repos.compilations.find(tenantId, again)).toMatchObject({ status: 'done' });
  }, 120_000);
});
