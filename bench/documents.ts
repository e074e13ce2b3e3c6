/**
 * `npm run bench:documents`: how long the demo committee's annual report (Kommunstyrelsen, VB
 * 2015) takes as PDF and as Word, and its peak memory, beside the time Chromium alone needs to
 * print a static HTML file of the same size (the reference, in the same run with the same
 * browser options). The demo is seeded into an in-memory PGlite first (not timed).
 *
 * The first PDF and Word of the process are measured apart (cold: the PDF's time includes
 * launching Chromium, the code is not yet compiled by V8); then each figure is the median of
 * --runs (default 5) on the warm process, which is what the targets compare: a user's click
 * reaches a running server whose Chromium was launched by an earlier PDF and kept. The PDF's time
 * counts reading the report, building the document model, the HTML and Chromium's printing; the
 * reference counts opening the written HTML file and printing it. Each format's time is broken
 * down by step (`Spans`: data = the report's reads, model, html, docx tree / pack, Chromium's
 * launch, page = context and page, setContent, pdf, close), with the statements sent to the
 * database per document and the CPU seconds spent by this process and by Chromium's processes
 * (from /proc), which say more than wall time on a loaded machine. Peak memory is this Node
 * process's resident set, sampled every 5 ms. `--cpu-prof <file>` writes a V8 CPU profile of the
 * warm runs only. The compilation of all committees is issue #11's later part: not measured here,
 * and the summary line says so.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Database, Db } from '#server/db/client.ts';
import * as schema from '#server/db/schema.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { commandLineReader } from '#server/command-line.ts';
import { unitOf } from '#server/modules/economy/import/economy.import.usecases.ts';
import { renderHtml } from '#server/modules/documents/documents.html.ts';
import { createPdfPrinter, findChromium } from '#server/modules/documents/documents.pdf.ts';
import { renderDocument, type DocumentFormat } from '#server/modules/documents/documents.render.ts';
import { reportDocument } from '#server/modules/documents/documents.report.usecases.ts';
import type { Spans } from '#server/modules/documents/documents.spans.ts';
import { repositories } from '#server/repositories.ts';
import { seedDemo } from '../demo/seed.ts';
import { benchCompilation } from './documents.compilation.ts';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(argument('runs') ?? 5);
const say = (line: string) => process.stderr.write(`${line}\n`);
const TODAY = '2016-03-01';

/** Runs `work`, sampling this process's RSS; its seconds and the peak in MB. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ seconds: number; peakMb: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const started = performance.now();
  try {
    const value = await work();
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { seconds, peakMb: peak / 2 ** 20, value };
  } finally {
    clearInterval(timer);
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The CPU ticks (user + system) of each of this process's descendants: Chromium's processes. */
function childrenTicks(): Map<number, number> {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Map<number, number>();
  for (const [pid, used] of ticks)
    for (let up = parents.get(pid); up !== undefined && up > 1; up = parents.get(up))
      if (up === process.pid) {
        mine.set(pid, used);
        break;
      }
  return mine;
}

/** Chromium's CPU seconds since `before` (a process that ended meanwhile is not counted). */
function chromiumSeconds(before: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, used] of childrenTicks()) ticks += used - (before.get(pid) ?? 0);
  return ticks / 100; // USER_HZ
}

/** The demo's database in memory, counting the statements sent to it. */
async function countingPglite(): Promise<{ database: Database; statements: () => number }> {
  const client = new PGlite();
  await client.waitReady;
  let statements = 0;
  const counting = new Proxy(client, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      if (key === 'query' || key === 'exec')
        return (...args: unknown[]) => {
          statements += 1;
          if (process.env.BENCH_SQL) say(`SQL ${String(args[0]).slice(0, 160)}`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  const db = drizzle({ client: counting, schema }) as unknown as Db;
  return {
    database: { db, kind: 'pglite', close: () => client.close() },
    statements: () => statements,
  };
}

type Run = {
  seconds: number;
  peakMb: number;
  bytes: number;
  spans: Spans;
  statements: number;
  cpu: { node: number; chromium: number };
};

async function main() {
  const executablePath = findChromium(null);
  if (!executablePath) throw new Error('no Chromium found: apt-get install chromium');
  const profileFile = argument('cpu-prof');
  say('Seeding the demo into an in-memory PGlite…');
  const { database, statements } = await countingPglite();
  await migrateDatabase(database);
  await seedDemo(database);
  const repos = repositories(database.db);
  const tenant = (await repos.tenants.findByScbCode('0180'))!;
  const reader = commandLineReader(tenant);
  const unit = await unitOf(repos, tenant.id, { id: null, name: 'Kommunstyrelsen' }, 2015);
  if ('code' in unit) throw new Error(unit.message);
  const period = (await repos.years.periodByKey(tenant.id, 2015, 'VB'))!;
  const place = { unitId: unit.id, periodId: period.id };
  const model = (spans?: Spans) => reportDocument(repos, reader, place, TODAY, spans);

  const printer = createPdfPrinter(executablePath);
  /** One document as the route makes it (reads, model, render), measured with its steps. */
  const made = async (format: DocumentFormat): Promise<Run> => {
    const spans: Spans = {};
    const before = {
      statements: statements(),
      node: process.cpuUsage(),
      chromium: childrenTicks(),
    };
    const m = await measured(async () =>
      renderDocument(await model(spans), format, printer, spans),
    );
    const node = process.cpuUsage(before.node);
    return {
      seconds: m.seconds,
      peakMb: m.peakMb,
      bytes: m.value.length,
      spans,
      statements: statements() - before.statements,
      cpu: { node: (node.user + node.system) / 1e6, chromium: chromiumSeconds(before.chromium) },
    };
  };

  // The reference: Chromium alone, a static file of the same HTML, the same print options.
  const html = renderHtml(await model());
  const dir = mkdtempSync(path.join(tmpdir(), 'rodtrad-bench-'));
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const reference = async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await context.close();
    }
  };

  const session = profileFile ? new Session() : null;
  try {
    say('Cold: the first PDF (launches Chromium) and the first Word of the process…');
    const cold = { pdf: await made('pdf'), docx: await made('docx') };
    await reference();
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const runs = { pdf: [] as Run[], docx: [] as Run[], chromium: [] as number[] };
    for (let run = 1; run <= RUNS; run++) {
      const p = await made('pdf');
      const d = await made('docx');
      const c = await measured(reference);
      runs.pdf.push(p);
      runs.docx.push(d);
      runs.chromium.push(c.seconds);
      say(
        `run ${run}: pdf ${p.seconds.toFixed(2)} s, docx ${d.seconds.toFixed(2)} s, chromium alone ${c.seconds.toFixed(2)} s`,
      );
    }
    if (session && profileFile) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
      say(`CPU profile of the warm runs: ${profileFile}`);
    }
    const ms = (seconds: number) => `${(seconds * 1000).toFixed(0).padStart(6)} ms`;
    for (const format of ['pdf', 'docx'] as const) {
      const warm = runs[format];
      const steps = [
        ...new Set([
          ...Object.keys(cold[format].spans),
          ...warm.flatMap((r) => Object.keys(r.spans)),
        ]),
      ];
      say(`${format}: step, cold (first of the process) and warm (median of ${RUNS})`);
      for (const step of steps)
        say(
          `  ${step.padEnd(20)} ${ms((cold[format].spans[step] ?? 0) / 1000)}  ${ms(median(warm.map((r) => r.spans[step] ?? 0)) / 1000)}`,
        );
      say(
        `  ${'total'.padEnd(20)} ${ms(cold[format].seconds)}  ${ms(median(warm.map((r) => r.seconds)))}`,
      );
      say(
        `  statements ${median(warm.map((r) => r.statements))}; CPU (warm median) Node ${median(warm.map((r) => r.cpu.node)).toFixed(2)} s, Chromium ${median(warm.map((r) => r.cpu.chromium)).toFixed(2)} s; peak RSS (Node) ${Math.max(...warm.map((r) => r.peakMb), cold[format].peakMb).toFixed(0)} MB`,
      );
    }
    const [p, d, c] = [
      median(runs.pdf.map((r) => r.seconds)),
      median(runs.docx.map((r) => r.seconds)),
      median(runs.chromium),
    ];
    say(
      `HTML ${(html.length / 1024).toFixed(0)} KiB; PDF ${(runs.pdf[0]!.bytes / 1024).toFixed(0)} KiB; DOCX ${(runs.docx[0]!.bytes / 1024).toFixed(0)} KiB; Chromium launched ${printer.launches()} time(s)`,
    );
    say(
      `targets (warm medians): pdf under 3 s (${p < 3 ? 'met' : 'not met'}), docx under 1 s (${d < 1 ? 'met' : 'not met'}); cold: pdf ${cold.pdf.seconds.toFixed(2)} s, docx ${cold.docx.seconds.toFixed(2)} s; load average ${(
        await import('node:os')
      )
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    // the city's compilation (bench/documents.compilation.ts): target under 90 s and 1.5 GB
    const city = await benchCompilation({
      executablePath,
      committees: Number(argument('committees') ?? 60),
      measured,
      say,
    });
    say(
      `compilation: ${city.committees} committees, PDF ${(city.bytes / 2 ** 20).toFixed(1)} MiB; targets under 90 s (${city.seconds < 90 ? 'met' : 'not met'}), under 1.5 GB (${city.peakMb < 1536 ? 'met' : 'not met'})`,
    );
    console.log(
      `documents: pdf ${p.toFixed(2)} s (${(p / c).toFixed(2)}× chromium), docx ${d.toFixed(2)} s, compilation ${city.committees} committees ${city.seconds.toFixed(1)} s peak ${city.peakMb.toFixed(0)} MB`,
    );
  } finally {
    session?.disconnect();
    await browser.close();
    await printer.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
