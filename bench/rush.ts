/**
 * The deadline rush (npm run bench:rush): N reporters of the synthetic city read and save their
 * own unit's report at once against Rödtråd on PostgreSQL (one or more processes on the same
 * database), then the same load against a bare Fastify endpoint that reads and writes one row.
 * Method and figures: bench/rush.md. Not part of the app.
 *
 *   npm run bench:rush -- [--database-url postgres://…] [--reporters 200] [--duration 60]
 *     [--think 1000-3000] [--ramp 10] [--processes 1] [--tenant-scb 9999] [--port 3900]
 *     [--no-bare] [--cpu-prof dir] [--server-log dir]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { query, random } from './bench.db.ts';
import { Client, Stats, percentile, sleep, type Kind } from './rush.client.ts';
import {
  sampleUsage,
  serverSideP99,
  startServer,
  stopServer,
  waitHealthy,
  type Server,
  type Usage,
} from './rush.proc.ts';
import { reporter } from './rush.reporter.ts';
import { lostSaves, prepareDeadline, type Acknowledged, type Deadline } from './rush.setup.ts';
import { oneReporterAlone } from './rush.statements.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/rodtrad_rush' },
    reporters: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    think: { type: 'string', default: '1000-3000' },
    ramp: { type: 'string', default: '10' },
    processes: { type: 'string', default: '1' },
    'tenant-scb': { type: 'string', default: '9999' },
    port: { type: 'string', default: '3900' },
    'no-bare': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'server-log': { type: 'string' },
  },
  strict: true,
});
const url = values['database-url'];
const count = Number(values.reporters);
const seconds = Number(values.duration);
const [thinkMin, thinkMax] = values.think.split('-').map(Number) as [number, number];
const processes = Number(values.processes);
const port = Number(values.port);
if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('--database-url must be postgres://…');
if (![count, seconds, thinkMin, thinkMax, processes, port].every(Number.isFinite))
  throw new Error('--reporters, --duration, --think a-b, --processes and --port take numbers');

type Result = { stats: Stats; usage: Usage; seconds: number; clockStart: number };

async function main() {
  const database = await openDatabase({ kind: 'postgresql', url });
  await migrateDatabase(database);
  const deadline = await prepareDeadline(database, values['tenant-scb'], count);
  const [autovacuum] = await query<{ autovacuum: string }>(database, 'show autovacuum', []);
  console.log(
    `rush: ${count} reporters of tenant ${values['tenant-scb']} on ${deadline.periodLabel}, ` +
      `${seconds} s, think ${thinkMin}-${thinkMax} ms, ramp ${values.ramp} s, ${processes} process(es); ` +
      `the tables it writes vacuumed first (autovacuum ${autovacuum?.autovacuum ?? '?'})`,
  );
  const alone = await oneReporterAlone(url, deadline);
  console.log(
    `alone: report read ${alone.readMs.toFixed(1)} ms (median), ${alone.readStatements} SQL statements ` +
      `(session included), ${(alone.reportBytes / 1024).toFixed(1)} kB; a save ${alone.saveStatements} statements`,
  );

  const acknowledged: Acknowledged = new Map();
  const rodtrad = await underLoad(rodtradServers(), (urls, stats, run) =>
    reporter({ ...run, urls, stats, acknowledged, deadline }, run.n),
  );
  const lost = await lostSaves(database, deadline, acknowledged);
  print('Rödtråd', rodtrad);
  console.log(`  acknowledged saves checked: ${acknowledged.size} fields, lost ${lost.length}`);
  if (values['server-log'])
    for (let i = 0; i < processes; i++) {
      const file = path.join(values['server-log'], `rodtrad-${i + 1}.log`);
      const inServer = serverSideP99(file);
      console.log(
        `  in the server (${file}): read p99 ${inServer.read} ms, save p99 ${inServer.save} ms`,
      );
    }
  for (const key of lost.slice(0, 5)) console.log(`  lost: ${key}`);

  let ratio = NaN;
  if (!values['no-bare']) {
    const bare = await underLoad(
      [startServer('bare', ['bench/rush.bare.ts', String(port + 50), url], port + 50, {})],
      (urls, stats, run) => bareReporter(urls, stats, run, deadline),
    );
    print('bare Fastify + PostgreSQL', bare);
    ratio = rodtrad.stats.throughput(rodtrad.seconds) / bare.stats.throughput(bare.seconds);
  }
  await database.close();
  const p99 = (kind: Kind) => percentile(rodtrad.stats.samples.get(kind) ?? [], 99).toFixed(0);
  console.log(
    `rush: ${count} reporters, read p99 ${p99('read')} ms, save p99 ${p99('save')} ms, ` +
      `errors ${rodtrad.stats.errorCount}, lost saves ${lost.length}, throughput ${Number.isNaN(ratio) ? 'n/a (--no-bare)' : ratio.toFixed(2)} of bare`,
  );
}

function rodtradServers(): Server[] {
  const env = {
    DATABASE_URL: url,
    RODTRAD_DEMO: 'false',
    RODTRAD_COOKIE_SECURE: 'false',
    RODTRAD_LOGIN_ATTEMPTS_PER_MINUTE: '10000',
  };
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  // --server-log: each server's own log (one line per request, with its time in the server) and
  // V8's garbage collections, to tell the server's share of the tail from the rest
  const logDir = values['server-log'];
  if (logDir) fs.mkdirSync(logDir, { recursive: true });
  return Array.from({ length: processes }, (_, i) =>
    startServer(
      `rodtrad ${i + 1}`,
      ['server/cli.ts', 'serve'],
      port + i,
      env,
      logDir ? [...profile, '--trace-gc'] : profile,
      logDir ? path.join(logDir, `rodtrad-${i + 1}.log`) : undefined,
    ),
  );
}

type RunClock = {
  n: number;
  startsAt: number;
  endsAt: number;
  rampMs: number;
  think: () => number;
  random: () => number;
};

async function underLoad(
  servers: Server[],
  one: (urls: string[], stats: Stats, run: RunClock) => Promise<void>,
): Promise<Result> {
  try {
    await Promise.all(servers.map((s) => waitHealthy(s)));
    const stats = new Stats();
    const rng = random(7).float;
    const startsAt = Date.now();
    const clockStart = performance.now();
    const clock = {
      startsAt,
      endsAt: startsAt + seconds * 1000,
      rampMs: Number(values.ramp) * 1000,
      think: () => thinkMin + rng() * (thinkMax - thinkMin),
      random: rng,
    };
    const stop = sampleUsage(servers.map((s) => s.child.pid!));
    await Promise.all(
      Array.from({ length: count }, (_, n) =>
        one(
          servers.map((s) => s.url),
          stats,
          { ...clock, n },
        ),
      ),
    );
    const usage = stop();
    return { stats, usage, seconds: (Date.now() - startsAt) / 1000, clockStart };
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

/** The reference: the same reporters and think times, one row each to read and write. */
async function bareReporter(urls: string[], stats: Stats, run: RunClock, deadline: Deadline) {
  const client = new Client(urls, stats, run.n);
  await sleep((run.rampMs * run.n) / deadline.reporters.length);
  const path = `/bare/${run.n}`;
  let row = (await client.send('read', 'GET', path)) ?? null;
  let version = row?.status === 200 ? (row.body as { version: number }).version : 0;
  while (Date.now() + 500 < run.endsAt) {
    await sleep(run.think());
    const saved = await client.send('save', 'PUT', path, { value: `rush ${Date.now()}`, version });
    if (saved?.status === 200) version = (saved.body as { version: number }).version;
    else stats.error(`bare save ${saved?.status ?? 'network'}`);
    await sleep(run.think());
    if (Date.now() + 500 >= run.endsAt) break;
    row = await client.send('read', 'GET', path);
    if (row?.status !== 200) stats.error(`bare read ${row?.status ?? 'network'}`);
  }
}

function print(name: string, { stats, usage, seconds: took, clockStart }: Result) {
  console.log(`${name}: ${took.toFixed(0)} s, ${stats.throughput(took).toFixed(1)} requests/s`);
  for (const kind of ['login', 'read', 'save', 'ready'] as const) {
    const list = stats.samples.get(kind);
    if (!list?.length) continue;
    const p = (q: number) => percentile(list, q).toFixed(0).padStart(6);
    console.log(
      `  ${kind.padEnd(6)} n ${String(list.length).padStart(6)}  p50 ${p(50)} ms  p95 ${p(95)} ms  p99 ${p(99)} ms`,
    );
  }
  // the tail over the run: the logins' ramp (first window) against the steady deadline afternoon
  for (const kind of ['read', 'save'] as const) {
    const windows = stats.windows(kind, clockStart, 10);
    console.log(
      `  ${kind} p99 per 10 s: ${windows.map((w) => `${w.p99.toFixed(0)} (${w.n})`).join(' · ')}`,
    );
  }
  console.log(
    `  server CPU ${usage.cpuPercent.toFixed(0)} % of one core, peak RSS ${usage.peakRssMiB.toFixed(0)} MiB, ` +
      `load average ${usage.loadAverage.toFixed(1)}`,
  );
  console.log(
    `  beside it: PostgreSQL ${usage.postgresCpuPercent.toFixed(0)} %, the simulated reporters ` +
      `${usage.clientCpuPercent.toFixed(0)} %, the whole machine ${usage.machineCpuPercent.toFixed(0)} % ` +
      `of one core (${os.cpus().length} cores)`,
  );
  console.log(
    `  errors ${stats.errorCount}${[...stats.errors].map(([k, v]) => `; ${k}: ${v}`).join('')}`,
  );
  for (const [what, n] of stats.expected) console.log(`  expected: ${what} × ${n}`);
}

await main();
