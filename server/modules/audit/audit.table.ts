import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { auditActions } from '#contracts/audit.ts';
import { tenantColumn } from '#server/db/columns.ts';

/**
 * Append-only: a trigger (migration 0001) refuses UPDATE and DELETE, so not even a bug in our
 * own code can rewrite history.
 */
export const auditLogTable = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantColumn(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    userId: uuid('user_id'),
    /** copied at write time so the entry reads the same after the user is renamed */
    userName: text('user_name'),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    action: text('action', { enum: auditActions }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_tenant_idx').on(t.tenantId, t.id),
    index('audit_log_entity_idx').on(t.tenantId, t.entity, t.entityId),
  ],
);
