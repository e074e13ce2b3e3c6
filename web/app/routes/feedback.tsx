import { FeedbackPage } from '#web/modules/feedback/components/feedback-page.tsx';
import { parseEconomySearch } from '#web/modules/economy/economy.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const feedbackRoute = searchPageRoute({
  path: 'feedback',
  validateSearch: parseEconomySearch,
  permission: 'followup.read',
  page: FeedbackPage,
});
