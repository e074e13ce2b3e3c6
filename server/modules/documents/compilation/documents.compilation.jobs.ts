import { createHash } from 'node:crypto';
import type { Db } from '#server/db/client.ts';
import type { Principal } from '#server/principal.ts';
import { repositories, type Repositories } from '#server/repositories.ts';
import { rollUp } from '../../followup/rollup/followup.rollup.usecases.ts';
import { swedishToday } from '../../org/org.routes.ts';
import { documentFileName } from '../documents.format.ts';
import type { PdfPrinter } from '../documents.pdf.ts';
import { documentFormats, renderDocument } from '../documents.render.ts';
import { reportDocument } from '../documents.report.usecases.ts';
import { words } from '../documents.words.ts';
import { committeePart, committeesOf, compilationModel } from './documents.compilation.rules.ts';

/** The pg-boss queue of compilations: one job per compilation, its data `{ id }`. */
export const COMPILE = 'documents.compilation';

export type CompilationJobDeps = {
  db: Db;
  printer: Pick<PdfPrinter, 'print'>;
  now: () => Date;
};

export type CompilationHooks = {
  /** asked between committees: true when the process is stopping (the job is then retried) */
  stopping?: () => boolean;
  /** told of each committee built (tests count them; the CLI draws its progress bar) */
  onProgress?: (progress: {
    done: number;
    total: number;
    unitName: string | null;
  }) => void | Promise<void>;
};

/** Thrown between committees when the process stops: pg-boss retries the job later. */
export class CompilationStopped extends Error {
  constructor() {
    super('The process is stopping: the compilation goes on from its next committee later');
  }
}

/**
 * The job reads as the tenant's reader: the person who started it was allowed to compile the
 * whole city (documents.compilation.usecases.ts), and a job is not a request of theirs.
 */
const jobReader = (tenantId: string, userId: string | null): Principal => ({
  tenantId,
  userId: userId ?? '',
  userName: 'Sammanställningen',
  email: '',
  csrfToken: '',
  grants: [{ id: 'compilation', role: 'reader', unitId: null, unitName: null }],
});

/** The title page facts the compilation states once, left out of each committee's part. */
const stated = [words.facts.tenant, words.facts.unit, words.facts.period, words.facts.made];

/**
 * Runs a compilation to its end, or on from where it stopped: each committee's part is built
 * with the report document builder and kept as it completes, the committees already kept are
 * skipped, and a cancel is seen between committees. When all parts are kept the document is
 * put together, rendered once in its format and kept as the compilation's file.
 *
 * A failure the job cannot get past (a committee's report that cannot be read) ends the
 * compilation as failed with the message; a stop of the process leaves it running and throws,
 * so that pg-boss (or the next start's sweep) runs it again from its next committee.
 */
export async function runCompilation(
  deps: CompilationJobDeps,
  id: string,
  hooks: CompilationHooks = {},
): Promise<void> {
  const repos = repositories(deps.db);
  const row = await repos.compilations.findForJob(id);
  if (!row || (row.status !== 'queued' && row.status !== 'running')) return;
  try {
    await compile(deps, repos, id, row, hooks);
  } catch (error) {
    if (error instanceof CompilationStopped) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await repos.compilations.setStatusIfOpen(id, 'failed', { error: message.slice(0, 2000) });
  }
}

async function compile(
  deps: CompilationJobDeps,
  repos: Repositories,
  id: string,
  row: NonNullable<Awaited<ReturnType<Repositories['compilations']['findForJob']>>>,
  hooks: CompilationHooks,
) {
  const reader = jobReader(row.tenantId, row.requestedBy);
  const period = await repos.years.period(row.tenantId, row.periodId);
  if (!period) throw new Error('The period of the compilation is gone');
  const committees = committeesOf(await repos.org.treeAt(row.tenantId, period.endsOn));
  const total = committees.length;
  if (!(await repos.compilations.setStatusIfOpen(id, 'running', { unitsTotal: total }))) return;
  const today = swedishToday(deps.now());
  const kept = new Set((await repos.compilations.parts(id)).map((part) => part.position));

  for (const [position, unit] of committees.entries()) {
    if (kept.has(position)) continue;
    if (hooks.stopping?.()) throw new CompilationStopped();
    if ((await repos.compilations.findForJob(id))?.status !== 'running') return;
    await repos.compilations.setCurrent(id, unit.name);
    await hooks.onProgress?.({ done: kept.size, total, unitName: unit.name });
    const report = await reportDocument(
      repos,
      reader,
      { unitId: unit.id, periodId: period.id },
      today,
    );
    await repos.compilations.savePart(id, {
      position,
      unitId: unit.id,
      unitName: unit.name,
      sections: [committeePart(report, stated)],
    });
    kept.add(position);
  }
  if (hooks.stopping?.()) throw new CompilationStopped();
  if ((await repos.compilations.findForJob(id))?.status !== 'running') return;
  await hooks.onProgress?.({ done: total, total, unitName: null });
  await repos.compilations.setCurrent(id, null);

  const [council, tenant, parts] = await Promise.all([
    rollUp(repos, reader, period.id, 'council'),
    repos.tenants.findById(row.tenantId),
    repos.compilations.partSections(id),
  ]);
  const model = compilationModel({
    tenantName: tenant?.name ?? '',
    period,
    rollUp: council,
    parts: parts.flatMap((part) => part.sections),
    today,
  });
  const bytes = await renderDocument(model, row.format, deps.printer);
  await repos.compilations.finish(id, {
    fileName: documentFileName(model.title, documentFormats[row.format].extension),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
}
