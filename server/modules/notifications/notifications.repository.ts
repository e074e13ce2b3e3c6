import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Notification, NotificationPreference } from '#contracts/notifications.ts';
import type { Db } from '#server/db/client.ts';
import { unitReportsTable } from '../followup/followup.table.ts';
import { orgUnitVersionsTable } from '../org/org.table.ts';
import { roleGrantsTable, usersTable } from '../people/people.table.ts';
import { budgetYearsTable, periodsTable } from '../years/years.table.ts';
import {
  notificationPreferencesTable,
  notificationSettingsTable,
  notificationsTable,
} from './notifications.table.ts';
import type { UnitGrant } from './notifications.rules.ts';

export type NewNotification = typeof notificationsTable.$inferInsert;

const LIST_LIMIT = 100;

const present = (row: typeof notificationsTable.$inferSelect): Notification => ({
  id: row.id,
  kind: row.kind,
  unitId: row.unitId,
  periodId: row.periodId,
  data: row.data,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

export function createNotificationsRepository(db: Db) {
  const mine = (tenantId: string, userId: string) =>
    and(
      eq(notificationsTable.tenantId, tenantId),
      eq(notificationsTable.userId, userId),
      eq(notificationsTable.inApp, true),
    );

  return {
    /** The person's in-app notifications, newest first, and how many are unread. */
    async list(tenantId: string, userId: string) {
      const rows = await db
        .select()
        .from(notificationsTable)
        .where(mine(tenantId, userId))
        .orderBy(desc(notificationsTable.createdAt), desc(notificationsTable.id))
        .limit(LIST_LIMIT);
      const [count] = await db
        .select({ unread: sql<number>`count(*)::int` })
        .from(notificationsTable)
        .where(and(mine(tenantId, userId), isNull(notificationsTable.readAt)));
      return { notifications: rows.map(present), unread: count?.unread ?? 0 };
    },

    /** Marks read; false when the person has no such notification. */
    async markRead(tenantId: string, userId: string, id: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(notificationsTable)
        .set({
          readAt: sql`coalesce(${notificationsTable.readAt}, ${now.toISOString()}::timestamptz)`,
        })
        .where(and(mine(tenantId, userId), eq(notificationsTable.id, id)))
        .returning({ id: notificationsTable.id });
      return rows.length === 1;
    },

    async markAllRead(tenantId: string, userId: string, now: Date): Promise<void> {
      await db
        .update(notificationsTable)
        .set({ readAt: now })
        .where(and(mine(tenantId, userId), isNull(notificationsTable.readAt)));
    },

    /** The choices people have made, by person (no entry: all defaults). */
    async preferences(tenantId: string, userIds: string[]) {
      const byUser = new Map<string, NotificationPreference[]>();
      if (userIds.length === 0) return byUser;
      const rows = await db
        .select()
        .from(notificationPreferencesTable)
        .where(
          and(
            eq(notificationPreferencesTable.tenantId, tenantId),
            inArray(notificationPreferencesTable.userId, userIds),
          ),
        );
      for (const row of rows)
        byUser.set(row.userId, [
          ...(byUser.get(row.userId) ?? []),
          { kind: row.kind, inApp: row.inApp, email: row.email },
        ]);
      return byUser;
    },

    async savePreferences(tenantId: string, userId: string, chosen: NotificationPreference[]) {
      if (chosen.length === 0) return;
      await db
        .insert(notificationPreferencesTable)
        .values(chosen.map((p) => ({ tenantId, userId, ...p })))
        .onConflictDoUpdate({
          target: [notificationPreferencesTable.userId, notificationPreferencesTable.kind],
          set: { inApp: sql`excluded.in_app`, email: sql`excluded.email` },
        });
    },

    async reminderDays(tenantId: string): Promise<number | null> {
      const [row] = await db
        .select()
        .from(notificationSettingsTable)
        .where(eq(notificationSettingsTable.tenantId, tenantId));
      return row?.deadlineReminderDays ?? null;
    },

    async saveReminderDays(tenantId: string, days: number, now: Date) {
      await db
        .insert(notificationSettingsTable)
        .values({ tenantId, deadlineReminderDays: days, updatedAt: now })
        .onConflictDoUpdate({
          target: notificationSettingsTable.tenantId,
          set: { deadlineReminderDays: days, updatedAt: now },
        });
    },

    /** Grants on units (not tenant-wide) of the tenant's active accounts. */
    async unitGrants(tenantId: string): Promise<UnitGrant[]> {
      return db
        .select({
          userId: roleGrantsTable.userId,
          role: roleGrantsTable.role,
          unitId: roleGrantsTable.unitId,
        })
        .from(roleGrantsTable)
        .innerJoin(usersTable, eq(usersTable.id, roleGrantsTable.userId))
        .where(
          and(
            eq(roleGrantsTable.tenantId, tenantId),
            isNotNull(roleGrantsTable.unitId),
            eq(usersTable.disabled, false),
          ),
        );
    },

    /** The unit's name on `date` (its latest earlier one if it had none then). */
    async unitName(tenantId: string, unitId: string, date: string): Promise<string> {
      const [row] = await db
        .select({ name: orgUnitVersionsTable.name })
        .from(orgUnitVersionsTable)
        .where(
          and(eq(orgUnitVersionsTable.tenantId, tenantId), eq(orgUnitVersionsTable.unitId, unitId)),
        )
        .orderBy(
          sql`${orgUnitVersionsTable.validFrom} <= ${date} desc`,
          desc(orgUnitVersionsTable.validFrom),
        )
        .limit(1);
      return row?.name ?? '';
    },

    async person(tenantId: string, userId: string) {
      const [row] = await db
        .select({ name: usersTable.name, email: usersTable.email, disabled: usersTable.disabled })
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, userId)));
      return row ?? null;
    },

    /** Stores the notifications; a reminder already made (same person and key) is skipped. */
    async insert(rows: NewNotification[]) {
      if (rows.length === 0) return [];
      return db
        .insert(notificationsTable)
        .values(rows)
        .onConflictDoNothing({ target: [notificationsTable.userId, notificationsTable.onceKey] })
        .returning({ userId: notificationsTable.userId, email: notificationsTable.email });
    },

    /** What the person's next e-mail says, oldest first; locked so no second digest sends it too. */
    async pendingMail(tenantId: string, userId: string) {
      return db
        .select()
        .from(notificationsTable)
        .where(
          and(
            eq(notificationsTable.tenantId, tenantId),
            eq(notificationsTable.userId, userId),
            eq(notificationsTable.email, 'pending'),
          ),
        )
        .orderBy(notificationsTable.createdAt, notificationsTable.id)
        .for('update', { skipLocked: true });
    },

    async markMailed(ids: string[]) {
      if (ids.length === 0) return;
      await db
        .update(notificationsTable)
        .set({ email: 'sent' })
        .where(inArray(notificationsTable.id, ids));
    },

    /** Periods of every tenant whose deadline is within the reminder window around `today`. */
    async periodsNearDeadline(from: string, to: string) {
      return db
        .select({
          tenantId: periodsTable.tenantId,
          periodId: periodsTable.id,
          name: periodsTable.name,
          year: budgetYearsTable.year,
          endsOn: periodsTable.endsOn,
          deadline: periodsTable.deadline,
          reminderDays: notificationSettingsTable.deadlineReminderDays,
        })
        .from(periodsTable)
        .innerJoin(budgetYearsTable, eq(budgetYearsTable.id, periodsTable.yearId))
        .leftJoin(
          notificationSettingsTable,
          eq(notificationSettingsTable.tenantId, periodsTable.tenantId),
        )
        .where(and(gte(periodsTable.deadline, from), lte(periodsTable.deadline, to)));
    },

    /** The units of the period whose report is ready or further on (no row: a draft). */
    async unitsPastDraft(tenantId: string, periodId: string): Promise<Set<string>> {
      const rows = await db
        .select({ unitId: unitReportsTable.unitId })
        .from(unitReportsTable)
        .where(
          and(
            eq(unitReportsTable.tenantId, tenantId),
            eq(unitReportsTable.periodId, periodId),
            sql`${unitReportsTable.status} <> 'draft'`,
          ),
        );
      return new Set(rows.map((r) => r.unitId));
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
