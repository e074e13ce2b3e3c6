import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ActivityReportsView } from '#contracts/activities.ts';
import type { Period } from '#contracts/periods.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { todayIso } from '#web/lib/format.ts';
import { GoalsErrorAlert, useGoalName } from '#web/modules/goals/components/marks.tsx';
import { goalsQuery } from '#web/modules/goals/goals.api.ts';
import { isUuid } from '#web/modules/goals/goals.search.ts';
import { ActivityReports } from '#web/modules/rollup/components/activity-reports.tsx';
import { activityReportsQuery } from '#web/modules/rollup/rollup.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { findPeriod, latestEndedPeriod } from '#web/modules/years/years.periods.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { SelectField } from '#web/ui/fields.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { appRoute } from '../layout/routes.tsx';

export const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'activities/$id',
  validateSearch: (search: Record<string, unknown>): { period?: string } =>
    isUuid(search.period) ? { period: search.period } : {},
  component: ActivityPage,
});

function ActivityPage() {
  const { t } = useTranslation();
  const { id } = activityRoute.useParams();
  const search = activityRoute.useSearch();
  const years = useQuery(yearsQuery);
  const period = years.data
    ? search.period
      ? findPeriod(years.data, search.period)
      : latestEndedPeriod(years.data, todayIso())
    : undefined;
  const view = useQuery({
    ...activityReportsQuery(id, period?.id ?? ''),
    enabled: period !== undefined,
  });

  if (years.isError || view.isError) {
    const error = years.error ?? view.error;
    return (
      <Page title={t('goals.activity.title')}>
        <GoalsErrorAlert error={error} />
      </Page>
    );
  }
  if (!years.data || (period && !view.data)) {
    return (
      <Page title={t('goals.activity.title')}>
        <Loading />
      </Page>
    );
  }
  if (!period || !view.data) {
    return (
      <Page title={t('goals.activity.title')}>
        <Paragraph>{t('goals.rollup.noPeriods')}</Paragraph>
      </Page>
    );
  }
  return <ActivityDetails view={view.data} period={period} busy={view.isPlaceholderData} />;
}

function ActivityDetails({
  view,
  period,
  busy,
}: {
  view: ActivityReportsView;
  period: Period;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const goalName = useGoalName();
  const navigate = useNavigate({ from: '/activities/$id' });
  const { activity } = view;
  const years = useQuery(yearsQuery);
  const goals = useQuery(goalsQuery(activity.year));
  const goal = goals.data?.find((g) => g.id === activity.goalId);
  const periods = years.data?.find((y) => y.year === activity.year)?.periods ?? [];
  const inYear = period.year === activity.year;

  return (
    <Page title={activity.title}>
      <dl className="facts">
        <div>
          <dt>{t('goals.activity.kind')}</dt>
          <dd>{t(`goals.activityKinds.${activity.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('goals.activity.runs')}</dt>
          <dd>
            {t('common.period', {
              from: messages.longDate(activity.startsOn),
              to: messages.longDate(activity.endsOn),
            })}
          </dd>
        </div>
        {goal && (
          <div>
            <dt>{t('goals.activity.goal')}</dt>
            <dd>
              <AppLink to="/goals" search={{ year: activity.year, goal: goal.id }}>
                {goalName(goal)}
              </AppLink>
            </dd>
          </div>
        )}
      </dl>
      {activity.description && <Paragraph className="prewrap">{activity.description}</Paragraph>}
      <div className="controls">
        <SelectField
          id="activity-period"
          label={t('goals.activity.period')}
          value={inYear ? period.id : ''}
          onChange={(e) =>
            void navigate({
              params: { id: activity.id },
              search: { period: e.target.value },
              replace: true,
            })
          }
        >
          {!inYear && <option value="">{t('goals.activity.choosePeriod')}</option>}
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      {inYear ? (
        <Section title={t('goals.activity.unitsTitle')}>
          <Paragraph data-size="sm" className="muted">
            {t('goals.activity.unitsIntro')}
          </Paragraph>
          <div aria-busy={busy}>
            <ActivityReports view={view} period={period} />
          </div>
        </Section>
      ) : (
        <Paragraph>{t('goals.activity.choosePeriod')}</Paragraph>
      )}
      <Paragraph>
        <AppLink to="/rollup" search={{ period: period.id }}>
          {t('goals.activity.toRollup')}
        </AppLink>
      </Paragraph>
    </Page>
  );
}
