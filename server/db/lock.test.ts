import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DatabaseInUseError, LOCK_FILE, lockDataDir, type LockHolder } from './lock.ts';

/**
 * The embedded database is single-process: a running server holds its data directory, and a
 * command on the same directory is refused until the server stops. Real processes, as a person
 * at a terminal runs them.
 */
const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let pglite: string;
let lockFile: string;
let server: ChildProcess | undefined;
const gotland = ['--name', 'Region Gotland', '--scb-code', '09', '--kind', 'region'];

const env = () => ({
  ...process.env,
  RODTRAD_DATA_DIR: dir,
  DATABASE_URL: '',
  LOG_LEVEL: 'silent',
});

function rodtrad(...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // `npm run rodtrad --` is `tsx server/cli.ts`; node with tsx's loader skips npx's start-up.
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', ...args],
      { cwd: root, env: env(), timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** `rodtrad serve` on the directory, without the demo; resolves once it listens. */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve'], {
    cwd: root,
    env: {
      ...env(),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      RODTRAD_DEMO: 'false',
    },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Rödtråd is running on')) resolve();
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Every file below the directory with its size and modification time. */
function snapshot(directory: string) {
  return fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(directory, name));
      return `${name} ${stat.isDirectory() ? 'dir' : `${stat.size} ${stat.mtimeMs}`}`;
    });
}

/** The pid of a process that has come and gone. */
function deadPid() {
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('exit', () => resolve(child.pid!));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rodtrad-lock-'));
  pglite = path.join(dir, 'pglite');
  lockFile = path.join(pglite, LOCK_FILE);
  server = await startServer();
}, 120_000);
afterAll(async () => {
  if (server) await stop(server);
  await rm(dir, { recursive: true, force: true });
});

describe('a running server', () => {
  test('holds the data directory: a command on it is refused and changes nothing', async () => {
    const holder = JSON.parse(await readFile(lockFile, 'utf8')) as LockHolder;
    expect(holder).toMatchObject({
      pid: server!.pid,
      host: os.hostname(),
      command: 'rodtrad serve',
    });
    expect(new Date(holder.startedAt).getTime()).not.toBeNaN();

    // The server writes its own data now and then (the job queue's clock, its maintenance): it is
    // paused while the commands run, so that any change to the directory would be theirs. A paused
    // process is still running and still holds the lock.
    process.kill(server!.pid!, 'SIGSTOP');
    try {
      await refusedAndUnchanged(holder);
    } finally {
      process.kill(server!.pid!, 'SIGCONT');
    }
  }, 60_000);

  async function refusedAndUnchanged(holder: LockHolder) {
    const before = snapshot(pglite);
    const out = await rodtrad('tenants:add', ...gotland);
    expect(out.code).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      `Error (database.in_use): The embedded database in ${pglite} is in use by process ${holder.pid} on ${holder.host} (rodtrad serve, since ${holder.startedAt}); only one process may open it (PGlite is single-process).`,
    );
    expect(lines).toContain(
      'Stop the Rödtråd server first, or do this through the API, or run Rödtråd against a PostgreSQL server (DATABASE_URL).',
    );
    expect(lines).toContain(`If no such process is running, delete ${lockFile}.`);
    expect(out.stderr).not.toMatch(/^\s+at /m); // no stack trace

    // the modules' commands open the database the same way
    const economy = await rodtrad(
      'economy:export',
      ...['--tenant', '0180', '--unit', 'Kommunstyrelsen', '--year', '2015'],
      ...['--out', path.join(dir, 'ks.xlsx')],
    );
    expect(economy.code).toBe(1);
    expect(economy.stderr.trim().split('\n')[0]).toBe(lines[0]);
    // opening a unit too: it does not write beside the server, it says how to go on
    const opened = await rodtrad(
      'org:open',
      ...['--tenant', '0180', '--name', 'Kulturnämnden', '--kind', 'committee'],
      ...['--parent', 'none', '--on', '2016-01-01'],
    );
    expect(opened.code).toBe(1);
    expect(opened.stderr.trim().split('\n')).toEqual(lines);
    expect(snapshot(pglite)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'ks.xlsx'))).toBe(false);
  }

  test('a second server on the directory is refused too', async () => {
    const out = await rodtrad('serve');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`Error (database.in_use): The embedded database in ${pglite}`);
  }, 60_000);

  test('once it stops, the lock is gone and the command works', async () => {
    await stop(server!);
    expect(fs.existsSync(lockFile)).toBe(false);

    const added = await rodtrad('tenants:add', ...gotland);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Added Region Gotland (09)');
    expect(fs.existsSync(lockFile)).toBe(false);
  }, 60_000);

  test('a lock left by a process that is gone is taken over, saying so', async () => {
    const stale: LockHolder = {
      pid: await deadPid(),
      host: os.hostname(),
      command: 'rodtrad serve',
      startedAt: '2026-01-01T00:00:00.000Z',
    };
    await writeFile(lockFile, JSON.stringify(stale), { flag: 'wx' });

    const out = await rodtrad('tenants:list');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(
      `Taking over the stale lock on ${pglite}: process ${stale.pid} on ${stale.host} (rodtrad serve, since 2026-01-01T00:00:00.000Z) is no longer running.`,
    );
    expect(out.stdout).toContain('09\tregion\tRegion Gotland');
    expect(fs.existsSync(lockFile)).toBe(false);
  }, 60_000);
});

describe('lockDataDir', () => {
  let here: string;
  const file = () => path.join(here, LOCK_FILE);
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeAll(async () => {
    here = await mkdtemp(path.join(os.tmpdir(), 'rodtrad-lockdir-'));
  });
  afterAll(() => rm(here, { recursive: true, force: true }));

  test('refuses a second opener in the same process until the first releases', () => {
    const release = lockDataDir(here, log);
    let refusal: unknown;
    try {
      lockDataDir(here, log);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseInUseError);
    expect(refusal).toMatchObject({ code: 'database.in_use', holder: { pid: process.pid } });
    release();
    expect(fs.existsSync(file())).toBe(false);
    lockDataDir(here, log)();
  });

  test('takes over a lock naming this pid that this process does not hold (a restarted container)', async () => {
    await writeFile(
      file(),
      JSON.stringify({ pid: process.pid, host: os.hostname(), command: 'x', startedAt: 'y' }),
    );
    lines.length = 0;
    const release = lockDataDir(here, log);
    expect(lines).toEqual([
      `Taking over the stale lock on ${here}: process ${process.pid} on ${os.hostname()} (x, since y) is no longer running.`,
    ]);
    release();
  });

  test('refuses a lock held on another host, whose process it cannot see', async () => {
    await writeFile(
      file(),
      JSON.stringify({ pid: await deadPid(), host: 'elsewhere', command: 'x', startedAt: 'y' }),
    );
    expect(() => lockDataDir(here, log)).toThrow(/in use by process \d+ on elsewhere/);
    await rm(file());
  });

  test('refuses an unreadable lock while it is new, takes it over once old', async () => {
    await writeFile(file(), '');
    expect(() => lockDataDir(here, log)).toThrow(/in use by another process/);
    const old = new Date(Date.now() - 60_000);
    await utimes(file(), old, old);
    lines.length = 0;
    lockDataDir(here, log)();
    expect(lines).toEqual([`Taking over the stale lock on ${here}: its lock file was unreadable.`]);
    expect(fs.existsSync(file())).toBe(false);
  });
});
