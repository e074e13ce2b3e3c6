import { UsersPage } from '#web/modules/people/components/users-page.tsx';
import { permittedPageRoute } from '../layout/routes.tsx';

export const usersRoute = permittedPageRoute({
  path: 'admin/users',
  permission: 'users.manage',
  page: UsersPage,
});
