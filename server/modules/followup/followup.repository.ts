import { and, eq, isNotNull } from 'drizzle-orm';
import type { ReportState, ReportStatus } from '#contracts/followup.ts';
import type { Db } from '#server/db/client.ts';
import { savedVersioned } from '#server/db/versioned.ts';
import { unitReportsTable } from './followup.table.ts';

export type StateWrite = {
  status: ReportStatus;
  adoptedOn: string | null;
  decisionRef: string | null;
  returnComment: string;
};

const present = (row: typeof unitReportsTable.$inferSelect): ReportState => ({
  unitId: row.unitId,
  periodId: row.periodId,
  status: row.status,
  adoptedOn: row.adoptedOn,
  decisionRef: row.decisionRef,
  returnComment: row.returnComment,
  version: row.version,
  published: row.publishedAt !== null,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

export function createFollowupRepository(db: Db) {
  return {
    async state(tenantId: string, unitId: string, periodId: string): Promise<ReportState | null> {
      const [row] = await db
        .select()
        .from(unitReportsTable)
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.unitId, unitId),
            eq(unitReportsTable.periodId, periodId),
          ),
        );
      return row ? present(row) : null;
    },

    /** Every unit's report state for a period (units without a row are drafts). */
    async states(tenantId: string, periodId: string): Promise<ReportState[]> {
      const rows = await db
        .select()
        .from(unitReportsTable)
        .where(
          and(eq(unitReportsTable.tenantId, tenantId), eq(unitReportsTable.periodId, periodId)),
        );
      return rows.map(present);
    },

    /** The tenant's published reports (only adopted ones can be: see `saveState`). */
    async published(tenantId: string): Promise<ReportState[]> {
      const rows = await db
        .select()
        .from(unitReportsTable)
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.status, 'adopted'),
            isNotNull(unitReportsTable.publishedAt),
          ),
        );
      return rows.map(present);
    },

    /** The tenants that have at least one published report. */
    async publishingTenants(): Promise<string[]> {
      const rows = await db
        .selectDistinct({ tenantId: unitReportsTable.tenantId })
        .from(unitReportsTable)
        .where(
          and(eq(unitReportsTable.status, 'adopted'), isNotNull(unitReportsTable.publishedAt)),
        );
      return rows.map((r) => r.tenantId);
    },

    /**
     * Publish (a user and an instant) or unpublish (null) an adopted report; false when the
     * report is not adopted (the check and the write are one statement). The workflow's
     * version is not moved: publishing changes who may read the report, not the report.
     */
    async setPublication(
      tenantId: string,
      unitId: string,
      periodId: string,
      publication: { at: Date; userId: string } | null,
    ): Promise<boolean> {
      const updated = await db
        .update(unitReportsTable)
        .set({ publishedAt: publication?.at ?? null, publishedBy: publication?.userId ?? null })
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.unitId, unitId),
            eq(unitReportsTable.periodId, periodId),
            eq(unitReportsTable.status, 'adopted'),
          ),
        )
        .returning({ id: unitReportsTable.id });
      return updated.length === 1;
    },

    /** Compare-and-set on the version (0: no row yet); false when someone moved it first. */
    async saveState(
      tenantId: string,
      unitId: string,
      periodId: string,
      write: StateWrite,
      version: number,
      userId: string | null,
    ): Promise<boolean> {
      const values = {
        ...write,
        // Only an adopted report can be public: every other step (a reopen) unpublishes it.
        ...(write.status === 'adopted' ? {} : { publishedAt: null, publishedBy: null }),
        tenantId,
        unitId,
        periodId,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      const r = unitReportsTable;
      return savedVersioned(db, r, {
        where: and(eq(r.tenantId, tenantId), eq(r.unitId, unitId), eq(r.periodId, periodId)),
        version,
        values,
      });
    },
  };
}
export type FollowupRepository = ReturnType<typeof createFollowupRepository>;
