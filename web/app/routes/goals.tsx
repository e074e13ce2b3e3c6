import { createRoute, useNavigate } from '@tanstack/react-router';
import { GoalsPage } from '#web/modules/goals/components/goals-page.tsx';
import { parseGoalsSearch } from '#web/modules/goals/goals.search.ts';
import { appRoute } from '../layout/routes.tsx';

export const goalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'goals',
  validateSearch: parseGoalsSearch,
  component: GoalsRoute,
});

function GoalsRoute() {
  const navigate = useNavigate({ from: '/goals' });
  return (
    <GoalsPage search={goalsRoute.useSearch()} onSearch={(search) => void navigate({ search })} />
  );
}
