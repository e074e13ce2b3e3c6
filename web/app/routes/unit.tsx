import { createRoute } from '@tanstack/react-router';
import { UnitPage } from '#web/modules/org/components/unit-page.tsx';
import { appRoute } from '../layout/routes.tsx';

export const unitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org/units/$id',
  component: () => <UnitPage id={unitRoute.useParams().id} />,
});
