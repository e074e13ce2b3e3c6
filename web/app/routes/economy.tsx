import { createRoute, useNavigate } from '@tanstack/react-router';
import { EconomyPage } from '#web/modules/economy/components/economy-page.tsx';
import { parseEconomySearch } from '#web/modules/economy/economy.search.ts';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const economyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'economy',
  validateSearch: parseEconomySearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <EconomyRoute />
    </RequirePermission>
  ),
});

function EconomyRoute() {
  const navigate = useNavigate({ from: '/economy' });
  return (
    <EconomyPage
      search={economyRoute.useSearch()}
      onSearch={(search) => void navigate({ search })}
    />
  );
}
