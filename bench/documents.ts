/**
 * `npm run bench:documents`: how long the demo committee's annual report (Kommunstyrelsen, VB
 * 2015) takes as PDF and as Word, and its peak memory, beside the time Chromium alone needs to
 * print a static HTML file of the same size (the reference, in the same run with the same
 * browser options). The demo is seeded into an in-memory PGlite first (not timed).
 *
 * Each figure is the median of --runs (default 5) after one warm-up (which launches the
 * renderer's Chromium). The PDF's time counts reading the report, building the document model,
 * the HTML and Chromium's printing; the reference counts opening the written HTML file and
 * printing it. Peak memory is this Node process's resident set, sampled every 5 ms (Chromium's
 * own processes are not counted). The compilation of all committees is issue #11's later part:
 * not measured here, and the summary line says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { openDatabase } from '#server/db/client.ts';
import { migrateDatabase } from '#server/db/migrate.ts';
import { commandLineReader } from '#server/command-line.ts';
import { unitOf } from '#server/modules/economy/import/economy.import.usecases.ts';
import { renderDocx } from '#server/modules/documents/documents.docx.ts';
import { renderHtml } from '#server/modules/documents/documents.html.ts';
import { createPdfPrinter, findChromium } from '#server/modules/documents/documents.pdf.ts';
import { reportDocument } from '#server/modules/documents/documents.report.usecases.ts';
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

async function main() {
  const executablePath = findChromium(null);
  if (!executablePath) throw new Error('no Chromium found: apt-get install chromium');
  say('Seeding the demo into an in-memory PGlite…');
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateDatabase(database);
  await seedDemo(database);
  const repos = repositories(database.db);
  const tenant = (await repos.tenants.findByScbCode('0180'))!;
  const reader = commandLineReader(tenant);
  const unit = await unitOf(repos, tenant.id, { id: null, name: 'Kommunstyrelsen' }, 2015);
  if ('code' in unit) throw new Error(unit.message);
  const period = (await repos.years.periodByKey(tenant.id, 2015, 'VB'))!;
  const place = { unitId: unit.id, periodId: period.id };
  const model = () => reportDocument(repos, reader, place, TODAY);

  const printer = createPdfPrinter(executablePath);
  const pdf = async () => printer.print(renderHtml(await model()));
  const docx = async () => renderDocx(await model());

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

  try {
    say('Warming up (launches Chromium)…');
    await pdf();
    await docx();
    await reference();
    const results = {
      pdf: [] as number[],
      docx: [] as number[],
      chromium: [] as number[],
      model: [] as number[],
    };
    const peaks = { pdf: 0, docx: 0 };
    let sizes = { pdf: 0, docx: 0 };
    for (let run = 1; run <= RUNS; run++) {
      const p = await measured(pdf);
      const d = await measured(docx);
      const c = await measured(reference);
      const m = await measured(model);
      results.model.push(m.seconds);
      results.pdf.push(p.seconds);
      results.docx.push(d.seconds);
      results.chromium.push(c.seconds);
      peaks.pdf = Math.max(peaks.pdf, p.peakMb);
      peaks.docx = Math.max(peaks.docx, d.peakMb);
      sizes = { pdf: p.value.length, docx: d.value.length };
      say(
        `run ${run}: pdf ${p.seconds.toFixed(2)} s, docx ${d.seconds.toFixed(2)} s, chromium alone ${c.seconds.toFixed(2)} s, the model alone ${m.seconds.toFixed(2)} s`,
      );
    }
    const [p, d, c] = [median(results.pdf), median(results.docx), median(results.chromium)];
    say(
      `reading the report and building the model (in both): ${median(results.model).toFixed(2)} s`,
    );
    say(
      `HTML ${(html.length / 1024).toFixed(0)} KiB; PDF ${(sizes.pdf / 1024).toFixed(0)} KiB; DOCX ${(sizes.docx / 1024).toFixed(0)} KiB`,
    );
    say(
      `peak RSS (this process): pdf ${peaks.pdf.toFixed(0)} MB, docx ${peaks.docx.toFixed(0)} MB`,
    );
    say(
      `targets: pdf under 3 s (${p < 3 ? 'met' : 'not met'}), docx under 1 s (${d < 1 ? 'met' : 'not met'}); load average ${(
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
