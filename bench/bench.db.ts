import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import postgres, { type Sql } from 'postgres';
import { reorganisationInput } from '#contracts/org.ts';
import { openDatabase, type Database } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { reorganise } from '#server/modules/org/org.usecases.ts';
import { createUser, hashedUser } from '#server/modules/people/people.usecases.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import { createTenant } from '#server/modules/tenants/tenants.usecases.ts';
import { repositories } from '#server/repositories.ts';

/**
 * What the benchmarks share: the database flags, opening and migrating it, bulk loading by
 * COPY, a seeded random generator, and printing. Not part of the app.
 */

export const DEFAULT_DATA_DIR = path.join('data', 'bench', 'pglite');

export type Target = { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string };

/** `--database-url postgres://…` or `--data-dir dir` (default data/bench/pglite), plus `extra`. */
export function parseFlags<T extends Record<string, { type: 'string' | 'boolean' }>>(
  argv: string[],
  extra: T,
) {
  const { values: parsed } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      ...extra,
    },
    strict: true,
    allowPositionals: false,
  });
  const values = parsed as Record<string, string | boolean | undefined>;
  const url = values['database-url'] as string | undefined;
  const dataDir = values['data-dir'] as string | undefined;
  if (url && dataDir) throw new Error('give --database-url or --data-dir, not both');
  if (url && !/^postgres(ql)?:\/\//.test(url))
    throw new Error('--database-url must start with postgres:// or postgresql://');
  const target: Target = url
    ? { kind: 'postgresql', url }
    : { kind: 'pglite', dataDir: dataDir ?? DEFAULT_DATA_DIR };
  return { target, values };
}

export const describeTarget = (target: Target) =>
  target.kind === 'postgresql'
    ? `PostgreSQL ${new URL(target.url).host}${new URL(target.url).pathname}`
    : `PGlite in ${target.dataDir}`;

export async function openTarget(target: Target): Promise<Database> {
  const database =
    target.kind === 'postgresql'
      ? await openDatabase({ kind: 'postgresql', url: target.url })
      : await openDatabase({ kind: 'pglite', dataDir: target.dataDir });
  await migrateDatabase(database);
  return database;
}

/** The driver under Drizzle, for COPY and for timing raw statements. */
export const driverOf = (database: Database) =>
  (database.db as unknown as { $client: Sql | PGlite }).$client;

/** Runs one SQL text with positional parameters on the bare driver and returns its rows. */
export async function query<T>(database: Database, text: string, params: unknown[]): Promise<T[]> {
  const client = driverOf(database);
  if (database.kind === 'postgresql')
    return (await (client as Sql).unsafe(text, params as never[])) as unknown as T[];
  return (await (client as PGlite).query<T>(text, params)).rows;
}

/** The same, in a transaction with PostgreSQL's JIT compiler off (as the roll-up runs). */
export async function queryWithoutJit<T>(
  database: Database,
  text: string,
  params: unknown[],
): Promise<T[]> {
  const client = driverOf(database);
  if (database.kind === 'postgresql')
    return (await (client as Sql).begin(async (tx) => {
      await tx.unsafe('set local jit = off');
      return tx.unsafe(text, params as never[]);
    })) as unknown as T[];
  return (client as PGlite).transaction(async (tx) => {
    await tx.exec('set local jit = off');
    return (await tx.query<T>(text, params)).rows;
  });
}

// ── Bulk loading ────────────────────────────────────────────────────────────────────────────────

export type Cell = string | number | boolean | null;

const escapeCell = (cell: Cell): string => {
  if (cell === null) return '\\N';
  if (typeof cell !== 'string') return String(cell);
  return /[\\\t\n\r]/.test(cell)
    ? cell
        .replaceAll('\\', '\\\\')
        .replaceAll('\t', '\\t')
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r')
    : cell;
};

/**
 * COPY … FROM STDIN in a transaction on one reserved connection. postgres-js does not report an
 * error that PostgreSQL sends after the last row (the stream finishes, or never does), so a query
 * queued behind the COPY gives the verdict: it fails when the COPY has aborted the transaction.
 */
async function copyIntoPostgres(sql: Sql, statement: string, text: string, skipKeyChecks: boolean) {
  const connection = await sql.reserve();
  try {
    await connection`begin`;
    if (skipKeyChecks) await connection`set local session_replication_role = replica`;
    const writable = await connection.unsafe(statement).writable();
    writable.on('error', () => {}); // the verdict below says it
    writable.end(text);
    let verdict: unknown = null;
    for (;;) {
      try {
        await connection`select 1`;
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'COPY_IN_PROGRESS') {
          verdict = error;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
    if (verdict !== null) {
      await connection`rollback`;
      throw new Error(
        `${statement} failed; PostgreSQL's log says why (postgres-js drops the reason)`,
      );
    }
    await connection`commit`;
  } finally {
    connection.release();
  }
}

/**
 * Rows for one table, sent with COPY … FROM STDIN (PostgreSQL) or from PGlite's /dev/blob in
 * batches. Call `add` for each row and `await flushIfFull()` now and then; `close` sends the rest.
 */
export class CopySink {
  private lines: string[] = [];
  rows = 0;

  constructor(
    private readonly database: Database,
    readonly table: string,
    private readonly columns: readonly string[],
    /**
     * Skip the foreign-key triggers while copying (session_replication_role = replica; needs a
     * superuser): about twice as fast, and safe only because the generator writes parents first.
     */
    private readonly skipKeyChecks = false,
    private readonly batch = 100_000,
  ) {}

  add(...cells: Cell[]) {
    this.lines.push(cells.map(escapeCell).join('\t'));
    this.rows += 1;
  }

  async flushIfFull() {
    if (this.lines.length >= this.batch) await this.flush();
  }

  async flush() {
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    const columns = this.columns.map((c) => `"${c}"`).join(', ');
    const client = driverOf(this.database);
    if (this.database.kind === 'postgresql') {
      await copyIntoPostgres(
        client as Sql,
        `copy "${this.table}" (${columns}) from stdin`,
        text,
        this.skipKeyChecks,
      );
    } else {
      await (client as PGlite).transaction(async (tx) => {
        if (this.skipKeyChecks) await tx.exec('set local session_replication_role = replica');
        await tx.query(`copy "${this.table}" (${columns}) from '/dev/blob'`, [], {
          blob: new Blob([text]),
        });
      });
    }
  }

  close = () => this.flush();
}

// ── Determinism ─────────────────────────────────────────────────────────────────────────────────

/** sfc32: a small, fast, seeded generator; the same seed gives the same tenant. */
export function random(seed: number) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  const hex = (n: number) => next().toString(16).padStart(8, '0').slice(0, n);
  return {
    /** 0 ≤ x < 1 */
    float: () => next() / 4294967296,
    /** 0 ≤ n < max */
    int: (max: number) => Math.floor((next() / 4294967296) * max),
    chance: (p: number) => next() / 4294967296 < p,
    /** a version-4 UUID from the stream */
    uuid: () => {
      const variant = (8 + (next() % 4)).toString(16);
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(8)}${hex(4)}`;
    },
    /** an item by weight: [[item, weight], …] */
    weighted<T>(table: readonly (readonly [T, number])[]): T {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let x = (next() / 4294967296) * total;
      for (const [item, w] of table) if ((x -= w) < 0) return item;
      return table[table.length - 1]![0];
    },
    /** k distinct indexes below n (k ≤ n) */
    sample(n: number, k: number): number[] {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(k, n)) chosen.add(Math.floor((next() / 4294967296) * n));
      return [...chosen];
    },
  };
}
export type Random = ReturnType<typeof random>;

// ── Printing ────────────────────────────────────────────────────────────────────────────────────

const numbers = new Intl.NumberFormat('sv-SE');
export const n = (value: number) => numbers.format(value);
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;

// ── A fresh database and a tenant to act in ─────────────────────────────────────────────────────

/**
 * PostgreSQL at BENCH_DATABASE_URL (else `defaultUrl`), dropped and made afresh, or PGlite in
 * memory; migrated.
 */
export async function freshDatabase(
  kind: 'postgresql' | 'pglite',
  defaultUrl: string,
): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateDatabase(database);
    return database;
  }
  const url = new URL(process.env.BENCH_DATABASE_URL ?? defaultUrl);
  const name = url.pathname.slice(1);
  const admin = postgres({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: url.username || 'postgres',
    database: 'postgres',
    max: 1,
    onnotice: () => {},
  });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgresql', url: url.toString(), max: 4 });
  await migrateDatabase(database);
  return database;
}

/** A tenant with an administrator to act as, and an organisation from 2014 of these units. */
export async function benchTenant(
  database: Database,
  scbCode: string,
  units: { key: string; name: string; kind: string; parent: string | null }[],
): Promise<Principal> {
  const repos = repositories(database.db);
  const tenant = await createTenant(repos, { name: `Bench ${scbCode}`, scbCode, kind: 'kommun' });
  const system = { tenantId: tenant.id, userId: null, userName: 'bench' };
  const user = await createUser(
    repos,
    system,
    await hashedUser({
      email: `bench-${scbCode}@bench.example`,
      name: 'Bench',
      password: 'not used by anyone',
    }),
  );
  const principal: Principal = {
    tenantId: tenant.id,
    userId: user.id,
    userName: user.name,
    email: user.email,
    csrfToken: '',
    grants: [{ id: 'bench', role: 'admin', unitId: null, unitName: null }],
  };
  await reorganise(
    repos,
    actorOf(principal),
    reorganisationInput.parse({
      title: 'Benchorganisation',
      effectiveDate: '2014-01-01',
      revision: 0,
      changes: units.map((u) => ({
        type: 'open',
        key: u.key,
        name: u.name,
        kind: u.kind,
        parent: u.parent === null ? null : { key: u.parent },
      })),
    }),
  );
  return principal;
}
