import { CompassPage } from '#web/modules/compass/components/compass-page.tsx';
import { permittedPageRoute } from '../layout/routes.tsx';

export const compassRoute = permittedPageRoute({
  path: 'kommunkompassen',
  permission: 'org.read',
  page: CompassPage,
});
