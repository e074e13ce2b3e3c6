import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '#contracts/economy.ts';
import { CarryOverForm } from '#web/modules/economy/components/carry-over-form.tsx';
import { EconomyChart } from '#web/modules/economy/components/economy-chart.tsx';
import {
  FindingList,
  FormulaNote,
  LargeProjects,
} from '#web/modules/economy/components/economy-findings.tsx';
import { EconomyPickers } from '#web/modules/economy/components/economy-pickers.tsx';
import { EconomyTable } from '#web/modules/economy/components/economy-table.tsx';
import { CarryOvers, ResultFunds } from '#web/modules/economy/components/funds-and-carry-overs.tsx';
import { ResultFundForm } from '#web/modules/economy/components/result-fund-form.tsx';
import { ImportPanel } from '#web/modules/economy/components/import-panel.tsx';
import '#web/modules/economy/components/economy.css';
import { economyQuery, type EconomyPlace } from '#web/modules/economy/economy.api.ts';
import { useEconomyText } from '#web/modules/economy/economy.messages.ts';
import { tableGroups } from '#web/modules/economy/economy.rows.ts';
import { chosenUnit, chosenYear, parseEconomySearch } from '#web/modules/economy/economy.search.ts';
import { useMe } from '#web/modules/people/people.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const economyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'economy',
  validateSearch: parseEconomySearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <EconomyPage />
    </RequirePermission>
  ),
});

/** A unit's economy for a year: the table, its checks, a chart, funds, carry-overs, Excel. */
function EconomyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = economyRoute.useSearch();
  const navigate = useNavigate({ from: '/economy' });
  const years = useQuery(yearsQuery);
  const year = years.data ? chosenYear(years.data, search.year) : undefined;
  const unitId = chosenUnit(search.unit, me.grants);
  const place: EconomyPlace | null = year && unitId ? { unitId, year: year.year } : null;
  const view = useQuery({
    ...economyQuery(place ?? { unitId: '', year: 0 }),
    enabled: place !== null,
  });
  const title = view.data
    ? t('economy.titleFull', { unit: view.data.unit.name, year: view.data.year })
    : t('economy.title');
  return (
    <Page title={title}>
      <Paragraph>{t('economy.intro')}</Paragraph>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <ErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : !year ? (
        <Paragraph>{t('economy.pickers.noYears')}</Paragraph>
      ) : (
        <>
          <EconomyPickers
            years={years.data}
            year={year.year}
            unitId={unitId}
            unitName={view.data?.unit.name ?? null}
            onChange={(next) => void navigate({ search: next })}
          />
          <Paragraph>
            <AppLink to="/economy/rollup" search={{ year: year.year }}>
              {t('economy.rollupLink', { year: year.year })}
            </AppLink>
          </Paragraph>
          {!place ? (
            <Paragraph>{t('economy.pickers.chooseUnitText')}</Paragraph>
          ) : view.isPending ? (
            <Loading />
          ) : view.isError ? (
            <EconomyError error={view.error} />
          ) : (
            <EconomyBody key={`${place.unitId}/${place.year}`} view={view.data} place={place} />
          )}
        </>
      )}
    </Page>
  );
}

function EconomyError({ error }: { error: unknown }) {
  const text = useEconomyText();
  return (
    <Alert data-color="danger" role="alert" className="alert">
      <Paragraph>{text.error(error)}</Paragraph>
    </Alert>
  );
}

function EconomyBody({ view, place }: { view: EconomyView; place: EconomyPlace }) {
  const { t } = useTranslation();
  const text = useEconomyText(view.settings);
  const groups = tableGroups(view);
  const empty = view.areas.length === 0;
  return (
    <>
      {empty ? (
        <Paragraph>{t('economy.empty', { unit: view.unit.name, year: view.year })}</Paragraph>
      ) : (
        <>
          <Section title={t('economy.table.title')}>
            <div className="economy-layout">
              <EconomyTable view={view} groups={groups} text={text} />
              <FormulaNote view={view} text={text} />
            </div>
          </Section>
          <Section title={t('economy.mismatches.title')}>
            <FindingList view={view} groups={groups} text={text} />
          </Section>
          <EconomyChart view={view} groups={groups} text={text} />
        </>
      )}
      <LargeProjects view={view} />
      <ResultFunds
        view={view}
        text={text}
        editor={
          view.may.write
            ? (unitId, unitName) => (
                <ResultFundForm
                  view={view}
                  place={place}
                  text={text}
                  unitId={unitId}
                  unitName={unitName}
                />
              )
            : undefined
        }
      />
      <CarryOvers view={view} text={text}>
        {view.may.write && <CarryOverForm view={view} place={place} text={text} />}
      </CarryOvers>
      <Section title={t('economy.exchange.title')}>
        <ImportPanel
          place={place}
          unitName={view.unit.name}
          canWrite={view.may.write}
          text={text}
        />
      </Section>
    </>
  );
}
