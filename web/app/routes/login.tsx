import { createRoute, useRouter } from '@tanstack/react-router';
import { LoginPage } from '#web/modules/people/components/login-page.tsx';
import { AppFrame } from '../layout/frame.tsx';
import { rootRoute } from '../layout/routes.tsx';

/** Only a path on this site may be a redirect target (no open redirect to another host). */
const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const redirect = safeRedirect(search.redirect);
    return redirect ? { redirect } : {};
  },
  component: LoginRoute,
});

function LoginRoute() {
  const router = useRouter();
  const { redirect } = loginRoute.useSearch();
  const onLoggedIn = async () => {
    if (redirect && !redirect.startsWith('/login')) router.history.push(redirect);
    else await router.navigate({ to: '/' });
  };
  return (
    <AppFrame>
      <LoginPage onLoggedIn={onLoggedIn} />
    </AppFrame>
  );
}
