import { EconomyRollUpPage } from '#web/modules/economy/components/economy-rollup-page.tsx';
import { parseEconomyRollUpSearch } from '#web/modules/economy/economy.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const economyRollUpRoute = searchPageRoute({
  path: 'economy/rollup',
  validateSearch: parseEconomyRollUpSearch,
  permission: 'followup.read',
  page: EconomyRollUpPage,
});
