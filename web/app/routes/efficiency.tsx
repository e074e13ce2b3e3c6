import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EfficiencyView } from '#contracts/efficiency.ts';
import { EfficiencyPickers } from '#web/modules/efficiency/components/efficiency-pickers.tsx';
import { EfficiencyTable } from '#web/modules/efficiency/components/efficiency-table.tsx';
import { LinkForm } from '#web/modules/efficiency/components/link-form.tsx';
import '#web/modules/efficiency/components/efficiency.css';
import { efficiencyQuery, type EfficiencyPlace } from '#web/modules/efficiency/efficiency.api.ts';
import { parseEfficiencySearch } from '#web/modules/efficiency/efficiency.search.ts';
import { grantedUnits } from '#web/modules/followup/followup.selection.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const efficiencyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'efficiency',
  validateSearch: parseEfficiencySearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <EfficiencyPage />
    </RequirePermission>
  ),
});

/** Cost and quality side by side: each area's net cost beside its goals and indicators. */
function EfficiencyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = efficiencyRoute.useSearch();
  const navigate = useNavigate({ from: '/efficiency' });
  const years = useQuery(yearsQuery);
  // The year asked for, else the latest; its annual period (VB) unless another is asked for.
  const year = years.data?.find((y) => y.year === search.year) ?? years.data?.[0];
  const period =
    year?.periods.find((p) => p.key === search.period) ??
    year?.periods.find((p) => p.kind === 'annual') ??
    year?.periods.at(-1);
  const unitId = search.unit ?? grantedUnits(me.grants)[0]?.id;
  const place: EfficiencyPlace | null =
    year && period && unitId ? { unitId, year: year.year, period: period.key } : null;
  const view = useQuery({
    ...efficiencyQuery(place ?? { unitId: '', year: 0, period: '' }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('efficiency.titleFull', { unit: view.data.unit.name, year: view.data.year })
    : t('efficiency.title');
  return (
    <Page title={title}>
      <Paragraph>{t('efficiency.intro')}</Paragraph>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <ErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : !year || !period ? (
        <Paragraph>{t('efficiency.noYears')}</Paragraph>
      ) : (
        <>
          <EfficiencyPickers
            years={years.data}
            year={year}
            unitId={unitId}
            period={period.key}
            onChange={(next) => void navigate({ search: next })}
          />
          {!place ? (
            <Paragraph>{t('efficiency.chooseUnitText')}</Paragraph>
          ) : view.isPending ? (
            <Loading />
          ) : view.isError ? (
            <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
          ) : (
            <EfficiencyBody key={`${place.unitId}/${place.year}`} view={view.data} place={place} />
          )}
        </>
      )}
    </Page>
  );
}

function EfficiencyBody({ view, place }: { view: EfficiencyView; place: EfficiencyPlace }) {
  const { t } = useTranslation();
  if (view.areas.length === 0)
    return (
      <Paragraph>{t('efficiency.empty', { unit: view.unit.name, year: view.year })}</Paragraph>
    );
  return (
    <>
      <EfficiencyTable view={view} />
      {view.may.link && (
        <Section title={t('efficiency.links.title')}>
          <LinkForm view={view} place={place} />
        </Section>
      )}
    </>
  );
}
