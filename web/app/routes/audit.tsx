import { createRoute, useNavigate } from '@tanstack/react-router';
import { parseAuditFilters } from '#web/modules/audit/audit.search.ts';
import { AuditPage } from '#web/modules/audit/components/audit-page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/audit',
  validateSearch: parseAuditFilters,
  component: () => (
    <RequirePermission permission="audit.read">
      <AuditRoute />
    </RequirePermission>
  ),
});

function AuditRoute() {
  const navigate = useNavigate({ from: '/admin/audit' });
  return (
    <AuditPage filters={auditRoute.useSearch()} onFilters={(search) => void navigate({ search })} />
  );
}
