import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/**
 * The servers of `npm run bench:rush` as child processes, and their CPU and memory read from
 * /proc while the load runs. Node runs the server itself (tsx as an import hook), so the
 * child's pid is the server's. Not part of the app.
 */

export type Server = { url: string; child: ChildProcess; name: string };

export function startServer(
  name: string,
  script: string[],
  port: number,
  env: Record<string, string>,
  nodeFlags: string[] = [],
  /** where the server's standard output goes (its log); by default nowhere */
  logFile?: string,
): Server {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', ...script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', logFile ? fs.openSync(logFile, 'w') : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && signal === null)
      console.error(`${name} exited with ${code}:\n${stderr}`);
  });
  return { url: `http://127.0.0.1:${port}`, child, name };
}

/** Waits until GET /api/health answers, or fails after `seconds`. */
export async function waitHealthy(server: Server, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} stopped while starting`);
    try {
      if ((await fetch(`${server.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.name} did not answer /api/health within ${seconds} s`);
}

/**
 * The server's own time per request (Fastify's, from the request log a `--server-log` run keeps):
 * p99 of reads (GET) and of saves (PUT) over the whole run.
 */
export function serverSideP99(logFile: string): { read: number; save: number } {
  const times = { GET: [] as number[], PUT: [] as number[] };
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"msg":"request"')) continue;
    const entry = JSON.parse(line) as { method: string; url: string; ms: number };
    if (entry.url.endsWith('/report') && entry.method === 'GET') times.GET.push(entry.ms);
    if (entry.method === 'PUT') times.PUT.push(entry.ms);
  }
  const p99 = (list: number[]) =>
    [...list].sort((a, b) => a - b)[Math.max(0, Math.ceil(list.length * 0.99) - 1)] ?? NaN;
  return { read: p99(times.GET), save: p99(times.PUT) };
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  // long enough for requests still running and for --cpu-prof to write its profile
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}

const TICKS = 100; // USER_HZ on Linux
const cpuTicks = (pid: number): number => {
  // fields after the command's closing parenthesis: utime and stime are the 12th and 13th
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
};
const rssMiB = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
};

/** The CPU time of every PostgreSQL process on this machine (postmaster and backends), in ticks. */
const postgresTicks = (): number => {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        ticks += cpuTicks(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return ticks;
};

/** The machine's busy time in ticks, summed over its cores (everything but idle and iowait). */
const machineTicks = (): number => {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number) as number[];
  return user! + nice! + system! + irq! + softirq! + steal!;
};

export type Usage = {
  /** the servers' CPU, percent of one core, summed */
  cpuPercent: number;
  /** this process's CPU (the simulated reporters), percent of one core */
  clientCpuPercent: number;
  /** PostgreSQL's processes' CPU, percent of one core */
  postgresCpuPercent: number;
  /** the whole machine's busy time, percent of one core (200 % = two cores busy) */
  machineCpuPercent: number;
  peakRssMiB: number;
  loadAverage: number;
};

/**
 * Samples the servers' CPU and peak RSS until stopped, and beside them where the rest of the
 * machine's CPU went: to the simulated reporters (this process) and to PostgreSQL.
 */
export function sampleUsage(pids: number[]): () => Usage {
  const startTicks = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
  const startClient = process.cpuUsage();
  const startPostgres = postgresTicks();
  const startMachine = machineTicks();
  const started = Date.now();
  let peakRssMiB = 0;
  const loads: number[] = [];
  const sample = () => {
    peakRssMiB = Math.max(
      peakRssMiB,
      pids.reduce((sum, pid) => sum + rssMiB(pid), 0),
    );
    loads.push(os.loadavg()[0]!);
  };
  sample();
  const timer = setInterval(sample, 1000);
  return () => {
    clearInterval(timer);
    sample();
    const ticks = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0) - startTicks;
    const seconds = (Date.now() - started) / 1000;
    const client = process.cpuUsage(startClient);
    const percent = (ticks: number) => (100 * ticks) / TICKS / seconds;
    return {
      cpuPercent: percent(ticks),
      clientCpuPercent: (client.user + client.system) / 10_000 / seconds,
      postgresCpuPercent: percent(postgresTicks() - startPostgres),
      machineCpuPercent: percent(machineTicks() - startMachine),
      peakRssMiB,
      loadAverage: loads.reduce((a, b) => a + b, 0) / loads.length,
    };
  };
}
