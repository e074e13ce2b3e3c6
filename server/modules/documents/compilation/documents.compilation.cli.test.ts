import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openConfiguredDatabase } from '#server/db/open.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { seedDemo } from '../../../../demo/seed.ts';
import { progressLine } from './documents.compilation.cli.ts';

/**
 * `npm run rodtrad -- report --all` as a person at a terminal runs it, on the demo in an
 * embedded database of its own: the city's compilation of VB 2015 as HTML.
 */
const root = path.resolve(import.meta.dirname, '../../../..');
let dir: string;

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

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-compilation-'));
  const database = await openConfiguredDatabase({ dataDir: dir, databaseUrl: undefined }, () => {});
  await migrateDatabase(database);
  await seedDemo(database);
  await database.close();
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rodtrad report --all', () => {
  test('writes every committee’s report after the council roll-up, with a progress line per committee', async () => {
    const out = path.join(dir, 'stad.html');
    const run = await rodtrad(
      'report',
      '--tenant',
      '0180',
      '--year',
      '2015',
      '--period',
      'VB',
      '--all',
      '--out',
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('Kommunfullmäktiges mål och nämndernas bedömningar');
    const at = (name: string) => html.indexOf(`>${name}</h2>`);
    expect(at('Inledning')).toBeGreaterThan(0);
    expect(at('Kommunstyrelsen')).toBeGreaterThan(at('Inledning'));
    expect(at('Trafiknämnden')).toBeGreaterThan(at('Kommunstyrelsen'));
    // not a terminal: a plain line per committee, the first at 0 done
    expect(run.stderr).toMatch(/\] 0 av \d+ nämnder · nu: Kommunstyrelsen\n/);
    expect(run.stderr).toMatch(/Wrote .*stad\.html \(\d+ committees/);
  }, 180_000);

  test('without --all a unit is needed', async () => {
    const run = await rodtrad(
      'report',
      '--tenant',
      '0180',
      '--year',
      '2015',
      '--period',
      'VB',
      '--out',
      path.join(dir, 'x.html'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--unit');
  }, 60_000);
});

describe('the progress bar', () => {
  test('fills in proportion and names the committee being built', () => {
    expect(progressLine(3, 6, 'Trafiknämnden', 10)).toBe(
      '[█████░░░░░] 3 av 6 nämnder · nu: Trafiknämnden',
    );
    expect(progressLine(6, 6, null, 4)).toBe('[████] 6 av 6 nämnder · sätter ihop dokumentet');
  });
});
