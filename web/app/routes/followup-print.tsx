import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FollowupError } from '#web/modules/followup/components/followup-error.tsx';
import { PrintMeta, PrintReport } from '#web/modules/followup/components/print-report.tsx';
import { ReportProvider } from '#web/modules/followup/components/report-context.tsx';
import '#web/modules/followup/components/followup.css';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { useFollowupReport } from '#web/modules/followup/use-followup-report.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const followupPrintRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'followup/print',
  validateSearch: parseFollowupSearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <FollowupPrintPage />
    </RequirePermission>
  ),
});

const noop = () => {};

/** The report read-only, in the annual report's structure, ready to print. */
function FollowupPrintPage() {
  const { t } = useTranslation();
  const search = followupPrintRoute.useSearch();
  const { years, selection, report, shown } = useFollowupReport(search);
  const data = report.data;
  const title = data
    ? t('followup.print.title', { period: data.period.name, unit: data.unit.name })
    : t('followup.title');
  return (
    <Page title={title}>
      <div className="button-row no-print">
        <Button type="button" onClick={() => window.print()} disabled={!data}>
          {t('followup.print.print')}
        </Button>
        <AppLink to="/followup" search={shown}>
          {t('followup.print.back')}
        </AppLink>
      </div>
      {years.isError ? (
        <ErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : !selection.unitId && years.data ? (
        <Paragraph>{t('followup.pickers.chooseUnitText')}</Paragraph>
      ) : report.isError ? (
        <FollowupError error={report.error} />
      ) : !data ? (
        <Loading />
      ) : (
        <ReportProvider report={data} announce={noop}>
          <PrintMeta />
          <PrintReport />
        </ReportProvider>
      )}
    </Page>
  );
}
