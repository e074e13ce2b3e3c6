import { YearsPage } from '#web/modules/years/components/years-page.tsx';
import { permittedPageRoute } from '../layout/routes.tsx';

export const yearsRoute = permittedPageRoute({
  path: 'admin/years',
  permission: 'years.manage',
  page: YearsPage,
});
