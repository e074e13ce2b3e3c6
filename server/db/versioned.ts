import { and, eq, getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { auditLogTable } from '#server/modules/audit/audit.table.ts';
import type { Db } from './client.ts';
import { fromJsonRow, jsonRow } from './json-rows.ts';
import { rowsOf } from './transaction.ts';

/** A table whose rows carry a uuid `id` and a version that counts their writes. */
type VersionedTable = PgTable & { id: PgColumn };

export type VersionedWrite<T extends VersionedTable> = {
  /** which row: its identity without the version (tenant, unit, period …) */
  where: SQL | undefined;
  /** the version the writer started from; 0: no row stored yet */
  version: number;
  /** the new values; null removes the row */
  values: Partial<T['$inferInsert']> | null;
  /** what a first save inserts, when it needs more than `values` (the row's identity) */
  insert?: T['$inferInsert'];
  /** default the table's `version` column */
  versionColumn?: PgColumn;
  /** the row always exists (a goal, a user): every version, 0 included, is an update */
  existing?: true;
  /** recorded in the audit log by the write's own statement, only if the write happens */
  audit?: AuditedWrite;
};

/**
 * An audit entry written with the row: `columns` (the table's property names) as the row held
 * them before (`before`, null and action `create` when there was none) and `after` as given.
 */
export type AuditedWrite = {
  tenantId: string;
  userId: string | null;
  userName: string | null;
  entity: string;
  entityId: string;
  columns: readonly string[];
  after: unknown;
};

/**
 * The compare-and-set every edited row goes through: the write happens only if the stored
 * version is still the one the writer started from, and bumps it. A first save (version 0)
 * inserts and is refused when someone else inserted first (the unique identity conflicts);
 * a removal at version 0 succeeds only when there is still nothing to remove.
 *
 * Returns the id of the row written (null for a removal), or `false` when refused. The caller
 * reads what is stored after a refusal, never before: on PostgreSQL two first saves both see
 * no row, and only a read after the refused insert (which waited for the winner's commit) sees
 * the winner's text.
 */
export async function writeVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  write: VersionedWrite<T>,
): Promise<string | null | false> {
  const row = await writeReturning(db, table, write, { id: table.id });
  return row === null || row === false ? row : (row.id as string);
}

/**
 * `writeVersioned`, giving the whole row as the write stored it (`returning`): a save that
 * answers with what it stored needs no read after it.
 */
export function writeVersionedRow<T extends VersionedTable>(
  db: Db,
  table: T,
  write: VersionedWrite<T>,
): Promise<T['$inferSelect'] | null | false> {
  return writeReturning(db, table, write) as Promise<T['$inferSelect'] | null | false>;
}

/** The compare-and-set, returning `columns` of the row written (all of them when not given). */
async function writeReturning<T extends VersionedTable>(
  db: Db,
  table: T,
  write: VersionedWrite<T>,
  columns?: { id: PgColumn },
): Promise<Record<string, unknown> | null | false> {
  const { where, version, values } = write;
  const versionColumn = write.versionColumn ?? (table as unknown as { version: PgColumn }).version;
  if (values !== null && (version !== 0 || write.existing)) {
    const update = db
      .update(table)
      .set({ ...values, [versionKey(table, versionColumn)]: version + 1 } as never)
      .where(and(where, eq(versionColumn, version)));
    if (write.audit) return auditedWrite(db, table, where, update.returning(), write.audit);
    const updated = (await (columns ? update.returning(columns) : update.returning())) as Record<
      string,
      unknown
    >[];
    return updated[0] ?? false;
  }
  const idColumn = { id: table.id };
  if (values === null) {
    if (version === 0)
      return (
        await db
          .select(idColumn)
          .from(table as PgTable)
          .where(where)
      ).length === 0
        ? null
        : false;
    const gone = await db
      .delete(table)
      .where(and(where, eq(versionColumn, version)))
      .returning(idColumn);
    return gone.length === 1 ? null : false;
  }
  const insert = db
    .insert(table)
    .values((write.insert ?? values) as T['$inferInsert'])
    .onConflictDoNothing();
  if (write.audit) return auditedWrite(db, table, where, insert.returning(), write.audit);
  const made = (await (columns ? insert.returning(columns) : insert.returning())) as Record<
    string,
    unknown
  >[];
  return made[0] ?? false;
}

/**
 * The write and its audit entry as one statement: the row as it was (`before`, read in the same
 * snapshot as the write, so it is the row the version check passed on), the write, and the
 * entry only if the write returned a row. Two round trips fewer than reading, writing and
 * recording one by one, and the entry cannot part from the write. Answers the row written, or
 * false when the write was refused.
 */
async function auditedWrite(
  db: Db,
  table: VersionedTable,
  where: SQL | undefined,
  write: { getSQL(): SQL },
  audit: AuditedWrite,
): Promise<Record<string, unknown> | false> {
  const name = getTableName(table);
  const log = auditLogTable;
  const result = await db.execute(sql`with before as (
      select ${jsonRow(table, `"${name}"`, audit.columns)} as audited from ${table} where ${where}),
    saved as (${write.getSQL()}),
    logged as (
      insert into ${log} (${sql.identifier(log.tenantId.name)}, ${sql.identifier(log.userId.name)},
        ${sql.identifier(log.userName.name)}, ${sql.identifier(log.entity.name)},
        ${sql.identifier(log.entityId.name)}, ${sql.identifier(log.action.name)},
        ${sql.identifier(log.before.name)}, ${sql.identifier(log.after.name)})
      select ${audit.tenantId}::uuid, ${audit.userId}::uuid, ${audit.userName}::text,
        ${audit.entity}::text, ${audit.entityId}::text,
        case when exists (select from before) then 'update' else 'create' end,
        (select audited from before), ${JSON.stringify(audit.after)}::jsonb
      from saved)
    select ${jsonRow(table, 'saved')} as row from saved`);
  const cell = rowsOf<{ row: Record<string, unknown> | string }>(result)[0]?.row;
  if (cell === undefined) return false;
  return fromJsonRow(table, typeof cell === 'string' ? JSON.parse(cell) : cell);
}

/** The property name of the version column (`version`, or `carryOverVersion` on a year). */
function versionKey(table: VersionedTable, column: PgColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!entry) throw new Error(`${column.name} is not a column of the table`);
  return entry[0];
}

/** The compare-and-set as most repositories answer it: written or refused. */
export async function savedVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  write: VersionedWrite<T>,
): Promise<boolean> {
  return (await writeVersioned(db, table, write)) !== false;
}
