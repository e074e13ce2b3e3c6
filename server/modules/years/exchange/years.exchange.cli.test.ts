import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { YearFile } from '#contracts/years.exchange.ts';
import { buildApp } from '#server/app.ts';
import { openConfiguredDatabase } from '#server/db/open.ts';
import { FIXED_NOW, as, testConfig } from '#server/testing.ts';
import { auditLogTable } from '../../audit/audit.table.ts';
import { client, type Municipality, type TestApp } from '../../org/org.routes.testing.ts';
import { usersTable } from '../../people/people.table.ts';
import { enterYear2024 } from './years.exchange.routes.testing.ts';

/**
 * `npm run rodtrad -- year:export | year:import` as a person at a terminal runs them, against an
 * embedded database in a directory of its own.
 */
const root = path.resolve(import.meta.dirname, '../../../..');
let dir: string;
let a: Municipality;
let b: Municipality;

function rodtrad(...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // `npm run rodtrad --` is `tsx server/cli.ts`; node with tsx's loader skips npx's start-up.
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, RODTRAD_DATA_DIR: dir, DATABASE_URL: '' },
        maxBuffer: 10 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const open = () => openConfiguredDatabase({ dataDir: dir, databaseUrl: undefined }, () => {});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-exchange-'));
  const database = await open();
  const app = await buildApp({ database, config: testConfig, now: () => FIXED_NOW });
  const ctx: TestApp = { app, database, close: async () => {} };
  const api = client(() => ctx);
  a = await api.municipality();
  b = await api.municipality();
  await enterYear2024(ctx, a);
  // version 4: an internal control risk and staff figures travel through the same use cases
  const risk = await app.inject({
    method: 'POST',
    url: `/api/units/${a.slk}/years/2024/internal-control/risks`,
    headers: as(a.admin),
    payload: { process: 'Inköp', probability: 2, consequence: 3 },
  });
  expect(risk.statusCode, risk.body).toBe(200);
  const staff = await app.inject({
    method: 'PUT',
    url: `/api/units/${a.slk}/years/2024/staff-figures`,
    headers: as(a.admin),
    payload: { leavers: 3, averageHeadcount: 40, version: 0 },
  });
  expect(staff.statusCode, staff.body).toBe(200);
  await app.close();
  await database.close();
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the command line', () => {
  test('exports a unit’s year by its name to standard output, and to a file', async () => {
    const out = await rodtrad(
      'year:export',
      ...['--tenant', a.tenant.scbCode, '--unit', 'Stadsledningskontoret', '--year', '2024'],
    );
    expect(out.code, out.stderr).toBe(0);
    const file = JSON.parse(out.stdout) as YearFile;
    expect(file).toMatchObject({ unit: { id: a.slk }, year: 2024 });
    expect(file.goals).toHaveLength(3);

    const target = path.join(dir, 'slk.json');
    const saved = await rodtrad(
      'year:export',
      ...['--tenant', a.tenant.scbCode, '--unit', a.slk, '--year', '2024', '--out', target],
    );
    expect(saved.code).toBe(0);
    expect(saved.stderr).toContain(`Wrote Stadsledningskontoret 2024 to ${target}.`);
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual(file);
  }, 60_000);

  test('prints every problem of a file on a line of its own and exits with 1', async () => {
    const file = JSON.parse(await readFile(path.join(dir, 'slk.json'), 'utf8')) as YearFile;
    file.goals[2]!.parents = ['g9'];
    file.activities[0]!.endsOn = '2023-01-01';
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify(file));
    const out = await rodtrad('year:import', '--tenant', b.tenant.scbCode, '--file', broken);
    expect(out.code).toBe(1);
    const lines = out.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^The file cannot be imported: \d+ problems\. Nothing was written\.$/),
    );
    expect(lines).toContain(
      '  goals.2.parents.0: there is no goal g9 in the file: use the ref of one of its goals, or add the goal',
    );
    expect(lines).toContain('  activities.0.endsOn: must not be before startsOn');
  }, 30_000);

  test('checks a file in a dry run, then imports it in the name of "Kommandoraden"', async () => {
    const file = path.join(dir, 'slk.json');
    const args = ['year:import', '--tenant', b.tenant.scbCode, '--file', file];
    const dry = await rodtrad(...args, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(
      'Dry run: the file can be imported into Stadsledningskontoret 2024',
    );
    expect(dry.stdout).toContain('the budget year 2024 would be added');

    const real = await rodtrad(...args);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toContain('Imported Stadsledningskontoret 2024');
    expect(real.stdout).toContain('3 goals created, 0 already there');
    expect(real.stdout).toContain('0 chapter texts, 0 goals assigned to the unit');
    expect(real.stdout).toContain(
      'internal control: 1 risks, 0 controls, 0 follow-ups; staff figures of 1 years, feedback of 0 years',
    );
    expect(real.stderr).toContain(
      `The economy is not in the year file: move it with economy:export --tenant ${b.tenant.scbCode} --unit "Stadsledningskontoret" --year 2024`,
    );

    const database = await open();
    try {
      const [account] = await database.db
        .select()
        .from(usersTable)
        .where(eq(usersTable.tenantId, b.tenant.id))
        .then((rows) => rows.filter((u) => u.name === 'Kommandoraden'));
      expect(account).toMatchObject({ disabled: true });
      const entries = await database.db
        .select()
        .from(auditLogTable)
        .where(eq(auditLogTable.entity, 'unit_year'));
      expect(entries).toMatchObject([{ userId: account!.id, userName: 'Kommandoraden' }]);
      const accounts = await database.db
        .select()
        .from(auditLogTable)
        .where(eq(auditLogTable.userId, account!.id))
        .then((rows) =>
          rows.filter((r) => ['internal_control_risk', 'hr_staff_figures'].includes(r.entity)),
        );
      expect(accounts.map((r) => [r.entity, r.action])).toEqual(
        expect.arrayContaining([
          ['internal_control_risk', 'create'],
          ['hr_staff_figures', 'create'],
        ]),
      );
    } finally {
      await database.close();
    }
  }, 90_000);
});
