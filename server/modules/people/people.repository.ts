import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Grant, Role, User } from '#contracts/people.ts';
import type { Db } from '#server/db/client.ts';
import { cachedQuery } from '#server/db/statements.ts';
import { writeVersioned } from '#server/db/versioned.ts';
import { orgUnitVersionsTable, orgUnitsTable } from '../org/org.table.ts';
import { tenantsTable } from '../tenants/tenants.table.ts';
import { loginFailuresTable, roleGrantsTable, sessionsTable, usersTable } from './people.table.ts';

type UserRow = typeof usersTable.$inferSelect;

// Every request resolves its session: the grants come in the same statement, as grantsOf
// gives them (latest unit name, in the order granted), so a request pays one round trip.
const sessionGrants = sql<Grant[]>`coalesce((
  select json_agg(json_build_object(
      'id', g.id, 'role', g.role, 'unitId', g.unit_id,
      'unitName', (select v.name from ${orgUnitVersionsTable} v
                   where v.unit_id = g.unit_id order by v.valid_from desc limit 1))
    order by g.created_at, g.id)
  from ${roleGrantsTable} g
  where g.tenant_id = "sessions"."tenant_id" and g.user_id = "sessions"."user_id"), '[]'::json)`;

// built once: every request asks it
const sessionOf = cachedQuery(['tokenHash', 'now'], (db, v) =>
  db
    .select({
      tokenHash: sessionsTable.tokenHash,
      userId: sessionsTable.userId,
      tenantId: sessionsTable.tenantId,
      csrfToken: sessionsTable.csrfToken,
      userName: usersTable.name,
      email: usersTable.email,
      grants: sessionGrants,
    })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .where(
      and(
        eq(sessionsTable.tokenHash, v.tokenHash),
        gt(sessionsTable.expiresAt, v.now),
        eq(usersTable.disabled, false),
      ),
    ),
);

export function createPeopleRepository(db: Db) {
  /** Grants with the unit's latest name, for display. */
  async function grantsOf(tenantId: string, userIds: string[]): Promise<Map<string, Grant[]>> {
    const byUser = new Map<string, Grant[]>();
    if (userIds.length === 0) return byUser;
    // Qualified by hand: drizzle writes a lone column unqualified, which inside this subquery
    // would mean v.unit_id and match every unit.
    const latestName = sql<string | null>`(
      select v.name from ${orgUnitVersionsTable} v
      where v.unit_id = "role_grants"."unit_id"
      order by v.valid_from desc limit 1)`;
    const rows = await db
      .select({
        id: roleGrantsTable.id,
        userId: roleGrantsTable.userId,
        role: roleGrantsTable.role,
        unitId: roleGrantsTable.unitId,
        unitName: latestName,
      })
      .from(roleGrantsTable)
      .where(and(eq(roleGrantsTable.tenantId, tenantId), inArray(roleGrantsTable.userId, userIds)))
      .orderBy(asc(roleGrantsTable.createdAt), asc(roleGrantsTable.id));
    for (const row of rows) {
      const list = byUser.get(row.userId) ?? [];
      list.push({ id: row.id, role: row.role, unitId: row.unitId, unitName: row.unitName });
      byUser.set(row.userId, list);
    }
    return byUser;
  }

  const present = (row: UserRow, grants: Grant[]): User => ({
    id: row.id,
    email: row.email,
    name: row.name,
    disabled: row.disabled,
    version: row.version,
    grants,
  });

  return {
    grantsOf,

    async list(tenantId: string): Promise<User[]> {
      const rows = await db
        .select()
        .from(usersTable)
        .where(eq(usersTable.tenantId, tenantId))
        .orderBy(asc(usersTable.name));
      const grants = await grantsOf(
        tenantId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => present(row, grants.get(row.id) ?? []));
    },

    async find(tenantId: string, id: string): Promise<User | null> {
      const [row] = await db
        .select()
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, id)));
      if (!row) return null;
      return present(row, (await grantsOf(tenantId, [id])).get(id) ?? []);
    },

    /** Login looks across tenants: an address may have an account in several (decision 005). */
    async findCredentials(email: string) {
      return db
        .select({
          user: usersTable,
          tenant: { id: tenantsTable.id, name: tenantsTable.name, scbCode: tenantsTable.scbCode },
        })
        .from(usersTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, usersTable.tenantId))
        .where(eq(usersTable.email, email))
        .orderBy(asc(tenantsTable.name));
    },

    /** Whether the address has an account in this tenant; other tenants are not asked. */
    async emailTaken(tenantId: string, email: string): Promise<boolean> {
      const [row] = await db
        .select({ id: usersTable.id })
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.email, email)));
      return row !== undefined;
    },

    async insert(tenantId: string, values: { email: string; name: string; passwordHash: string }) {
      const [row] = await db
        .insert(usersTable)
        .values({ tenantId, ...values })
        .returning();
      return present(row!, []);
    },

    /** Update only if the version still matches; returns null on a lost race. */
    async update(
      tenantId: string,
      id: string,
      version: number,
      changes: Partial<Pick<UserRow, 'name' | 'disabled' | 'passwordHash'>>,
    ) {
      const where = and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, id));
      const written = await writeVersioned(db, usersTable, {
        where,
        version,
        values: changes,
        existing: true,
      });
      return written ? { id: written } : null;
    },

    async unitExists(tenantId: string, unitId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: orgUnitsTable.id })
        .from(orgUnitsTable)
        .where(and(eq(orgUnitsTable.tenantId, tenantId), eq(orgUnitsTable.id, unitId)));
      return row !== undefined;
    },

    async insertGrant(tenantId: string, userId: string, role: Role, unitId: string | null) {
      const rows = await db
        .insert(roleGrantsTable)
        .values({ tenantId, userId, role, unitId })
        .onConflictDoNothing()
        .returning({ id: roleGrantsTable.id });
      return rows[0]?.id ?? null;
    },

    async deleteGrant(tenantId: string, userId: string, grantId: string) {
      const [row] = await db
        .delete(roleGrantsTable)
        .where(
          and(
            eq(roleGrantsTable.tenantId, tenantId),
            eq(roleGrantsTable.userId, userId),
            eq(roleGrantsTable.id, grantId),
          ),
        )
        .returning();
      return row ?? null;
    },

    /** Active administrators other than `exceptUserId` (to refuse removing the last one). */
    async countOtherAdmins(tenantId: string, exceptUserId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(distinct ${roleGrantsTable.userId})::int` })
        .from(roleGrantsTable)
        .innerJoin(usersTable, eq(usersTable.id, roleGrantsTable.userId))
        .where(
          and(
            eq(roleGrantsTable.tenantId, tenantId),
            eq(roleGrantsTable.role, 'admin'),
            eq(usersTable.disabled, false),
            sql`${roleGrantsTable.userId} <> ${exceptUserId}`,
          ),
        );
      return row?.n ?? 0;
    },

    async insertSession(values: typeof sessionsTable.$inferInsert) {
      await db.insert(sessionsTable).values(values);
    },

    async findSession(tokenHash: string, now: Date) {
      // a placeholder's value is sent as it is, not through the column's encoder
      const [row] = await sessionOf(db, { tokenHash, now: now.toISOString() });
      return row ?? null;
    },

    async deleteSession(tokenHash: string) {
      await db.delete(sessionsTable).where(eq(sessionsTable.tokenHash, tokenHash));
    },

    async deleteSessionsOf(userId: string) {
      await db.delete(sessionsTable).where(eq(sessionsTable.userId, userId));
    },

    async deleteExpiredSessions(now: Date) {
      await db.delete(sessionsTable).where(lt(sessionsTable.expiresAt, now));
    },

    /** The failed logins counted under `keys` (only keys that have some). */
    async loginFailures(keys: string[]) {
      return db.select().from(loginFailuresTable).where(inArray(loginFailuresTable.key, keys));
    },

    /**
     * One more failed login under each of `keys`, in one statement: a key whose count began
     * before `windowStart` starts again at 1 from `at`.
     */
    async countLoginFailure(keys: string[], at: Date, windowStart: Date) {
      const t = loginFailuresTable;
      const expired = sql`${t.since} <= ${windowStart.toISOString()}::timestamptz`;
      await db
        .insert(t)
        .values(keys.map((key) => ({ key, count: 1, since: at })))
        .onConflictDoUpdate({
          target: t.key,
          set: {
            count: sql`case when ${expired} then 1 else ${t.count} + 1 end`,
            since: sql`case when ${expired} then excluded.since else ${t.since} end`,
          },
        });
    },

    async clearLoginFailures(key: string) {
      await db.delete(loginFailuresTable).where(eq(loginFailuresTable.key, key));
    },

    async deleteLoginFailuresBefore(windowStart: Date) {
      await db.delete(loginFailuresTable).where(lt(loginFailuresTable.since, windowStart));
    },
  };
}
export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
