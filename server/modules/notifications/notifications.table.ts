import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { notificationKinds, type NotificationData } from '#contracts/notifications.ts';
import { idColumn, refColumn, tenantColumn } from '#server/db/columns.ts';
import { usersTable } from '../people/people.table.ts';

export const emailStates = ['none', 'pending', 'sent'] as const;

/**
 * One message to one person: shown in the app when `inApp`, and e-mailed in the person's next
 * digest while `email` is pending. A reminder carries a key so it is made once per person.
 */
export const notificationsTable = pgTable(
  'notifications',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    userId: refColumn('user_id', () => usersTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    unitId: uuid('unit_id'),
    periodId: uuid('period_id'),
    data: jsonb('data').$type<NotificationData>().notNull(),
    link: text('link').notNull(),
    inApp: boolean('in_app').notNull(),
    email: text('email', { enum: emailStates }).notNull(),
    /** a reminder's key ("deadline_soon:<period>:<unit>"): at most one per person */
    onceKey: text('once_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_once_idx').on(t.userId, t.onceKey),
  ],
);

/** A person's choice for one kind; no row: the defaults (notifications.rules.ts). */
export const notificationPreferencesTable = pgTable(
  'notification_preferences',
  {
    tenantId: tenantColumn(),
    userId: refColumn('user_id', () => usersTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    inApp: boolean('in_app').notNull(),
    email: boolean('email').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A tenant's notification settings; no row: the defaults. */
export const notificationSettingsTable = pgTable('notification_settings', {
  tenantId: tenantColumn().primaryKey(),
  deadlineReminderDays: integer('deadline_reminder_days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
