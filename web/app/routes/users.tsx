import { createRoute } from '@tanstack/react-router';
import { UsersPage } from '#web/modules/people/components/users-page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/users',
  component: () => (
    <RequirePermission permission="users.manage">
      <UsersPage />
    </RequirePermission>
  ),
});
