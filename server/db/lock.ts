import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';

/**
 * The embedded database is single-process: whoever opens a PGlite data directory holds
 * `rodtrad.lock` in it until it closes the database or exits. A lock whose process is gone
 * (same host, pid not alive) is stale and taken over.
 */
export const LOCK_FILE = 'rodtrad.lock';

/** Who holds a data directory, as written into its lock file. */
export type LockHolder = { pid: number; host: string; command: string; startedAt: string };

/** A lock file too new to have its content yet is in use; older and unreadable, it is stale. */
const UNREADABLE_STALE_AFTER_MS = 10_000;

export class DatabaseInUseError extends AppError {
  constructor(
    public readonly dataDir: string,
    public readonly holder: LockHolder | null,
  ) {
    const lockFile = path.join(dataDir, LOCK_FILE);
    const who = holder
      ? `process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt})`
      : 'another process';
    super(
      'database.in_use',
      409,
      [
        `The embedded database in ${dataDir} is in use by ${who}; only one process may open it (PGlite is single-process).`,
        'Stop the Rödtråd server first, or do this through the API, or run Rödtråd against a PostgreSQL server (DATABASE_URL).',
        `If no such process is running, delete ${lockFile}.`,
      ].join('\n'),
      { dataDir, holder },
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it is there, only not ours to signal
    return errno(error) === 'EPERM';
  }
}

type Found = { text: string; holder: LockHolder | null };

/** The lock file's text and holder; null when there is no lock file (any more). */
function readLock(file: string): Found | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    const valid = Number.isInteger(holder.pid) && typeof holder.host === 'string';
    return { text, holder: valid ? (holder as LockHolder) : null };
  } catch {
    return { text, holder: null };
  }
}

/** The directories this process holds: a lock naming our pid and not in here is a former life's. */
const heldHere = new Set<string>();

function isStale(file: string, dataDir: string, { holder }: Found): boolean {
  if (!holder) {
    try {
      return Date.now() - fs.statSync(file).mtimeMs > UNREADABLE_STALE_AFTER_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== os.hostname()) return false;
  // a container restarts its server with the same pid: ours, yet not held here, it is stale
  if (holder.pid === process.pid) return !heldHere.has(dataDir);
  return !alive(holder.pid);
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** Move a stale lock aside, unless someone replaced it meanwhile: then put theirs back. */
function removeStale(file: string, stale: string) {
  const aside = `${file}.${process.pid}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if (errno(error) === 'ENOENT') return;
    throw error;
  }
  if (fs.readFileSync(aside, 'utf8') !== stale) {
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if (errno(error) !== 'EEXIST') throw error;
    }
  }
  fs.unlinkSync(aside);
}

/**
 * Take the lock on a data directory (made if missing): the lock file is created with `wx`, so of
 * two openers one wins. Throws DatabaseInUseError while a live process holds it. Returns the
 * release, which also runs when the process exits.
 */
export function lockDataDir(directory: string, log: (line: string) => void): () => void {
  const dataDir = path.resolve(directory);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: ['rodtrad', ...process.argv.slice(2)].join(' '),
    startedAt: new Date().toISOString(),
  };
  const content = `${JSON.stringify(mine, null, 2)}\n`;
  const create = () => {
    try {
      fs.writeFileSync(file, content, { flag: 'wx' });
      return true;
    } catch (error) {
      if (errno(error) === 'EEXIST') return false;
      throw error;
    }
  };
  // a few rounds, for a lock that goes away or goes stale while we look at it
  for (let round = 1; !create(); round++) {
    const found = readLock(file);
    if (round > 3 || (found && !isStale(file, dataDir, found)))
      throw new DatabaseInUseError(dataDir, found?.holder ?? null);
    if (!found) continue;
    const { holder } = found;
    log(
      holder
        ? `Taking over the stale lock on ${dataDir}: process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt}) is no longer running.`
        : `Taking over the stale lock on ${dataDir}: its lock file was unreadable.`,
    );
    removeStale(file, found.text);
  }
  heldHere.add(dataDir);

  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    heldHere.delete(dataDir);
    process.off('exit', release);
    try {
      // only our own lock: never one that someone took over after ours went stale
      if (fs.readFileSync(file, 'utf8') === content) fs.unlinkSync(file);
    } catch {
      // gone already
    }
  };
  process.on('exit', release);
  return release;
}
