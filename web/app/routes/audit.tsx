import { parseAuditFilters } from '#web/modules/audit/audit.search.ts';
import { AuditPage } from '#web/modules/audit/components/audit-page.tsx';
import { searchPageRoute } from '../layout/routes.tsx';

export const auditRoute = searchPageRoute({
  path: 'admin/audit',
  validateSearch: parseAuditFilters,
  permission: 'audit.read',
  page: AuditPage,
});
