import { TemplatesPage } from '#web/modules/reports/components/templates-page.tsx';
import { parseTemplatesSearch } from '#web/modules/reports/reports.search.ts';
import { searchPageRoute } from '../layout/routes.tsx';

export const reportTemplatesRoute = searchPageRoute({
  path: 'admin/report-templates',
  validateSearch: parseTemplatesSearch,
  permission: 'model.write',
  page: TemplatesPage,
});
