/**
 * The compilation part of `npm run bench:documents`: a synthetic city with `committees`
 * committees (bench/synth.ts, about 50 units per committee, 2 indicators, one year) in a scratch
 * PGlite, then the city's compilation of its VB as PDF through the job code the server runs
 * (`runCompilation`), timed with this process's peak RSS. Making the city is not timed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '#server/db/client.ts';
import { runCompilation } from '#server/modules/documents/compilation/documents.compilation.jobs.ts';
import { createPdfPrinter } from '#server/modules/documents/documents.pdf.ts';
import { repositories } from '#server/repositories.ts';

export type CompilationFigures = {
  committees: number;
  seconds: number;
  peakMb: number;
  bytes: number;
};

export async function benchCompilation(options: {
  executablePath: string;
  committees: number;
  measured: <T>(work: () => Promise<T>) => Promise<{ seconds: number; peakMb: number; value: T }>;
  say: (line: string) => void;
}): Promise<CompilationFigures> {
  const { executablePath, committees, measured, say } = options;
  const dir = mkdtempSync(path.join(tmpdir(), 'rodtrad-bench-compilation-'));
  const dataDir = path.join(dir, 'pglite');
  try {
    say(`Making a synthetic city of ${committees} committees in ${dataDir} (not timed)…`);
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/synth.ts',
        '--units',
        String(committees * 50),
        '--indicators',
        '2',
        '--years',
        '1',
        '--data-dir',
        dataDir,
        '--tenant-scb',
        '9998',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATABASE_URL: '' } },
    );
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const printer = createPdfPrinter(executablePath);
    try {
      const repos = repositories(database.db);
      const tenant = (await repos.tenants.findByScbCode('9998'))!;
      const period = (await repos.years.periodByKey(tenant.id, 2015, 'VB'))!;
      const id = await repos.compilations.insert({
        tenantId: tenant.id,
        periodId: period.id,
        year: 2015,
        format: 'pdf',
        requestedBy: null,
      });
      const run = await measured(() =>
        runCompilation({ db: database.db, printer, now: () => new Date('2016-03-01') }, id, {
          onProgress: ({ done, total }) => {
            if (done % 10 === 0) say(`  ${done} of ${total} committees`);
          },
        }),
      );
      const made = (await repos.compilations.find(tenant.id, id))!;
      if (made.status !== 'done') throw new Error(`the compilation ${made.status}: ${made.error}`);
      return {
        committees: made.unitsTotal,
        seconds: run.seconds,
        peakMb: run.peakMb,
        bytes: made.size ?? 0,
      };
    } finally {
      await printer.close();
      await database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
