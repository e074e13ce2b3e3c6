import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGoalsError } from '#web/modules/goals/components/marks.tsx';
import { usePermission } from '#web/modules/people/people.api.ts';
import { Page, Section } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { LiveStatus } from '#web/ui/status.tsx';
import { yearsQuery } from '../years.api.ts';
import { CreateYearForm } from './create-year-form.tsx';
import { ExportPanel, ImportPanel } from './exchange-panel.tsx';
import { RolloverPanel } from './rollover-panel.tsx';
import { YearsList } from './years-list.tsx';

/** The budget years: the list, a new year, the rollover, and the exchange files. */
export function YearsPage() {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const years = useQuery(yearsQuery);
  const mayImport = usePermission('model.write');
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page title={t('goals.years.title')}>
      <LiveStatus message={status} />
      <QueryState query={years} describe={goalsError}>
        {(data) => (
          <>
            <Section title={t('goals.years.listTitle')}>
              <YearsList years={data} />
            </Section>
            <Section title={t('goals.years.createTitle')}>
              <CreateYearForm
                years={data}
                onCreated={(made) =>
                  setStatus(
                    t('goals.years.created', { year: made.year, count: made.periods.length }),
                  )
                }
              />
            </Section>
            {data.length > 0 && (
              <>
                <Section title={t('goals.years.rolloverTitle')}>
                  <RolloverPanel years={data} />
                </Section>
                <Section title={t('goals.years.exportTitle')}>
                  <ExportPanel years={data} />
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
      </QueryState>
    </Page>
  );
}
