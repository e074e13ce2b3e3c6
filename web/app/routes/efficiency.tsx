import { EfficiencyPage } from '#web/modules/efficiency/components/efficiency-page.tsx';
import { parseEfficiencySearch } from '#web/modules/efficiency/efficiency.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const efficiencyRoute = searchPageRoute({
  path: 'efficiency',
  validateSearch: parseEfficiencySearch,
  permission: 'followup.read',
  page: EfficiencyPage,
});
