import PgBoss from 'pg-boss';
import type { Db } from '#server/db/client.ts';

/**
 * The job queue: pg-boss on our own database connection (decision 009). pg-boss keeps its tables
 * in its own schema, `pgboss`, which it creates and migrates itself at start; they are not in the
 * drizzle migrations.
 *
 * pg-boss is given an executor over the connection the server already holds: the embedded
 * PGlite is one session in this process and cannot be opened a second time, and on PostgreSQL
 * the same adapter keeps one code path. An executor over a transaction lets a use case enqueue a
 * job that exists exactly when its transaction commits.
 */
export type SqlExecutor = {
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};

type PgliteLike = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  exec: (text: string) => Promise<{ rows: Record<string, unknown>[] }[]>;
};
type PostgresLike = {
  unsafe: (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;
  /** only on the pool, not in a transaction */
  reserve?: () => Promise<PostgresLike & { release: () => void }>;
};

/** The driver's own client under a Drizzle database or transaction (PGlite or postgres-js). */
const clientOf = (db: Db) =>
  (db as unknown as { session: { client: PgliteLike | PostgresLike } }).session.client;

/** As pg sends them: undefined as null, a plain object as JSON (postgres-js takes neither). */
const jsonObjects = (value: unknown) =>
  value === undefined
    ? null
    : value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        !(value instanceof Date) &&
        !Buffer.isBuffer(value)
      ? JSON.stringify(value)
      : value;

export function sqlExecutor(db: Db): SqlExecutor {
  const client = clientOf(db);
  if ('unsafe' in client)
    return {
      executeSql: async (text, values = []) => {
        if (values.length > 0 || !client.reserve)
          return { rows: [...(await client.unsafe(text, values.map(jsonObjects)))] };
        // pg-boss's scripts (BEGIN … COMMIT, many statements) need one connection of their own;
        // without values postgres-js sends the simple protocol, which runs many statements
        const connection = await client.reserve();
        try {
          return { rows: [...(await connection.unsafe(text))] };
        } finally {
          connection.release();
        }
      },
    };
  return {
    executeSql: async (text, values = []) => {
      if (values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}

export type JobQueue = {
  /** Enqueue a job; with `tx`, the job exists exactly when that transaction commits. */
  send: (name: string, data: object, options?: SendOptions) => Promise<string | null>;
  /** Run `handler` for each job of the queue `name`; a throw retries it later. */
  work: <T extends object>(name: string, handler: (data: T) => Promise<void>) => Promise<void>;
  /** Run `name` on a cron schedule (UTC). */
  schedule: (name: string, cron: string) => Promise<void>;
  stop: () => Promise<void>;
};

export type SendOptions = {
  tx?: Db;
  /** at most one waiting job per key: a later send while one waits is dropped */
  singletonKey?: string;
  startAfterSeconds?: number;
};

export type QueueOptions = {
  /** how often an idle worker asks for work */
  pollingSeconds?: number;
  /** where failures are told: the message only, never the job's data */
  log?: (line: string) => void;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const RETRIES = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

/**
 * Starts pg-boss on `db` (creating or migrating its schema) and returns the queue. Every queue
 * a job is sent to must be named in `queues` first: pg-boss 10 refuses jobs for unknown queues.
 */
export async function startQueue(
  db: Db,
  queues: readonly { name: string; policy?: 'standard' | 'short' }[],
  options: QueueOptions = {},
): Promise<JobQueue> {
  const log = options.log ?? (() => {});
  const boss = new PgBoss({ db: sqlExecutor(db), schema: 'pgboss', supervise: true });
  boss.on('error', (error) => log(`The job queue failed: ${messageOf(error)}`));
  await boss.start();
  for (const queue of queues)
    await boss.createQueue(queue.name, {
      name: queue.name,
      policy: queue.policy ?? 'standard',
      ...RETRIES,
    });
  const pollingIntervalSeconds = options.pollingSeconds ?? 2;
  return {
    send: (name, data, { tx, singletonKey, startAfterSeconds } = {}) =>
      boss.send(name, data, {
        ...(tx ? { db: sqlExecutor(tx) } : {}),
        ...(singletonKey ? { singletonKey } : {}),
        ...(startAfterSeconds ? { startAfter: startAfterSeconds } : {}),
      }),
    work: async (name, handler) => {
      await boss.work(name, { pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs)
          try {
            await handler(job.data as never);
          } catch (error) {
            log(`Job ${name} ${job.id} failed and will be tried again: ${messageOf(error)}`);
            throw error;
          }
      });
    },
    schedule: (name, cron) => boss.schedule(name, cron, {}, { tz: 'UTC' }),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
