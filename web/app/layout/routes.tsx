import { Paragraph } from '@digdir/designsystemet-react';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '#contracts/people.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { meQuery, useMe } from '#web/modules/people/people.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Page } from '#web/ui/page.tsx';
import { AppFrame } from './frame.tsx';

export type RouterContext = { queryClient: QueryClient };

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')}>
      <Paragraph>{t('errors.notFoundText')}</Paragraph>
      <AppLink to="/org">{t('errors.toStart')}</AppLink>
    </Page>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: () => (
    <AppFrame>
      <NotFound />
    </AppFrame>
  ),
});

function Shell() {
  const me = useMe();
  return (
    <AppFrame me={me}>
      <Outlet />
    </AppFrame>
  );
}

/** Every signed-in page: loads `me` first and sends a visitor without a session to log in. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: Shell,
  errorComponent: ({ error }) => (
    <AppFrame>
      <div className="page">
        <ErrorAlert error={error} onRetry={() => window.location.reload()} />
      </div>
    </AppFrame>
  ),
  notFoundComponent: NotFound,
});

export const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/org' });
  },
});

/** Shows the page only to a user with the permission (the server checks again on every call). */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.permissions.includes(permission)) return children;
  return (
    <Page title={t('errors.forbiddenTitle')}>
      <Paragraph>{t('errors.forbiddenText')}</Paragraph>
      <AppLink to="/org">{t('errors.toStart')}</AppLink>
    </Page>
  );
}
