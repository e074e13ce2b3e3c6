import { FollowupPrintPage } from '#web/modules/followup/components/followup-print-page.tsx';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const followupPrintRoute = searchPageRoute({
  path: 'followup/print',
  validateSearch: parseFollowupSearch,
  permission: 'followup.read',
  page: FollowupPrintPage,
});
