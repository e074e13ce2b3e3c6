import { GoalsPage } from '#web/modules/goals/components/goals-page.tsx';
import { parseGoalsSearch } from '#web/modules/goals/goals.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const goalsRoute = searchPageRoute({
  path: 'goals',
  validateSearch: parseGoalsSearch,
  page: GoalsPage,
});
