import { and, eq, inArray } from 'drizzle-orm';
import {
  index,
  pgTable,
  unique,
  type AnyPgColumn,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTable,
} from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { idColumn, refColumn, tenantColumn, versionedColumns } from './columns.ts';
import { cachedQuery } from './statements.ts';
import { writeVersionedRow, type AuditedWrite } from './versioned.ts';
import { orgUnitsTable } from '#server/modules/org/org.table.ts';
import type { Actor } from '#server/modules/audit/audit.repository.ts';
import { usersTable } from '#server/modules/people/people.table.ts';
import { periodsTable } from '#server/modules/years/years.table.ts';

/*
 * A unit's report on one subject (a goal, an indicator, an activity) for a period: the columns
 * and keys the report tables share, and the reads and writes they share. Apart from columns.ts
 * because it needs the unit, period and user tables, which themselves use columns.ts.
 */

export const unitPeriodColumns = () => ({
  unitId: refColumn('unit_id', () => orgUnitsTable.id),
  periodId: refColumn('period_id', () => periodsTable.id),
});

/** One report per subject, unit and period; a period's reports found by unit. */
const unitPeriodKeys = (
  table: string,
  subject: AnyPgColumn,
  t: { tenantId: AnyPgColumn; unitId: AnyPgColumn; periodId: AnyPgColumn },
) => [
  unique(`${table}_unique`).on(subject, t.unitId, t.periodId),
  index(`${table}_period_idx`).on(t.tenantId, t.periodId, t.unitId),
];

/**
 * A report table: id, tenant, the subject (`subjectKey`: its column), unit and period, then the
 * report's own `fields`, then its version and who wrote it last.
 */
export function reportTable<
  N extends string,
  K extends string,
  S extends PgColumnBuilderBase,
  F extends Record<string, PgColumnBuilderBase>,
>(name: N, subjectKey: K, subject: S, fields: F) {
  const columns = {
    id: idColumn(),
    tenantId: tenantColumn(),
    ...({ [subjectKey]: subject } as Record<K, S>),
    ...unitPeriodColumns(),
    ...fields,
    ...versionedColumns(() => usersTable.id),
  };
  return pgTable(name, columns, (t) =>
    unitPeriodKeys(name, (t as unknown as Record<K, AnyPgColumn>)[subjectKey], t),
  );
}

/** What `reportTable` gives every report table, as the reads and the write below use it. */
type ReportTable = PgTable & {
  id: PgColumn;
  tenantId: PgColumn;
  unitId: PgColumn;
  periodId: PgColumn;
  updatedBy: PgColumn;
};

/** A stored report without its row's id, tenant and writer's id; with when and by whom. */
export type StoredReport<T extends ReportTable> = Omit<
  T['$inferSelect'],
  'id' | 'tenantId' | 'updatedBy' | 'updatedAt'
> & { updatedAt: string; updatedByName: string | null };

/**
 * The units' reports for the periods, each with the name of who saved it last; with `subject`,
 * only the reports on those subjects (a save reads the one row it writes, not the whole report).
 */
export async function reportsOf<T extends ReportTable>(
  db: Db,
  table: T,
  tenantId: string,
  unitIds: string[],
  periodIds: string[],
  subject?: { key: string; ids: string[] },
): Promise<StoredReport<T>[]> {
  if (unitIds.length === 0 || periodIds.length === 0 || subject?.ids.length === 0) return [];
  const single = unitIds.length === 1 && periodIds.length === 1 && subject?.ids.length === 1;
  const rows = await (single
    ? oneReportOf(table, subject!.key)(db, {
        tenantId,
        unitId: unitIds[0],
        periodId: periodIds[0],
        subjectId: subject!.ids[0],
      })
    : db
        .select({ report: table as ReportTable, updatedByName: usersTable.name })
        .from(table as ReportTable)
        .leftJoin(usersTable, eq(usersTable.id, table.updatedBy))
        .where(
          and(
            eq(table.tenantId, tenantId),
            inArray(table.unitId, unitIds),
            inArray(table.periodId, periodIds),
            subject &&
              inArray((table as unknown as Record<string, PgColumn>)[subject.key]!, subject.ids),
          ),
        ));
  return rows.map(({ report, updatedByName }) =>
    storedReportOf(table, report as T['$inferSelect'], updatedByName),
  );
}

type OneReport = ReturnType<typeof oneReportStatement>;
const oneReportStatements = new WeakMap<ReportTable, Map<string, OneReport>>();

const oneReportStatement = (table: ReportTable, subjectKey: string) =>
  cachedQuery(['tenantId', 'unitId', 'periodId', 'subjectId'], (db, v) =>
    db
      .select({ report: table, updatedByName: usersTable.name })
      .from(table)
      .leftJoin(usersTable, eq(usersTable.id, table.updatedBy))
      .where(
        and(
          eq(table.tenantId, v.tenantId),
          eq(table.unitId, v.unitId),
          eq(table.periodId, v.periodId),
          eq((table as unknown as Record<string, PgColumn>)[subjectKey]!, v.subjectId),
        ),
      ),
  );

/** The one row a save reads before and after its write: built once per table (statements.ts). */
function oneReportOf(table: ReportTable, subjectKey: string): OneReport {
  const byKey = oneReportStatements.get(table) ?? new Map<string, OneReport>();
  oneReportStatements.set(table, byKey);
  const made = byKey.get(subjectKey) ?? oneReportStatement(table, subjectKey);
  byKey.set(subjectKey, made);
  return made;
}

/** A report row as `reportsOf` gives it. */
export function storedReportOf<T extends ReportTable>(
  _table: T,
  report: T['$inferSelect'],
  updatedByName: string | null,
): StoredReport<T> {
  // a loop, not a rest pattern: this runs for every outcome of every report read, and V8 copies
  // a rest pattern's object property by property through the runtime
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(report as Record<string, unknown>))
    if (!notStored.has(key)) stored[key] = value;
  stored.updatedAt = (report as { updatedAt: Date }).updatedAt.toISOString();
  stored.updatedByName = updatedByName;
  return stored as StoredReport<T>;
}

const notStored = new Set(['id', 'tenantId', 'updatedBy']);

/** Who writes: the name goes into the row `saveReport` answers with (the stored row's writer). */
export type Writer = Pick<Actor, 'userId' | 'userName'>;

/** The audit entry `saveReport` writes with the row, by the writer, in the write's statement. */
export type ReportAudit = Pick<AuditedWrite, 'entity' | 'entityId' | 'columns' | 'after'>;

/**
 * Writes a unit's report on a subject for a period if the stored version is still `version`
 * (0: none stored yet), and answers with the row as stored, as `reportsOf` gives it (from the
 * write's `returning`, not read again); null when someone else saved in between. With `audit`
 * the same statement records the write in the audit log (`auditedWrite` in versioned.ts).
 */
export async function saveReport<T extends ReportTable, K extends keyof T['$inferInsert'] & string>(
  db: Db,
  table: T,
  subjectKey: K,
  tenantId: string,
  write: { unitId: string; periodId: string } & Record<K, string> & Partial<T['$inferInsert']>,
  version: number,
  writer: Writer,
  audit?: ReportAudit,
): Promise<StoredReport<T> | null> {
  const subject = (table as unknown as Record<K, PgColumn>)[subjectKey];
  const stored = await writeVersionedRow(db, table, {
    where: and(
      eq(table.tenantId, tenantId),
      eq(subject, write[subjectKey]),
      eq(table.unitId, write.unitId),
      eq(table.periodId, write.periodId),
    ),
    version,
    values: { ...write, tenantId, updatedBy: writer.userId, updatedAt: new Date() },
    audit: audit && { ...audit, tenantId, userId: writer.userId, userName: writer.userName },
  });
  if (!stored) return null;
  // as the left join of `reportsOf` names the writer: nobody when the system wrote
  return storedReportOf(table, stored, writer.userId === null ? null : writer.userName);
}
