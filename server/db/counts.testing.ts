import { count, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** How many rows each table holds: a tenant's, or (without one) all tenants'. */
export async function countRows(
  db: Db,
  tables: Record<string, PgTable & { tenantId: PgColumn }>,
  tenantId?: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(tenantId === undefined ? undefined : eq(table.tenantId, tenantId));
    counts[name] = row!.n;
  }
  return counts;
}
