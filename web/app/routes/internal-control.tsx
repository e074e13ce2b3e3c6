import { InternalControlOverviewPage } from '#web/modules/internal-control/components/overview-page.tsx';
import { InternalControlPage } from '#web/modules/internal-control/components/internal-control-page.tsx';
import {
  parseInternalControlSearch,
  parseOverviewSearch,
} from '#web/modules/internal-control/internal-control.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const internalControlRoute = searchPageRoute({
  path: 'internal-control',
  validateSearch: parseInternalControlSearch,
  permission: 'followup.read',
  page: InternalControlPage,
});

export const internalControlOverviewRoute = searchPageRoute({
  path: 'internal-control/overview',
  validateSearch: parseOverviewSearch,
  permission: 'followup.read',
  page: InternalControlOverviewPage,
});
