import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '#server/db/client.ts';
import { createTestDatabase } from '#server/db/testing.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { startQueue, type JobQueue } from './queue.ts';

let database: Database;
let queue: JobQueue;
const done: { n: number }[] = [];
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  queue = await startQueue(
    database.db,
    [{ name: 'count' }, { name: 'flaky' }, { name: 'once', policy: 'short' }],
    {
      pollingSeconds: 0.5,
      log: (line) => lines.push(line),
    },
  );
  await queue.work<{ n: number }>('count', async (data) => {
    done.push(data);
  });
}, 60_000);
afterAll(async () => {
  await queue?.stop();
  await database?.close();
}, 60_000);

test('a job sent in a transaction runs when the transaction commits, and never when it rolls back', async () => {
  await expect(
    inTransaction(database.db, async (tx) => {
      await queue.send('count', { n: 1 }, { tx });
      throw new Error('the use case failed');
    }),
  ).rejects.toThrow('the use case failed');
  await inTransaction(database.db, (tx) => queue.send('count', { n: 2, list: [1, 2] }, { tx }));
  await expect.poll(() => done, { timeout: 15_000 }).toEqual([{ n: 2, list: [1, 2] }]);
});

test('while one job of a short queue waits, another with the same key is not queued', async () => {
  const first = await queue.send(
    'once',
    { n: 1 },
    { singletonKey: 'person', startAfterSeconds: 60 },
  );
  const second = await queue.send(
    'once',
    { n: 2 },
    { singletonKey: 'person', startAfterSeconds: 60 },
  );
  const other = await queue.send(
    'once',
    { n: 3 },
    { singletonKey: 'other', startAfterSeconds: 60 },
  );
  expect(first).toEqual(expect.any(String));
  expect(second).toBeNull();
  expect(other).toEqual(expect.any(String));
});

test('a job that fails is logged by its queue and message, never with its data', async () => {
  await queue.work('flaky', async () => {
    throw new Error('the mail server did not answer');
  });
  await queue.send('flaky', { to: 'rut@kommun.se', password: 'hemligt' });
  await expect.poll(() => lines.length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(lines[0]).toMatch(
    /^Job flaky [0-9a-f-]{36} failed and will be tried again: the mail server did not answer$/,
  );
  expect(lines.join('\n')).not.toMatch(/hemligt|rut@kommun/);
});
