import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { roles } from '#contracts/people.ts';
import { idColumn, tenantColumn, versionColumn, refColumn } from '#server/db/columns.ts';
import { orgUnitsTable } from '../org/org.table.ts';

export const usersTable = pgTable(
  'users',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    /** stored lower-case; unique per tenant (decision 005) */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    version: versionColumn(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('users_tenant_idx').on(t.tenantId),
    uniqueIndex('users_tenant_email_idx').on(t.tenantId, t.email),
    // login finds every account with an address
    index('users_email_idx').on(t.email),
  ],
);

export const roleGrantsTable = pgTable(
  'role_grants',
  {
    id: idColumn(),
    tenantId: tenantColumn(),
    userId: refColumn('user_id', () => usersTable.id),
    role: text('role', { enum: roles }).notNull(),
    /** null: the grant covers the whole tenant */
    unitId: uuid('unit_id').references(() => orgUnitsTable.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('role_grants_unique').on(t.userId, t.role, t.unitId).nullsNotDistinct(),
    index('role_grants_user_idx').on(t.userId),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
/**
 * Failed logins in the current minute, per client address (`address:<ip>`) and per account
 * (`account:<email>`): `people.throttle.ts`. In the database, not in a process, so that every
 * server process of a city counts the same failures. Not a tenant's: a login names no tenant
 * until it succeeds. A row lives a minute; the next failure after that removes it.
 */
export const loginFailuresTable = pgTable(
  'login_failures',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_failures_since_idx').on(t.since)],
);

export const sessionsTable = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: refColumn('user_id', () => usersTable.id),
    tenantId: tenantColumn(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
