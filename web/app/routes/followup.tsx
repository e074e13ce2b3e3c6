import { createRoute, useNavigate } from '@tanstack/react-router';
import { FollowupPage } from '#web/modules/followup/components/followup-page.tsx';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const followupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'followup',
  validateSearch: parseFollowupSearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <FollowupRoute />
    </RequirePermission>
  ),
});

function FollowupRoute() {
  const navigate = useNavigate({ from: '/followup' });
  return (
    <FollowupPage
      search={followupRoute.useSearch()}
      onSearch={(search) => void navigate({ search })}
    />
  );
}
