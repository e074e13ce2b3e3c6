import { FollowupPage } from '#web/modules/followup/components/followup-page.tsx';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const followupRoute = searchPageRoute({
  path: 'followup',
  validateSearch: parseFollowupSearch,
  permission: 'followup.read',
  page: FollowupPage,
});
