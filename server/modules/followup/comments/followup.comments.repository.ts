import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CommentTargetKind } from '#contracts/followup.ts';
import type { ReportComment, ReportCommentKind } from '#contracts/report-comments.ts';
import type { Db } from '#server/db/client.ts';
import { roleGrantsTable, usersTable } from '../../people/people.table.ts';
import { reportCommentsTable } from '../followup.table.ts';

export type NewReportComment = {
  tenantId: string;
  unitId: string;
  periodId: string;
  kind: ReportCommentKind;
  targetKind: CommentTargetKind;
  targetId: string;
  authorId: string;
  text: string;
  mentions: string[];
};

/** The comments at a unit's report, and the people who may be mentioned in them. */
export function createReportCommentsRepository(db: Db) {
  const c = reportCommentsTable;
  return {
    async insert(rows: NewReportComment[], now: Date): Promise<string[]> {
      if (rows.length === 0) return [];
      const saved = await db
        .insert(c)
        .values(rows.map((row) => ({ ...row, createdAt: now })))
        // one statement: the rows take their sequence numbers in the order given
        .returning({ id: c.id });
      return saved.map((s) => s.id);
    },

    /** The report's comments, oldest first, with their authors' and mentioned people's names. */
    async list(tenantId: string, unitId: string, periodId: string): Promise<ReportComment[]> {
      const rows = await db
        .select({ comment: c, authorName: usersTable.name })
        .from(c)
        .leftJoin(usersTable, eq(usersTable.id, c.authorId))
        .where(and(eq(c.tenantId, tenantId), eq(c.unitId, unitId), eq(c.periodId, periodId)))
        .orderBy(asc(c.seq));
      const mentioned = [...new Set(rows.flatMap((r) => r.comment.mentions))];
      const names = new Map(
        mentioned.length === 0
          ? []
          : (
              await db
                .select({ id: usersTable.id, name: usersTable.name })
                .from(usersTable)
                .where(and(eq(usersTable.tenantId, tenantId), inArray(usersTable.id, mentioned)))
            ).map((u) => [u.id, u.name]),
      );
      return rows.map(({ comment, authorName }) => ({
        id: comment.id,
        kind: comment.kind,
        targetKind: comment.targetKind,
        targetId: comment.targetId,
        author: comment.authorId ? { id: comment.authorId, name: authorName ?? '' } : null,
        text: comment.text,
        mentions: comment.mentions.map((id) => ({ id, name: names.get(id) ?? '' })),
        createdAt: comment.createdAt.toISOString(),
      }));
    },

    /**
     * The tenant's active people with their grants on units (or tenant-wide), for deciding who
     * has access to a unit.
     */
    async peopleWithGrants(tenantId: string) {
      return db
        .select({
          id: usersTable.id,
          name: usersTable.name,
          role: roleGrantsTable.role,
          unitId: roleGrantsTable.unitId,
        })
        .from(roleGrantsTable)
        .innerJoin(usersTable, eq(usersTable.id, roleGrantsTable.userId))
        .where(and(eq(roleGrantsTable.tenantId, tenantId), eq(usersTable.disabled, false)));
    },
  };
}
export type ReportCommentsRepository = ReturnType<typeof createReportCommentsRepository>;
