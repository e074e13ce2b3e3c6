import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { todayIso } from '#web/lib/format.ts';
import { goalsQuery } from '#web/modules/goals/goals.api.ts';
import { ownerUnits } from '#web/modules/goals/goals.cascade.ts';
import { defaultYear, parseGoalsSearch } from '#web/modules/goals/goals.search.ts';
import { CascadeView } from '#web/modules/goals/components/cascade-view.tsx';
import { GoalsErrorAlert } from '#web/modules/goals/components/marks.tsx';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { periodDue } from '#web/modules/years/years.periods.ts';
import { SelectField } from '#web/ui/fields.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page } from '#web/ui/page.tsx';
import { appRoute } from '../layout/routes.tsx';

export const goalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'goals',
  validateSearch: parseGoalsSearch,
  component: GoalsPage,
});

function GoalsPage() {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery);
  const search = goalsRoute.useSearch();
  const year = search.year ?? (years.data ? defaultYear(years.data, todayIso()) : undefined);
  const title = year ? t('goals.cascade.title', { year }) : t('goals.cascade.titleNoYear');

  return (
    <Page title={title}>
      <Paragraph>{t('goals.cascade.intro')}</Paragraph>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <GoalsErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : year === undefined ? (
        <Paragraph>{t('goals.cascade.noYears')}</Paragraph>
      ) : (
        <YearCascade year={year} />
      )}
    </Page>
  );
}

function YearCascade({ year }: { year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/goals' });
  const search = goalsRoute.useSearch();
  const years = useQuery(yearsQuery);
  const goals = useQuery(goalsQuery(year));
  const periods = years.data?.find((y) => y.year === year)?.periods ?? [];
  const units = goals.data ? ownerUnits(goals.data) : [];
  const unit = units.find((u) => u.id === search.unit);
  const yearNumbers = (years.data ?? []).map((y) => y.year);
  if (!yearNumbers.includes(year)) yearNumbers.unshift(year);

  return (
    <>
      <div className="controls">
        <SelectField
          id="goals-year"
          label={t('goals.cascade.year')}
          value={String(year)}
          onChange={(e) => void navigate({ search: { year: Number(e.target.value) } })}
        >
          {yearNumbers.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="goals-unit"
          label={t('goals.cascade.unit')}
          description={t('goals.cascade.unitHint')}
          value={unit?.id ?? ''}
          disabled={!goals.data}
          onChange={(e) =>
            void navigate({
              search: { ...search, year, unit: e.target.value || undefined },
            })
          }
        >
          <option value="">{t('goals.cascade.allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      </div>
      {goals.isPending ? (
        <Loading />
      ) : goals.isError ? (
        <GoalsErrorAlert error={goals.error} onRetry={() => void goals.refetch()} />
      ) : (
        <CascadeView
          // A new view starts with its own expanded state.
          key={`${year}/${search.goal ?? ''}/${unit?.id ?? ''}`}
          goals={goals.data}
          year={year}
          goalId={search.goal}
          unit={unit}
          periodId={periodDue(periods, todayIso())?.id}
        />
      )}
    </>
  );
}
