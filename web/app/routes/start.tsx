import { createRoute } from '@tanstack/react-router';
import { StartPage } from '#web/modules/start/components/start-page.tsx';
import { appRoute } from '../layout/routes.tsx';

/** "/": the signed-in person's start page (Att göra). */
export const startRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: StartPage,
});
