import { auditActions, type AuditAction } from '#contracts/audit.ts';
import { isIsoDate } from '#web/lib/format.ts';
import { searchParser } from '#web/lib/search.ts';
import type { AuditFilters } from './audit.api.ts';

const isAction = (value: unknown): value is AuditAction =>
  typeof value === 'string' && (auditActions as readonly string[]).includes(value);

const date = (value: unknown) => (isIsoDate(value) ? value : undefined);
const uuid = (value: unknown) =>
  typeof value === 'string' &&
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)
    ? value
    : undefined;

/** Only well-formed filters get into the search (the server would refuse the others). */
export const parseAuditFilters = searchParser<AuditFilters>({
  entity: (value) =>
    typeof value === 'string' && /^[a-z_]{1,60}$/.test(value) ? value : undefined,
  action: (value) => (isAction(value) ? value : undefined),
  from: date,
  to: date,
  unitId: uuid,
  periodId: uuid,
  logins: (value) => (value === 'true' || value === true ? true : undefined),
});
