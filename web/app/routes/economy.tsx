import { EconomyPage } from '#web/modules/economy/components/economy-page.tsx';
import { parseEconomySearch } from '#web/modules/economy/economy.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const economyRoute = searchPageRoute({
  path: 'economy',
  validateSearch: parseEconomySearch,
  permission: 'followup.read',
  page: EconomyPage,
});
