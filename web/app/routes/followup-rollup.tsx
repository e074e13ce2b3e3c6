import { createRoute, useNavigate } from '@tanstack/react-router';
import { RollUpPage } from '#web/modules/followup/rollup/components/rollup-page.tsx';
import { parseRollUpSearch } from '#web/modules/followup/rollup/followup.rollup.search.ts';
import { appRoute } from '../layout/routes.tsx';

export const rollupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'rollup',
  validateSearch: parseRollUpSearch,
  component: RollUpRoute,
});

function RollUpRoute() {
  const navigate = useNavigate({ from: '/rollup' });
  return (
    <RollUpPage
      search={rollupRoute.useSearch()}
      onSearch={(search) => void navigate({ search, replace: true })}
    />
  );
}
