import { createRoute, useNavigate } from '@tanstack/react-router';
import { isIsoDate } from '#web/lib/format.ts';
import { OrgPage } from '#web/modules/org/components/org-page.tsx';
import { appRoute } from '../layout/routes.tsx';

export const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org',
  validateSearch: (search: Record<string, unknown>): { date?: string } =>
    isIsoDate(search.date) ? { date: search.date } : {},
  component: OrgRoute,
});

function OrgRoute() {
  const navigate = useNavigate({ from: '/org' });
  return (
    <OrgPage
      date={orgRoute.useSearch().date}
      onDate={(date) => void navigate({ search: date ? { date } : {}, replace: true })}
    />
  );
}
