import { createRoute, useNavigate } from '@tanstack/react-router';
import { EfficiencyPage } from '#web/modules/efficiency/components/efficiency-page.tsx';
import { parseEfficiencySearch } from '#web/modules/efficiency/efficiency.search.ts';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const efficiencyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'efficiency',
  validateSearch: parseEfficiencySearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <EfficiencyRoute />
    </RequirePermission>
  ),
});

function EfficiencyRoute() {
  const navigate = useNavigate({ from: '/efficiency' });
  return (
    <EfficiencyPage
      search={efficiencyRoute.useSearch()}
      onSearch={(search) => void navigate({ search })}
    />
  );
}
