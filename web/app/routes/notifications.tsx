import { createRoute } from '@tanstack/react-router';
import { NotificationsPage } from '#web/modules/notifications/components/notifications-page.tsx';
import { appRoute } from '../layout/routes.tsx';

/** Every signed-in person's own notifications (the server checks again on every call). */
export const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'notifications',
  component: NotificationsPage,
});
