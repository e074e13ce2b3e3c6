import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '#server/app.ts';
import { openConfiguredDatabase } from '#server/db/open.ts';
import { repositories } from '#server/repositories.ts';
import { FIXED_NOW, testConfig } from '#server/testing.ts';
import { auditLogTable } from '../audit/audit.table.ts';
import { client, type Municipality, type TestApp } from './org.routes.testing.ts';

/**
 * `npm run rodtrad -- org:open | org:reorganise` as a person at a terminal runs them, against an
 * embedded database in a directory of its own: KF > Stadsledningskontoret > {Ekonomi, IT}.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let town: Municipality;

function rodtrad(...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', ...args],
      { cwd: root, env: { ...process.env, RODTRAD_DATA_DIR: dir, DATABASE_URL: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const open = () => openConfiguredDatabase({ dataDir: dir, databaseUrl: undefined }, () => {});

/** The tenant's units on a date, by name, with their parents' names. */
async function treeOn(date: string) {
  const database = await open();
  try {
    const units = await repositories(database.db).org.treeAt(town.tenant.id, date);
    const nameOf = new Map(units.map((u) => [u.id, u.name]));
    return new Map(units.map((u) => [u.name, u.parentId ? nameOf.get(u.parentId)! : null]));
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-org-'));
  const database = await open();
  const app = await buildApp({ database, config: testConfig, now: () => FIXED_NOW });
  const ctx: TestApp = { app, database, close: async () => {} };
  town = await client(() => ctx).municipality();
  await app.close();
  await database.close();
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const tenant = () => ['--tenant', town.tenant.scbCode];
const culture = ['--name', 'Kulturnämnden', '--kind', 'committee', '--on', '2014-01-01'];

describe('opening a unit from the command line', () => {
  test('a dry run says what would be opened and writes nothing', async () => {
    const out = await rodtrad('org:open', ...tenant(), ...culture, '--parent', 'none', '--dry-run');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('Dry run:');
    expect(out.stdout).toContain('  opened Kulturnämnden');
    expect((await treeOn('2014-06-30')).has('Kulturnämnden')).toBe(false);
  }, 60_000);

  test('a parent that is not there on the date is refused, naming the option', async () => {
    const out = await rodtrad(
      'org:open',
      ...tenant(),
      ...culture,
      '--parent',
      'Kulturförvaltningen',
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(
      '--parent: there is no unit "Kulturförvaltningen" in the organisation on 2014-01-01',
    );
  }, 60_000);

  test('opens the unit under its parent from the date, audited as "Kommandoraden"', async () => {
    // KF exists from 2020 in this town: a committee of 2014 stands on its own
    const out = await rodtrad('org:open', ...tenant(), ...culture, '--parent', 'none');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/opened Kulturnämnden, id [0-9a-f-]{36}/);
    expect((await treeOn('2014-01-01')).get('Kulturnämnden')).toBeNull();
    expect((await treeOn('2013-12-31')).has('Kulturnämnden')).toBe(false);

    const child = await rodtrad(
      'org:open',
      ...tenant(),
      ...['--name', 'Kulturförvaltningen', '--kind', 'administration'],
      ...['--parent', 'Kulturnämnden', '--on', '2015-01-01'],
    );
    expect(child.code, child.stderr).toBe(0);
    expect((await treeOn('2015-06-30')).get('Kulturförvaltningen')).toBe('Kulturnämnden');

    const database = await open();
    try {
      const entries = await database.db
        .select()
        .from(auditLogTable)
        .where(eq(auditLogTable.entity, 'reorganisation'));
      expect(entries.filter((e) => e.userName === 'Kommandoraden')).toHaveLength(2);
    } finally {
      await database.close();
    }
  }, 60_000);
});

describe('a reorganisation file', () => {
  test('is the API’s reorganisation, made against the current revision', async () => {
    const file = path.join(dir, 'reorganisation.json');
    await writeFile(
      file,
      JSON.stringify({
        title: 'Kulturen under KF',
        effectiveDate: '2021-01-01',
        changes: [
          { type: 'move', unitId: await unitId('Kulturnämnden'), parent: { unitId: town.kf } },
        ],
      }),
    );
    const out = await rodtrad('org:reorganise', ...tenant(), '--file', file);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('moved Kulturnämnden to Kommunfullmäktige');
    expect((await treeOn('2021-01-01')).get('Kulturnämnden')).toBe('Kommunfullmäktige');
  }, 60_000);

  test('with a problem is refused, each problem with its place in the file', async () => {
    const file = path.join(dir, 'broken.json');
    await writeFile(
      file,
      JSON.stringify({ title: 'Tom', effectiveDate: '2021-13-01', changes: [] }),
    );
    const out = await rodtrad('org:reorganise', ...tenant(), '--file', file);
    expect(out.code).toBe(1);
    const lines = out.stderr.split('\n');
    expect(lines).toContainEqual(expect.stringContaining(`${file}: effectiveDate:`));
    expect(lines).toContainEqual(
      expect.stringContaining(`${file}: changes: add at least one change`),
    );
  }, 60_000);
});

async function unitId(name: string): Promise<string> {
  const database = await open();
  try {
    const units = await repositories(database.db).org.treeAt(town.tenant.id, '2020-06-30');
    return units.find((u) => u.name === name)!.id;
  } finally {
    await database.close();
  }
}
