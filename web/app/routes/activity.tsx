import { createRoute, useNavigate } from '@tanstack/react-router';
import { ActivityPage } from '#web/modules/followup/rollup/components/activity-page.tsx';
import { parseActivitySearch } from '#web/modules/followup/rollup/followup.rollup.search.ts';
import { appRoute } from '../layout/routes.tsx';

export const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'activities/$id',
  validateSearch: parseActivitySearch,
  component: ActivityRoute,
});

function ActivityRoute() {
  const { id } = activityRoute.useParams();
  const navigate = useNavigate({ from: '/activities/$id' });
  return (
    <ActivityPage
      id={id}
      period={activityRoute.useSearch().period}
      onPeriod={(period) => void navigate({ params: { id }, search: { period }, replace: true })}
    />
  );
}
