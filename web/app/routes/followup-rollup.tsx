import { RollUpPage } from '#web/modules/followup/rollup/components/rollup-page.tsx';
import { parseRollUpSearch } from '#web/modules/followup/rollup/followup.rollup.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const rollupRoute = searchPageRoute({
  path: 'rollup',
  validateSearch: parseRollUpSearch,
  replace: true,
  page: RollUpPage,
});
