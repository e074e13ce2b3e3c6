import { createRoute } from '@tanstack/react-router';
import { YearsPage } from '#web/modules/years/components/years-page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const yearsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/years',
  component: () => (
    <RequirePermission permission="years.manage">
      <YearsPage />
    </RequirePermission>
  ),
});
