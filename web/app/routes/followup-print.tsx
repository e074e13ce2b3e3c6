import { createRoute } from '@tanstack/react-router';
import { FollowupPrintPage } from '#web/modules/followup/components/followup-print-page.tsx';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const followupPrintRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'followup/print',
  validateSearch: parseFollowupSearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <FollowupPrintPage search={followupPrintRoute.useSearch()} />
    </RequirePermission>
  ),
});
