import { useQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalsErrorAlert } from '#web/modules/goals/components/marks.tsx';
import { usePermission } from '#web/modules/people/people.api.ts';
import { CreateYearForm } from '#web/modules/years/components/create-year-form.tsx';
import { ExportPanel, ImportPanel } from '#web/modules/years/components/exchange-panel.tsx';
import { RolloverPanel } from '#web/modules/years/components/rollover-panel.tsx';
import { YearsList } from '#web/modules/years/components/years-list.tsx';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const yearsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/years',
  component: () => (
    <RequirePermission permission="years.manage">
      <YearsPage />
    </RequirePermission>
  ),
});

function YearsPage() {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const mayImport = usePermission('model.write');
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page title={t('goals.years.title')}>
      <LiveStatus message={status} />
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <GoalsErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : (
        <>
          <Section title={t('goals.years.listTitle')}>
            <YearsList years={years.data} />
          </Section>
          <Section title={t('goals.years.createTitle')}>
            <CreateYearForm
              years={years.data}
              onCreated={(made) =>
                setStatus(t('goals.years.created', { year: made.year, count: made.periods.length }))
              }
            />
          </Section>
          {years.data.length > 0 && (
            <>
              <Section title={t('goals.years.rolloverTitle')}>
                <RolloverPanel years={years.data} />
              </Section>
              <Section title={t('goals.years.exportTitle')}>
                <ExportPanel years={years.data} />
              </Section>
            </>
          )}
          {mayImport && (
            <Section title={t('goals.years.importTitle')}>
              <ImportPanel />
            </Section>
          )}
        </>
      )}
    </Page>
  );
}
