import { and, eq } from 'drizzle-orm';
import type { ReportState, ReportStatus } from '#contracts/reports.ts';
import type { Db } from '#server/db/client.ts';
import { unitReportsTable } from './reports.table.ts';

export type StateWrite = {
  status: ReportStatus;
  adoptedOn: string | null;
  decisionRef: string | null;
  returnComment: string;
};

export function createReportsRepository(db: Db) {
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
      if (!row) return null;
      return {
        unitId: row.unitId,
        periodId: row.periodId,
        status: row.status,
        adoptedOn: row.adoptedOn,
        decisionRef: row.decisionRef,
        returnComment: row.returnComment,
        version: row.version,
      };
    },

    /** Every unit's report state for a period (units without a row are drafts). */
    async states(tenantId: string, periodId: string): Promise<ReportState[]> {
      const rows = await db
        .select()
        .from(unitReportsTable)
        .where(
          and(eq(unitReportsTable.tenantId, tenantId), eq(unitReportsTable.periodId, periodId)),
        );
      return rows.map((row) => ({
        unitId: row.unitId,
        periodId: row.periodId,
        status: row.status,
        adoptedOn: row.adoptedOn,
        decisionRef: row.decisionRef,
        returnComment: row.returnComment,
        version: row.version,
      }));
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
        tenantId,
        unitId,
        periodId,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      if (version === 0) {
        const made = await db
          .insert(unitReportsTable)
          .values(values)
          .onConflictDoNothing()
          .returning({ id: unitReportsTable.id });
        return made.length === 1;
      }
      const updated = await db
        .update(unitReportsTable)
        .set({ ...values, version: version + 1 })
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.unitId, unitId),
            eq(unitReportsTable.periodId, periodId),
            eq(unitReportsTable.version, version),
          ),
        )
        .returning({ id: unitReportsTable.id });
      return updated.length === 1;
    },
  };
}
export type ReportsRepository = ReturnType<typeof createReportsRepository>;
