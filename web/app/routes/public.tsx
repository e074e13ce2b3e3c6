import { createRoute } from '@tanstack/react-router';
import { PublicListPage, PublicReportPage } from '#web/modules/portal/components/public-pages.tsx';
import { PublicGoalsPage } from '#web/modules/portal/components/public-goals.tsx';
import { AppFrame } from '../layout/frame.tsx';
import { rootRoute } from '../layout/routes.tsx';

/** The public pages: no login, only adopted reports that an approver has published. */
export const publicListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'public/$scbCode',
  component: () => (
    <AppFrame>
      <PublicListPage scbCode={publicListRoute.useParams().scbCode} />
    </AppFrame>
  ),
});

export const publicReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'public/$scbCode/$periodId/$unitId',
  component: () => (
    <AppFrame>
      <PublicReportPage params={publicReportRoute.useParams()} />
    </AppFrame>
  ),
});

/** The goals of a period's published reports, each with its status. */
export const publicGoalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'public/$scbCode/goals/$periodId',
  component: () => (
    <AppFrame>
      <PublicGoalsPage {...publicGoalsRoute.useParams()} />
    </AppFrame>
  ),
});
