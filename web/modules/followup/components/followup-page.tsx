import { ReportHistory } from '#web/modules/audit/components/report-history.tsx';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitReport } from '#contracts/followup.ts';
import { AppLink } from '#web/ui/app-link.tsx';
import { DocumentDownloads } from './document-downloads.tsx';
import { DocumentVersionsSection } from './document-versions.tsx';
import { Loading } from '#web/ui/loading.tsx';
import { Page } from '#web/ui/page.tsx';
import { QueryState } from '#web/ui/query-state.tsx';
import { SaveStateProvider } from '#web/ui/save-state.tsx';
import type { SearchProps } from '#web/lib/search.ts';
import { useFollowupText } from '../followup.messages.ts';
import type { FollowupSearch } from '../followup.selection.ts';
import { useFollowupReport } from '../use-followup-report.ts';
import { useProgressiveCount } from '../use-progressive.ts';
import { ActivityTable } from './activity-table.tsx';
import { FollowupPickers } from './followup-pickers.tsx';
import { GoalSection } from './goal-section.tsx';
import { JumpLink } from './jump-link.tsx';
import { MissingList } from './missing-list.tsx';
import { CopyReportButton, CopyTargetsProvider } from './previous-period.tsx';
import {
  anchors,
  goalItems,
  ReportProvider,
  type ReportData,
  useReportData,
  useReportSettings,
} from './report-context.tsx';
import { ReportBar, SubmitSkipLink } from './report-bar.tsx';
import { ReportContents } from './report-contents.tsx';
import { FoldAllButtons, FoldProvider } from './goal-folds.tsx';
import { reportContentClass } from './use-missing-steps.ts';
import { WorkflowProvider } from './workflow-context.tsx';
import { ReportStatusFacts } from './report-status.tsx';
import { TextChecks } from './text-checks.tsx';
import { WorkflowPanel } from './workflow-panel.tsx';
import { ReportChaptersSection } from '#web/modules/reports/components/report-chapters.tsx';
import './followup.css';

/** A unit's follow-up for a period: pick the report, see what is missing, write, send on. */
export function FollowupPage({ search, onSearch }: SearchProps<FollowupSearch>) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { me, years, selection, report, shown: shownSearch } = useFollowupReport(search);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => setAnnouncement(message), []);

  const title = report.data
    ? t('followup.titleFull', { unit: report.data.unit.name, period: report.data.period.name })
    : t('followup.title');
  return (
    <Page title={title}>
      <QueryState query={years}>
        {(data) =>
          data.length === 0 ? (
            <Paragraph>{t('followup.pickers.noYears')}</Paragraph>
          ) : (
            <>
              {report.data && <SubmitSkipLink />}
              <FollowupPickers
                years={data}
                selection={selection}
                unitName={report.data?.unit.name ?? null}
                onChange={onSearch}
              />
              {!selection.unitId ? (
                <Paragraph>{t('followup.pickers.chooseUnitText')}</Paragraph>
              ) : (
                <QueryState query={report} describe={text.error} retry={false}>
                  {(shown) => (
                    <ReportProvider
                      key={`${shown.unit.id}/${shown.period.id}`}
                      report={shown}
                      announce={announce}
                      checks
                    >
                      <SaveStateProvider>
                        <Paragraph>
                          <AppLink to="/followup/print" search={shownSearch}>
                            {t('followup.printLink')}
                          </AppLink>
                          {' · '}
                          <AppLink to="/decision-case" search={shownSearch}>
                            {t('decisions.link')}
                          </AppLink>
                        </Paragraph>
                        <DocumentDownloads
                          place={{ unitId: shown.unit.id, periodId: shown.period.id }}
                        />
                        <ReportBody
                          report={shown}
                          isAdministrator={me.permissions.includes('years.manage')}
                        />
                      </SaveStateProvider>
                    </ReportProvider>
                  )}
                </QueryState>
              )}
            </>
          )
        }
      </QueryState>
      <div role="status" className="ds-sr-only">
        {announcement}
      </div>
    </Page>
  );
}

function ReportBody({ report, isAdministrator }: { report: UnitReport; isAdministrator: boolean }) {
  return (
    <WorkflowProvider isAdministrator={isAdministrator}>
      <FoldProvider>
        <div className="report-body">
          <ReportContents />
          <div className={reportContentClass}>
            <ReportParts report={report} isAdministrator={isAdministrator} />
            <ReportBar />
          </div>
        </div>
      </FoldProvider>
    </WorkflowProvider>
  );
}

/** For a goal without a number: the number (or title) of the first goal above it. */
function parentOf(goal: UnitReport['goals'][number], data: ReportData): string | null {
  if (goal.goal.number?.trim()) return null;
  const parent = goal.goal.parentIds
    .map((id) => data.goals.get(id)?.goal)
    .find((g) => g !== undefined);
  return parent ? (parent.number ?? parent.title) : null;
}

function ReportParts({
  report,
  isAdministrator,
}: {
  report: UnitReport;
  isAdministrator: boolean;
}) {
  const { t } = useTranslation();
  const { canWrite, writable, place, announce } = useReportSettings();
  const data = useReportData();
  const placed = new Set(report.goals.flatMap((g) => g.activityIds));
  const others = report.activities.filter((a) => !placed.has(a.activity.id));
  const mounted = useProgressiveCount(report.goals.length);
  const complete = mounted === report.goals.length;
  return (
    <CopyTargetsProvider>
      <section className="section followup-status" aria-labelledby={anchors.status}>
        <Heading level={2} data-size="sm" id={anchors.status} tabIndex={-1}>
          {t('followup.status.title')}
        </Heading>
        <ReportStatusFacts />
        <WorkflowPanel isAdministrator={isAdministrator} />
      </section>
      <section className="section followup-missing">
        <Heading level={2} data-size="sm" id={anchors.missing} tabIndex={-1}>
          {t('followup.missing.title')}
        </Heading>
        <MissingList />
      </section>
      <section className="section">
        <Heading level={2} data-size="sm" id={anchors.textChecks} tabIndex={-1}>
          {t('followup.textChecks.title')}
        </Heading>
        <TextChecks />
      </section>
      <ReportChaptersSection place={place} announce={announce} />
      <section className="section followup-goals" aria-busy={!complete}>
        <Heading level={2} data-size="sm" id={anchors.goals} tabIndex={-1}>
          {t('followup.goals.title')}
        </Heading>
        {writable && complete && <CopyReportButton />}
        {report.goals.length > 1 && <FoldAllButtons goalIds={report.goals.map((g) => g.goal.id)} />}
        {report.goals.length === 0 && <Paragraph>{t('followup.goals.empty')}</Paragraph>}
        {report.goals.slice(0, mounted).map((goal) => (
          <GoalSection
            key={goal.goal.id}
            goal={goal}
            depth={data.depth.get(goal.goal.id) ?? 0}
            under={parentOf(goal, data)}
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
      <DocumentVersionsSection />
      <ReportHistory place={place} />
      <Paragraph>
        <JumpLink to={anchors.status}>{t('followup.status.toStatus')}</JumpLink>
      </Paragraph>
    </CopyTargetsProvider>
  );
}
