import { and, asc, eq } from 'drizzle-orm';
import type { PeriodKind } from '#contracts/years.ts';
import type { Attachment, TemplateChapter } from '#contracts/reports.ts';
import type { Db } from '#server/db/client.ts';
import { reportsOf, saveReport, type ReportAudit, type Writer } from '#server/db/report-columns.ts';
import { cachedQuery } from '#server/db/statements.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { usersTable } from '../people/people.table.ts';
import { budgetYearsTable } from '../years/years.table.ts';
import {
  reportAttachmentsTable as files,
  reportChapterTextsTable as texts,
  reportTemplatesTable as templates,
} from './reports.table.ts';

export type StoredTemplate = {
  periodKind: PeriodKind;
  chapters: TemplateChapter[];
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};
export type NewAttachment = Omit<Attachment, 'id' | 'uploadedAt' | 'uploadedByName'> & {
  unitId: string;
  periodId: string;
  content: Uint8Array;
};

const attachmentColumns = {
  id: files.id,
  name: files.name,
  contentType: files.contentType,
  size: files.size,
  sha256: files.sha256,
  uploadedAt: files.uploadedAt,
  uploadedByName: usersTable.name,
};

// every report read asks for its year's templates (what chapters are required): built once
const templatesOf = cachedQuery(['tenantId', 'yearId'], (db, v) =>
  db
    .select({
      periodKind: templates.periodKind,
      chapters: templates.chapters,
      version: templates.version,
      updatedAt: templates.updatedAt,
      updatedByName: usersTable.name,
    })
    .from(templates)
    .leftJoin(usersTable, eq(usersTable.id, templates.updatedBy))
    .where(and(eq(templates.tenantId, v.tenantId), eq(templates.yearId, v.yearId))),
);

export function createReportsRepository(db: Db) {
  const place = (tenantId: string, unitId: string, periodId: string) =>
    and(eq(files.tenantId, tenantId), eq(files.unitId, unitId), eq(files.periodId, periodId));

  return {
    /** The templates a tenant has stored for a year, by kind of period. */
    async templates(tenantId: string, yearId: string): Promise<StoredTemplate[]> {
      const rows = await templatesOf(db, { tenantId, yearId });
      return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
    },

    /** Stores a year's template at the version its editor started from (0: none stored). */
    saveTemplate(
      tenantId: string,
      yearId: string,
      periodKind: PeriodKind,
      chapters: TemplateChapter[],
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const values = { chapters, updatedBy: userId, updatedAt: new Date() };
      return savedVersioned(db, templates, {
        where: and(
          eq(templates.tenantId, tenantId),
          eq(templates.yearId, yearId),
          eq(templates.periodKind, periodKind),
        ),
        version,
        values,
        insert: { tenantId, yearId, periodKind, ...values },
      });
    },

    /** The budget year's id of each of a tenant's years. */
    async yearIds(tenantId: string): Promise<Map<number, string>> {
      const rows = await db
        .select({ id: budgetYearsTable.id, year: budgetYearsTable.year })
        .from(budgetYearsTable)
        .where(eq(budgetYearsTable.tenantId, tenantId));
      return new Map(rows.map((r) => [r.year, r.id]));
    },

    /** A unit's chapter texts for a period. */
    texts: (tenantId: string, unitId: string, periodId: string) =>
      reportsOf(db, texts, tenantId, [unitId], [periodId]),

    saveText: (
      tenantId: string,
      write: { unitId: string; periodId: string; chapterKey: string; text: string },
      version: number,
      writer: Writer,
      audit?: ReportAudit,
    ) => saveReport(db, texts, 'chapterKey', tenantId, write, version, writer, audit),

    /** A unit's attachments for a period, in the order they were uploaded. */
    async attachments(tenantId: string, unitId: string, periodId: string): Promise<Attachment[]> {
      const rows = await db
        .select(attachmentColumns)
        .from(files)
        .leftJoin(usersTable, eq(usersTable.id, files.uploadedBy))
        .where(place(tenantId, unitId, periodId))
        .orderBy(asc(files.uploadedAt), asc(files.id));
      return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
    },

    async insertAttachment(tenantId: string, file: NewAttachment, userId: string | null) {
      const [made] = await db
        .insert(files)
        .values({ tenantId, ...file, content: Buffer.from(file.content), uploadedBy: userId })
        .returning({ id: files.id });
      return made!.id;
    },

    /** One attachment with its bytes, only if it is the unit's for the period. */
    async attachmentFile(tenantId: string, unitId: string, periodId: string, id: string) {
      const [row] = await db
        .select({ ...attachmentColumns, content: files.content })
        .from(files)
        .leftJoin(usersTable, eq(usersTable.id, files.uploadedBy))
        .where(and(place(tenantId, unitId, periodId), eq(files.id, id)));
      return row ? { ...row, uploadedAt: row.uploadedAt.toISOString() } : null;
    },

    async deleteAttachment(tenantId: string, unitId: string, periodId: string, id: string) {
      const gone = await db
        .delete(files)
        .where(and(place(tenantId, unitId, periodId), eq(files.id, id)))
        .returning({ id: files.id });
      return gone.length === 1;
    },
  };
}
export type ReportsRepository = ReturnType<typeof createReportsRepository>;
