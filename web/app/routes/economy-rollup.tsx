import { createRoute, useNavigate } from '@tanstack/react-router';
import { EconomyRollUpPage } from '#web/modules/economy/components/economy-rollup-page.tsx';
import { parseEconomyRollUpSearch } from '#web/modules/economy/economy.search.ts';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const economyRollUpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'economy/rollup',
  validateSearch: parseEconomyRollUpSearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <EconomyRollUpRoute />
    </RequirePermission>
  ),
});

function EconomyRollUpRoute() {
  const navigate = useNavigate({ from: '/economy/rollup' });
  return (
    <EconomyRollUpPage
      search={economyRollUpRoute.useSearch()}
      onSearch={(search) => void navigate({ search })}
    />
  );
}
