import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EconomyRollUpTable } from '#web/modules/economy/components/rollup-table.tsx';
import '#web/modules/economy/components/economy.css';
import { economyRollUpQuery } from '#web/modules/economy/economy.api.ts';
import { useEconomyText } from '#web/modules/economy/economy.messages.ts';
import { chosenYear, parseEconomyRollUpSearch } from '#web/modules/economy/economy.search.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Page } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const economyRollUpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'economy/rollup',
  validateSearch: parseEconomyRollUpSearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <EconomyRollUpPage />
    </RequirePermission>
  ),
});

/** Every committee's deviations for a year, for the executive office; each links to its table. */
function EconomyRollUpPage() {
  const { t } = useTranslation();
  const search = economyRollUpRoute.useSearch();
  const navigate = useNavigate({ from: '/economy/rollup' });
  const years = useQuery(yearsQuery);
  const year = years.data ? chosenYear(years.data, search.year) : undefined;
  const period = search.period ?? null;
  const rollUp = useQuery({
    ...economyRollUpQuery(year?.year ?? 0, period),
    enabled: year !== undefined,
  });
  const text = useEconomyText();
  // The periods that have a full-year forecast: every period but the annual report.
  const forecastPeriods = year ? year.periods.filter((p) => p.kind !== 'annual') : [];
  return (
    <Page title={t('economy.rollup.title', { year: year?.year ?? '' })}>
      <Paragraph>{t('economy.rollup.intro')}</Paragraph>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <ErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : !year ? (
        <Paragraph>{t('economy.pickers.noYears')}</Paragraph>
      ) : (
        <>
          <div className="economy-pickers">
            <SelectField
              id="economy-rollup-year"
              label={t('economy.pickers.year')}
              value={year.year}
              onChange={(e) => void navigate({ search: { year: Number(e.target.value) } })}
            >
              {years.data.map((y) => (
                <option key={y.id} value={y.year}>
                  {y.year}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="economy-rollup-basis"
              label={t('economy.rollup.basis')}
              value={period ?? ''}
              onChange={(e) =>
                void navigate({
                  search: { year: year.year, period: e.target.value || undefined },
                })
              }
            >
              <option value="">{t('economy.rollup.outcome')}</option>
              {forecastPeriods.map((p) => (
                <option key={p.id} value={p.key}>
                  {t('economy.rollup.forecast', { period: p.key })}
                </option>
              ))}
            </SelectField>
          </div>
          {rollUp.isPending ? (
            <Loading />
          ) : rollUp.isError ? (
            <Alert data-color="danger" role="alert" className="alert">
              <Paragraph>{text.error(rollUp.error)}</Paragraph>
            </Alert>
          ) : rollUp.data.units.length === 0 ? (
            <Paragraph>{t('economy.rollup.empty', { year: year.year })}</Paragraph>
          ) : (
            <div aria-busy={rollUp.isPlaceholderData}>
              <EconomyRollUpTable rollUp={rollUp.data} />
            </div>
          )}
        </>
      )}
    </Page>
  );
}
