import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '#server/formula-guard.ts';
import type { AuditEntry, AuditPage, AuditQuery } from '#contracts/audit.ts';
import type { AuditRepository } from './audit.repository.ts';

export async function listAudit(
  { audit }: { audit: AuditRepository },
  tenantId: string,
  query: AuditQuery,
): Promise<AuditPage> {
  const rows = await audit.list(tenantId, { ...query, limit: query.limit + 1 });
  const entries: AuditEntry[] = rows.slice(0, query.limit).map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    userId: row.userId,
    userName: row.userName,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    subject: row.subject,
    report: row.report,
    before: row.before ?? null,
    after: row.after ?? null,
  }));
  const nextCursor = rows.length > query.limit ? (entries.at(-1)?.id ?? null) : null;
  return { entries, nextCursor };
}

const MAX_EXPORT_ROWS = 100_000;

/** The filtered log as CSV (UTF-8 with BOM and semicolons, so Swedish Excel opens it as is). */
export async function exportAuditCsv(
  deps: { audit: AuditRepository },
  tenantId: string,
  query: Omit<AuditQuery, 'limit' | 'before'>,
): Promise<string> {
  const { entries } = await listAudit(deps, tenantId, { ...query, limit: MAX_EXPORT_ROWS });
  const rows = entries.map((e) => [
    e.id,
    e.at,
    e.userName ?? '',
    e.userId ?? '',
    e.entity,
    e.entityId ?? '',
    e.action,
    e.before === null ? '' : JSON.stringify(e.before),
    e.after === null ? '' : JSON.stringify(e.after),
  ]);
  const csv = stringify(rows, {
    delimiter: ';',
    header: true,
    columns: [
      'id',
      'tid',
      'användare',
      'användar-id',
      'objekt',
      'objekt-id',
      'händelse',
      'före',
      'efter',
    ],
    cast: { string: guardFormula },
  });
  return `\uFEFF${csv}`;
}
