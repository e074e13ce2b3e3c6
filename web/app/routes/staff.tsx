import { StaffPage } from '#web/modules/hr/components/staff-page.tsx';
import { parseEconomySearch } from '#web/modules/economy/economy.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const staffRoute = searchPageRoute({
  path: 'staff-figures',
  validateSearch: parseEconomySearch,
  permission: 'followup.read',
  page: StaffPage,
});
