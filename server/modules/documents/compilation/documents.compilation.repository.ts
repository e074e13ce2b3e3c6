import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Compilation, CompilationFormat } from '#contracts/compilations.ts';
import type { Db } from '#server/db/client.ts';
import { usersTable } from '../../people/people.table.ts';
import { periodsTable } from '../../years/years.table.ts';
import type { Section } from '../documents.model.ts';
import { compilationPartsTable, compilationsTable } from './documents.compilation.table.ts';

const LIST_LIMIT = 50;

/** Everything but the file's bytes, which only the download reads. */
const { file: _file, ...withoutFile } = getTableColumns(compilationsTable);
const listed = {
  ...withoutFile,
  periodName: periodsTable.name,
  requestedByName: usersTable.name,
};

const present = (row: {
  id: string;
  year: number;
  periodId: string;
  periodName: string;
  format: CompilationFormat;
  status: Compilation['status'];
  unitsTotal: number;
  unitsDone: number;
  currentUnit: string | null;
  error: string | null;
  fileName: string | null;
  size: number | null;
  sha256: string | null;
  requestedByName: string | null;
  requestedAt: Date;
  finishedAt: Date | null;
}): Compilation => ({
  id: row.id,
  year: row.year,
  periodId: row.periodId,
  periodName: row.periodName,
  format: row.format,
  status: row.status,
  unitsTotal: row.unitsTotal,
  unitsDone: row.unitsDone,
  currentUnit: row.currentUnit,
  error: row.error,
  fileName: row.fileName,
  size: row.size,
  sha256: row.sha256,
  requestedBy: row.requestedByName,
  requestedAt: row.requestedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export type CompilationPart = { position: number; unitId: string; unitName: string };

export function createCompilationsRepository(db: Db) {
  const select = () =>
    db
      .select(listed)
      .from(compilationsTable)
      .innerJoin(periodsTable, eq(periodsTable.id, compilationsTable.periodId))
      .leftJoin(usersTable, eq(usersTable.id, compilationsTable.requestedBy));
  const one = (tenantId: string, id: string) =>
    and(eq(compilationsTable.tenantId, tenantId), eq(compilationsTable.id, id));

  return {
    async insert(row: {
      tenantId: string;
      periodId: string;
      year: number;
      format: CompilationFormat;
      requestedBy: string | null;
    }): Promise<string> {
      const [made] = await db
        .insert(compilationsTable)
        .values({ ...row, status: 'queued' })
        .returning({ id: compilationsTable.id });
      return made!.id;
    },

    async find(tenantId: string, id: string): Promise<Compilation | null> {
      const [row] = await select().where(one(tenantId, id));
      return row ? present(row) : null;
    },

    /** The job's own read: by id alone (the job is given no tenant). */
    async findForJob(id: string) {
      const [row] = await db
        .select({
          tenantId: compilationsTable.tenantId,
          periodId: compilationsTable.periodId,
          format: compilationsTable.format,
          status: compilationsTable.status,
          requestedBy: compilationsTable.requestedBy,
        })
        .from(compilationsTable)
        .where(eq(compilationsTable.id, id));
      return row ?? null;
    },

    async list(tenantId: string): Promise<Compilation[]> {
      const rows = await select()
        .where(eq(compilationsTable.tenantId, tenantId))
        .orderBy(desc(compilationsTable.requestedAt), desc(compilationsTable.id))
        .limit(LIST_LIMIT);
      return rows.map(present);
    },

    /** The compilations a job should be working on: queued or running, of every tenant. */
    async unfinished(): Promise<string[]> {
      const rows = await db
        .select({ id: compilationsTable.id })
        .from(compilationsTable)
        .where(inArray(compilationsTable.status, ['queued', 'running']));
      return rows.map((r) => r.id);
    },

    async file(tenantId: string, id: string) {
      const [row] = await db
        .select({
          status: compilationsTable.status,
          format: compilationsTable.format,
          fileName: compilationsTable.fileName,
          file: compilationsTable.file,
          sha256: compilationsTable.sha256,
        })
        .from(compilationsTable)
        .where(one(tenantId, id));
      return row ?? null;
    },

    /** Sets the status unless the compilation has ended (cancelled, failed or done); true if set. */
    async setStatusIfOpen(
      id: string,
      status: Compilation['status'],
      more: { error?: string; unitsTotal?: number } = {},
    ): Promise<boolean> {
      const ended = ['cancelled', 'failed', 'done'].includes(status);
      const rows = await db
        .update(compilationsTable)
        .set({
          status,
          ...more,
          ...(status === 'running' ? { startedAt: sql`coalesce(started_at, now())` } : {}),
          ...(ended ? { finishedAt: sql`now()`, currentUnit: null } : {}),
        })
        .where(
          and(
            eq(compilationsTable.id, id),
            inArray(compilationsTable.status, ['queued', 'running']),
          ),
        )
        .returning({ id: compilationsTable.id });
      return rows.length > 0;
    },

    async setCurrent(id: string, unitName: string | null) {
      await db
        .update(compilationsTable)
        .set({ currentUnit: unitName })
        .where(eq(compilationsTable.id, id));
    },

    async parts(id: string): Promise<CompilationPart[]> {
      return db
        .select({
          position: compilationPartsTable.position,
          unitId: compilationPartsTable.unitId,
          unitName: compilationPartsTable.unitName,
        })
        .from(compilationPartsTable)
        .where(eq(compilationPartsTable.compilationId, id))
        .orderBy(asc(compilationPartsTable.position));
    },

    async partSections(id: string): Promise<{ unitName: string; sections: Section[] }[]> {
      return db
        .select({
          unitName: compilationPartsTable.unitName,
          sections: compilationPartsTable.sections,
        })
        .from(compilationPartsTable)
        .where(eq(compilationPartsTable.compilationId, id))
        .orderBy(asc(compilationPartsTable.position));
    },

    /**
     * Keeps a committee's part and counts it done. A part already there (a second worker on the
     * same compilation) is kept as it was, and the count is of the parts, so it stays true.
     */
    async savePart(id: string, part: CompilationPart & { sections: Section[] }): Promise<void> {
      await db
        .insert(compilationPartsTable)
        .values({ compilationId: id, ...part })
        .onConflictDoNothing();
      await db
        .update(compilationsTable)
        .set({
          unitsDone: sql`(select count(*)::int from compilation_parts where compilation_id = ${id})`,
        })
        .where(eq(compilationsTable.id, id));
    },

    async finish(
      id: string,
      file: { fileName: string; bytes: Uint8Array; sha256: string },
    ): Promise<boolean> {
      const rows = await db
        .update(compilationsTable)
        .set({
          status: 'done',
          fileName: file.fileName,
          file: file.bytes,
          size: file.bytes.length,
          sha256: file.sha256,
          currentUnit: null,
          finishedAt: sql`now()`,
        })
        .where(and(eq(compilationsTable.id, id), eq(compilationsTable.status, 'running')))
        .returning({ id: compilationsTable.id });
      // the parts have served their purpose once the file is kept
      if (rows.length > 0)
        await db.delete(compilationPartsTable).where(eq(compilationPartsTable.compilationId, id));
      return rows.length > 0;
    },
  };
}
export type CompilationsRepository = ReturnType<typeof createCompilationsRepository>;
