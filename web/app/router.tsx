import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { isApiError } from '#web/lib/api-client.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { appRoute, rootRoute } from './layout/routes.tsx';
import { activityRoute } from './routes/activity.tsx';
import { auditRoute } from './routes/audit.tsx';
import { economyRollUpRoute } from './routes/economy-rollup.tsx';
import { economyRoute } from './routes/economy.tsx';
import { efficiencyRoute } from './routes/efficiency.tsx';
import { compassRoute } from './routes/compass.tsx';
import { staffRoute } from './routes/staff.tsx';
import { feedbackRoute } from './routes/feedback.tsx';
import { internalControlOverviewRoute, internalControlRoute } from './routes/internal-control.tsx';
import { followupPrintRoute } from './routes/followup-print.tsx';
import { followupRoute } from './routes/followup.tsx';
import { goalsRoute } from './routes/goals.tsx';
import { loginRoute } from './routes/login.tsx';
import { notificationsRoute } from './routes/notifications.tsx';
import { orgRoute } from './routes/org.tsx';
import { publicGoalsRoute, publicListRoute, publicReportRoute } from './routes/public.tsx';
import { reportTemplatesRoute } from './routes/report-templates.tsx';
import { reorganisationRoute } from './routes/reorganisation.tsx';
import { reorganiseRoute } from './routes/reorganise.tsx';
import { rollupRoute } from './routes/followup-rollup.tsx';
import { startRoute } from './routes/start.tsx';
import { unitRoute } from './routes/unit.tsx';
import { usersRoute } from './routes/users.tsx';
import { yearsRoute } from './routes/years.tsx';
import { decisionCaseRoute } from './routes/decision-case.tsx';
import { compilationRoute } from './routes/compilation.tsx';

/** A session that ends while the app is open (expiry, logout elsewhere) sends the user to log in. */
function onError(error: unknown) {
  if (!isApiError(error) || error.code !== 'auth.not_authenticated') return;
  const { pathname, href } = router.state.location;
  if (pathname === '/login') return;
  void router
    .navigate({ to: '/login', search: { redirect: href } })
    .then(() => queryClient.clear());
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Client errors (4xx) will not get better by asking again.
      retry: (count, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicListRoute,
  publicReportRoute,
  publicGoalsRoute,
  appRoute.addChildren([
    startRoute,
    orgRoute,
    unitRoute,
    reorganiseRoute,
    reorganisationRoute,
    usersRoute,
    auditRoute,
    followupRoute,
    followupPrintRoute,
    goalsRoute,
    rollupRoute,
    activityRoute,
    yearsRoute,
    economyRoute,
    economyRollUpRoute,
    efficiencyRoute,
    reportTemplatesRoute,
    notificationsRoute,
    decisionCaseRoute,
    staffRoute,
    feedbackRoute,
    internalControlRoute,
    internalControlOverviewRoute,
    compassRoute,
    compilationRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Loaders are not used; TanStack Query caches the data.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  defaultErrorComponent: ({ error, reset }) => (
    <div className="page">
      <ErrorAlert error={error} onRetry={reset} />
    </div>
  ),
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
