import type { Compilation, StartCompilationInput } from '#contracts/compilations.ts';
import { createError, forbidden } from '#server/errors.ts';
import { actorOf, type Principal } from '#server/principal.ts';
import type { Repositories } from '#server/repositories.ts';
import { can } from '../../people/people.rules.ts';
import { periodNotFound } from '../../years/years.errors.ts';
import { documentFormats } from '../documents.render.ts';

/**
 * Starting, following, cancelling and downloading the city's compilation. It holds every
 * committee's report, so it is for those who may change the model of the whole tenant: an
 * administrator, or a controller of a top unit of the organisation (the council).
 */

type Deps = Pick<Repositories, 'compilations' | 'org' | 'years' | 'audit'>;

export const compilationNotFound = createError(
  'documents.compilation_not_found',
  404,
  'No such compilation',
);
export const compilationEnded = createError(
  'documents.compilation_ended',
  409,
  'The compilation has already ended',
);
export const compilationNotDone = createError(
  'documents.compilation_not_done',
  409,
  'The compilation has no file yet: download it when it is done',
);

async function mayCompile(deps: Deps, principal: Principal, on: string): Promise<void> {
  const { grants } = principal;
  if (can(grants, 'model.write')) return;
  const roots = (await deps.org.treeAt(principal.tenantId, on)).filter((u) => u.parentId === null);
  if (!roots.some((root) => can(grants, 'model.write', [root.id]))) throw forbidden();
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export async function startCompilation(
  deps: Deps,
  /** sends the compilation's job (in the same transaction, so it exists exactly when committed) */
  enqueue: (data: { id: string }) => Promise<unknown>,
  principal: Principal,
  input: StartCompilationInput,
): Promise<Compilation> {
  const period = await deps.years.period(principal.tenantId, input.periodId);
  if (!period) throw periodNotFound({ field: 'periodId' });
  await mayCompile(deps, principal, period.endsOn);
  const id = await deps.compilations.insert({
    tenantId: principal.tenantId,
    periodId: period.id,
    year: period.year,
    format: input.format,
    requestedBy: principal.userId || null,
  });
  await deps.audit.record(actorOf(principal), {
    entity: 'compilation',
    entityId: id,
    action: 'create',
    after: { periodId: period.id, year: period.year, period: period.key, format: input.format },
  });
  await enqueue({ id });
  return (await deps.compilations.find(principal.tenantId, id))!;
}

async function found(deps: Deps, principal: Principal, id: string, now: Date) {
  await mayCompile(deps, principal, today(now));
  const compilation = await deps.compilations.find(principal.tenantId, id);
  if (!compilation) throw compilationNotFound();
  return compilation;
}

export async function compilationOf(
  deps: Deps,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Compilation> {
  return found(deps, principal, id, now);
}

export async function listCompilations(
  deps: Deps,
  principal: Principal,
  now: Date,
): Promise<Compilation[]> {
  await mayCompile(deps, principal, today(now));
  return deps.compilations.list(principal.tenantId);
}

/** Cancels a queued or running compilation; the job sees it before its next committee. */
export async function cancelCompilation(
  deps: Deps,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Compilation> {
  const before = await found(deps, principal, id, now);
  if (!(await deps.compilations.setStatusIfOpen(id, 'cancelled'))) throw compilationEnded();
  await deps.audit.record(actorOf(principal), {
    entity: 'compilation',
    entityId: id,
    action: 'update',
    before: { status: before.status, unitsDone: before.unitsDone },
    after: { status: 'cancelled' },
  });
  return (await deps.compilations.find(principal.tenantId, id))!;
}

export async function compilationFile(deps: Deps, principal: Principal, id: string, now: Date) {
  await found(deps, principal, id, now);
  const file = await deps.compilations.file(principal.tenantId, id);
  if (!file?.file || file.status !== 'done') throw compilationNotDone();
  await deps.audit.record(actorOf(principal), {
    entity: 'compilation',
    entityId: id,
    action: 'download',
    after: { name: file.fileName, size: file.file.length, sha256: file.sha256 },
  });
  return {
    name: file.fileName ?? `sammanstallning.${documentFormats[file.format].extension}`,
    contentType: documentFormats[file.format].contentType,
    bytes: Buffer.from(file.file),
  };
}
