import { DecisionCasePage } from '#web/modules/decisions/components/decision-case-page.tsx';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const decisionCaseRoute = searchPageRoute({
  path: 'decision-case',
  validateSearch: parseFollowupSearch,
  permission: 'followup.read',
  page: DecisionCasePage,
});
