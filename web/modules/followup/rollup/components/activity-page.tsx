import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActivityReportsView } from '#contracts/activities.ts';
import type { Period } from '#contracts/years.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { todayIso } from '#web/lib/format.ts';
import { useGoalName, useGoalsError } from '#web/modules/goals/components/marks.tsx';
import { goalsQuery } from '#web/modules/goals/goals.api.ts';
import { yearsQuery } from '#web/modules/years/years.api.ts';
import { findPeriod, latestEndedPeriod } from '#web/modules/years/years.periods.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { SelectField } from '#web/ui/fields.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page, Section } from '#web/ui/page.tsx';
import { activityReportsQuery } from '../followup.rollup.api.ts';
import { ActivityReports } from './activity-reports.tsx';

type Props = { id: string; period: string | undefined; onPeriod: (period: string) => void };

/** An activity and what each unit reported on it for a period. */
export function ActivityPage({ id, period: asked, onPeriod }: Props) {
  const { t } = useTranslation();
  const goalsError = useGoalsError();
  const years = useQuery(yearsQuery);
  const period = years.data
    ? asked
      ? findPeriod(years.data, asked)
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
        <ErrorAlert error={error} describe={goalsError} />
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
  return (
    <ActivityDetails
      view={view.data}
      period={period}
      busy={view.isPlaceholderData}
      onPeriod={onPeriod}
    />
  );
}

function ActivityDetails({
  view,
  period,
  busy,
  onPeriod,
}: {
  view: ActivityReportsView;
  period: Period;
  busy: boolean;
  onPeriod: (period: string) => void;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  const goalName = useGoalName();
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
          onChange={(e) => onPeriod(e.target.value)}
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
