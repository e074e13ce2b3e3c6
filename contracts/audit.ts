import { z } from 'zod';
import { id, isoDate, storable } from './common.ts';

export const auditActions = [
  'create',
  'update',
  'delete',
  'reorganise',
  'grant',
  'revoke',
  'login',
  'logout',
  'login_failed',
  'download',
] as const;
export const auditAction = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditAction>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: id.nullable(),
  userName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: auditAction,
  /** what the entry is about, by name: "2.3 Luften ska bli renare", an indicator's name … */
  subject: z.string().nullable(),
  /** the report a report's row belongs to: "Kommunstyrelsen – Verksamhetsberättelse 2015" */
  report: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = z.strictObject({
  entity: storable(z.string().max(60)).optional(),
  entityId: storable(z.string().max(60)).optional(),
  action: auditAction.optional(),
  userId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** logins, logouts and failed logins are left out unless asked for (or filtered by action) */
  logins: z.enum(['true', 'false']).optional(),
  /** one report's entries: its unit and period (both needed) */
  unitId: id.optional(),
  periodId: id.optional(),
  /** entries with an id below this one (the previous page's nextCursor) */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditPage = z.object({
  entries: z.array(auditEntry),
  nextCursor: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;
