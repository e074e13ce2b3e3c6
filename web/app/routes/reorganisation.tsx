import { createRoute } from '@tanstack/react-router';
import { ReorganisationPage } from '#web/modules/org/components/reorganisation-page.tsx';
import { appRoute } from '../layout/routes.tsx';

export const reorganisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org/reorganisations/$id',
  // `recorded` is set by the wizard right after a commit, to confirm it.
  validateSearch: (search: Record<string, unknown>): { recorded?: true } =>
    search.recorded === true || search.recorded === 'true' ? { recorded: true } : {},
  component: ReorganisationRoute,
});

function ReorganisationRoute() {
  const { id } = reorganisationRoute.useParams();
  const { recorded } = reorganisationRoute.useSearch();
  return <ReorganisationPage id={id} recorded={recorded ?? false} />;
}
