import { eq, sql } from 'drizzle-orm';
import type { CreateTenantInput, Tenant } from '#contracts/tenants.ts';
import type { Db } from '#server/db/client.ts';
import { tenantsTable } from './tenants.table.ts';

const present = (row: typeof tenantsTable.$inferSelect): Tenant => ({
  id: row.id,
  name: row.name,
  scbCode: row.scbCode,
  kind: row.kind,
});

export function createTenantsRepository(db: Db) {
  return {
    async findById(id: string): Promise<Tenant | null> {
      const [row] = await db.select().from(tenantsTable).where(eq(tenantsTable.id, id));
      return row ? present(row) : null;
    },
    async findByScbCode(scbCode: string): Promise<Tenant | null> {
      const [row] = await db.select().from(tenantsTable).where(eq(tenantsTable.scbCode, scbCode));
      return row ? present(row) : null;
    },
    async list(): Promise<Tenant[]> {
      return (await db.select().from(tenantsTable).orderBy(tenantsTable.name)).map(present);
    },
    async insert(input: CreateTenantInput): Promise<Tenant> {
      const [row] = await db.insert(tenantsTable).values(input).returning();
      return present(row!);
    },
    async orgRevision(tenantId: string): Promise<number> {
      const [row] = await db
        .select({ revision: tenantsTable.orgRevision })
        .from(tenantsTable)
        .where(eq(tenantsTable.id, tenantId));
      return row?.revision ?? 0;
    },
    /**
     * Move the organisation revision from `expected` to the next; false when someone else got
     * there first. The row lock serialises concurrent reorganisations of one tenant.
     */
    async bumpOrgRevision(tenantId: string, expected: number): Promise<boolean> {
      const rows = await db
        .update(tenantsTable)
        .set({ orgRevision: sql`${tenantsTable.orgRevision} + 1` })
        .where(sql`${tenantsTable.id} = ${tenantId} and ${tenantsTable.orgRevision} = ${expected}`)
        .returning({ id: tenantsTable.id });
      return rows.length === 1;
    },
  };
}
export type TenantsRepository = ReturnType<typeof createTenantsRepository>;
