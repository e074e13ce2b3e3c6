import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitReport } from '#contracts/reports.ts';
import { FollowupError } from '#web/modules/followup/components/followup-error.tsx';
import { FollowupPickers } from '#web/modules/followup/components/followup-pickers.tsx';
import { GoalSection } from '#web/modules/followup/components/goal-section.tsx';
import { ActivityTable } from '#web/modules/followup/components/activity-table.tsx';
import { JumpLink } from '#web/modules/followup/components/jump-link.tsx';
import { MissingList } from '#web/modules/followup/components/missing-list.tsx';
import {
  anchors,
  ReportProvider,
  goalItems,
  useReportData,
  useReportSettings,
} from '#web/modules/followup/components/report-context.tsx';
import { ReportStatusFacts } from '#web/modules/followup/components/report-status.tsx';
import { WorkflowPanel } from '#web/modules/followup/components/workflow-panel.tsx';
import '#web/modules/followup/components/followup.css';
import { parseFollowupSearch } from '#web/modules/followup/followup.selection.ts';
import { useFollowupReport } from '#web/modules/followup/use-followup-report.ts';
import { useProgressiveCount } from '#web/modules/followup/use-progressive.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page } from '#web/ui/page.tsx';
import { appRoute, RequirePermission } from '../layout/routes.tsx';

export const followupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'followup',
  validateSearch: parseFollowupSearch,
  component: () => (
    <RequirePermission permission="followup.read">
      <FollowupPage />
    </RequirePermission>
  ),
});

/** A unit's follow-up for a period: pick the report, see what is missing, write, send on. */
function FollowupPage() {
  const { t } = useTranslation();
  const search = followupRoute.useSearch();
  const navigate = useNavigate({ from: '/followup' });
  const { me, years, selection, report, shown } = useFollowupReport(search);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => setAnnouncement(message), []);

  const title = report.data
    ? t('followup.titleFull', { unit: report.data.unit.name, period: report.data.period.name })
    : t('followup.title');
  return (
    <Page title={title}>
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <ErrorAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : years.data.length === 0 ? (
        <Paragraph>{t('followup.pickers.noYears')}</Paragraph>
      ) : (
        <>
          <FollowupPickers
            years={years.data}
            selection={selection}
            unitName={report.data?.unit.name ?? null}
            onChange={(next) => void navigate({ search: next })}
          />
          {!selection.unitId ? (
            <Paragraph>{t('followup.pickers.chooseUnitText')}</Paragraph>
          ) : report.isPending ? (
            <Loading />
          ) : report.isError ? (
            <FollowupError error={report.error} />
          ) : (
            <ReportProvider
              key={`${report.data.unit.id}/${report.data.period.id}`}
              report={report.data}
              announce={announce}
            >
              <Paragraph>
                <AppLink to="/followup/print" search={shown}>
                  {t('followup.printLink')}
                </AppLink>
              </Paragraph>
              <ReportBody
                report={report.data}
                isAdministrator={me.permissions.includes('years.manage')}
              />
            </ReportProvider>
          )}
        </>
      )}
      <div role="status" className="ds-sr-only">
        {announcement}
      </div>
    </Page>
  );
}

function ReportBody({ report, isAdministrator }: { report: UnitReport; isAdministrator: boolean }) {
  const { t } = useTranslation();
  const { canWrite } = useReportSettings();
  const data = useReportData();
  const placed = new Set(report.goals.flatMap((g) => g.activityIds));
  const others = report.activities.filter((a) => !placed.has(a.activity.id));
  const mounted = useProgressiveCount(report.goals.length);
  const complete = mounted === report.goals.length;
  return (
    <>
      <section className="section followup-status" aria-labelledby={anchors.status}>
        <Heading level={2} data-size="sm" id={anchors.status} tabIndex={-1}>
          {t('followup.status.title')}
        </Heading>
        <ReportStatusFacts />
        <WorkflowPanel isAdministrator={isAdministrator} />
      </section>
      <section className="section">
        <Heading level={2} data-size="sm">
          {t('followup.missing.title')}
        </Heading>
        <MissingList />
      </section>
      <section className="section followup-goals" aria-busy={!complete}>
        <Heading level={2} data-size="sm">
          {t('followup.goals.title')}
        </Heading>
        {report.goals.length === 0 && <Paragraph>{t('followup.goals.empty')}</Paragraph>}
        {report.goals.slice(0, mounted).map((goal) => (
          <GoalSection
            key={goal.goal.id}
            goal={goal}
            depth={data.depth.get(goal.goal.id) ?? 0}
            {...goalItems(goal, data)}
          />
        ))}
        {!complete && <Loading />}
        {complete && others.length > 0 && (
          <article className="goal">
            <Heading level={3} data-size="xs">
              {t('followup.goals.otherActivities')}
            </Heading>
            <ActivityTable
              caption={t('followup.goals.otherActivities')}
              items={others}
              editable={canWrite}
            />
          </article>
        )}
      </section>
      <Paragraph>
        <JumpLink to={anchors.status}>{t('followup.status.toStatus')}</JumpLink>
      </Paragraph>
    </>
  );
}
