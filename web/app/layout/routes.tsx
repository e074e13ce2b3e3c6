import { Paragraph } from '@digdir/designsystemet-react';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '#contracts/people.ts';
import { isApiError } from '#web/lib/api-client.ts';
import type { SearchProps } from '#web/lib/search.ts';
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
      <AppLink to="/">{t('errors.toStart')}</AppLink>
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
      <AppLink to="/">{t('errors.toStart')}</AppLink>
    </Page>
  );
}

type SearchPageOptions<TPath extends string, S> = {
  path: TPath;
  validateSearch: (search: Record<string, unknown>) => S;
  /** shown only to a user with it; without, to every signed-in user */
  permission?: Permission;
  /** a new search replaces the history entry instead of adding one */
  replace?: boolean;
  page: ComponentType<SearchProps<S>>;
};

/**
 * A signed-in page steered by its address's search (year, unit, period…): the page reads the
 * search, and each choice it makes (if it makes any) navigates to the new one.
 */
export function searchPageRoute<const TPath extends string, S>({
  path,
  validateSearch,
  permission,
  replace,
  page: SearchPage,
}: SearchPageOptions<TPath, S>) {
  const route = createRoute({
    getParentRoute: () => appRoute,
    path,
    validateSearch,
    component: () =>
      permission ? (
        <RequirePermission permission={permission}>
          <SearchRoute />
        </RequirePermission>
      ) : (
        <SearchRoute />
      ),
  });
  // TanStack's types cannot resolve a path that is still a type parameter; the route returned
  // is fully typed at each call (a literal path), and these are its hooks as they behave.
  const hooks = route as unknown as {
    useSearch: () => S;
    useNavigate: () => (options: { search: S; replace?: boolean }) => Promise<void>;
  };
  function SearchRoute() {
    const navigate = hooks.useNavigate();
    return (
      <SearchPage
        search={hooks.useSearch()}
        onSearch={(search) => void navigate({ search, replace })}
      />
    );
  }
  return route;
}

/** A signed-in page, without a search, for the users with a permission. */
export function permittedPageRoute<const TPath extends string>({
  path,
  permission,
  page: PermittedPage,
}: {
  path: TPath;
  permission: Permission;
  page: ComponentType;
}) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    component: () => (
      <RequirePermission permission={permission}>
        <PermittedPage />
      </RequirePermission>
    ),
  });
}
