import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const tenantsTable = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  scbCode: text('scb_code').notNull().unique(),
  kind: text('kind', { enum: ['kommun', 'region'] }).notNull(),
  /** bumped by every reorganisation; guards against committing a change prepared on a stale tree */
  orgRevision: integer('org_revision').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
