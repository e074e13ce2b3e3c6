import { and, desc, eq, getTableColumns, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditQuery } from '#contracts/audit.ts';
import { insertInBatches } from '#server/db/batch.ts';
import type { Db } from '#server/db/client.ts';
import { reportName, reportPeriod, reportUnit, subjectName } from './audit.subjects.ts';
import { auditLogTable } from './audit.table.ts';

const sessionActions: AuditAction[] = ['login', 'logout', 'login_failed'];

export type Actor = { tenantId: string; userId: string | null; userName: string | null };

export type AuditRecord = {
  entity: string;
  entityId: string | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
};

/** The row an entry is stored as (bench/import.ts loads these with COPY). */
export const auditRowOf = (actor: Actor, entry: AuditRecord) => ({
  tenantId: actor.tenantId,
  userId: actor.userId,
  userName: actor.userName,
  entity: entry.entity,
  entityId: entry.entityId,
  action: entry.action,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

export function createAuditRepository(db: Db) {
  return {
    async record(actor: Actor, entry: AuditRecord): Promise<void> {
      await db.insert(auditLogTable).values(auditRowOf(actor, entry));
    },

    /** Many entries in the order given, a batch at a time (a bulk import's, e.g.). */
    async recordMany(actor: Actor, entries: readonly AuditRecord[], signal?: AbortSignal) {
      const rows = entries.map((entry) => auditRowOf(actor, entry));
      await insertInBatches(db, auditLogTable, rows, signal);
    },

    async list(tenantId: string, query: Omit<AuditQuery, 'limit'> & { limit: number }) {
      const conditions: SQL[] = [eq(auditLogTable.tenantId, tenantId)];
      if (query.entity) conditions.push(eq(auditLogTable.entity, query.entity));
      if (query.entityId) conditions.push(eq(auditLogTable.entityId, query.entityId));
      if (query.action) conditions.push(eq(auditLogTable.action, query.action));
      if (query.userId) conditions.push(eq(auditLogTable.userId, query.userId));
      // from/to are calendar days in Swedish time, inclusive
      const day = sql`(${auditLogTable.at} at time zone 'Europe/Stockholm')::date`;
      if (query.from) conditions.push(sql`${day} >= ${query.from}::date`);
      if (query.to) conditions.push(sql`${day} <= ${query.to}::date`);
      if (query.before) conditions.push(lt(auditLogTable.id, query.before));
      // Logins and logouts drown the changes: shown when asked for, or when filtering by them.
      if (query.logins !== 'true' && !query.action)
        conditions.push(notInArray(auditLogTable.action, sessionActions));
      if (query.unitId && query.periodId)
        conditions.push(
          sql`${reportUnit} = ${query.unitId}`,
          sql`${reportPeriod} = ${query.periodId}`,
        );
      return db
        .select({ ...getTableColumns(auditLogTable), subject: subjectName, report: reportName })
        .from(auditLogTable)
        .where(and(...conditions))
        .orderBy(desc(auditLogTable.id))
        .limit(query.limit);
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
