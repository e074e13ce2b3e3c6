import { CompilationPage } from '#web/modules/compilation/components/compilation-page.tsx';
import { permittedPageRoute } from '../layout/routes.tsx';

/** The city's compilation: an administrator or a controller (the server checks the top unit). */
export const compilationRoute = permittedPageRoute({
  path: 'compilation',
  permission: 'model.write',
  page: CompilationPage,
});
