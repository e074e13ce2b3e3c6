import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportGoal } from '#contracts/followup.ts';
import type { PrintedChapter } from '#contracts/reports.ts';
import { useOwnLevelHeadings } from '#web/modules/goals/components/marks.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { ActivityTable } from './activity-table.tsx';
import { goalLevel, GoalTables } from './goal-section.tsx';
import { goalItems, useReportData } from './report-context.tsx';
import { ReaderAssessment } from './reader-assessment.tsx';
import { StatusTag } from './report-status.tsx';
import { PrintedChapters } from './print-chapters.tsx';

function PrintedGoal({ goal }: { goal: ReportGoal }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const data = useReportData();
  const id = goal.goal.id;
  const level = goalLevel(data.depth.get(id) ?? 0);
  const short = text.shortName(goal.goal);
  const ownHeadings = useOwnLevelHeadings(goal.goal.year);
  const { indicators: ownIndicators, activities: ownActivities } = goalItems(goal, data);
  const analysis = goal.assessment?.analysis.trim() ?? '';
  return (
    <section className={`print-goal print-goal--${goal.goal.level}`}>
      <Heading level={level} data-size={level <= 3 ? 'sm' : 'xs'}>
        {text.heading(goal.goal, ownHeadings)}
      </Heading>
      <ReaderAssessment goal={goal} className="print-assessment" />
      {analysis && (
        <>
          <Paragraph className="print-label">
            <strong>{t('followup.print.analysis')}</strong>
          </Paragraph>
          <Paragraph className="prewrap">{analysis}</Paragraph>
        </>
      )}
      <GoalTables
        name={short}
        indicators={ownIndicators}
        activities={ownActivities}
        editable={false}
      />
    </section>
  );
}

/**
 * The report in the structure of the annual report's section 3 (domain.md 4.2): inriktningsmål,
 * each KF goal with its assessment, analysis, indicator and activity tables, then its nämndmål.
 */
export function PrintReport({ chapters }: { chapters?: readonly PrintedChapter[] }) {
  const { t } = useTranslation();
  // With the template's chapters, the goal follow-up stands at its chapter's place among them.
  if (chapters?.some((c) => c.kind === 'goals'))
    return (
      <div className="print-report">
        <PrintedChapters chapters={chapters}>
          <PrintReportGoals />
        </PrintedChapters>
      </div>
    );
  return (
    <div className="print-report">
      <Heading level={2} data-size="md">
        {t('followup.print.section')}
      </Heading>
      <PrintReportGoals />
    </div>
  );
}

function PrintReportGoals() {
  const { t } = useTranslation();
  const { report } = useReportData();
  const placed = new Set(report.goals.flatMap((g) => g.activityIds));
  const others = report.activities.filter((a) => !placed.has(a.activity.id));
  return (
    <>
      {report.goals.map((goal) => (
        <PrintedGoal key={goal.goal.id} goal={goal} />
      ))}
      {others.length > 0 && (
        <section className="print-goal">
          <Heading level={3} data-size="sm">
            {t('followup.goals.otherActivities')}
          </Heading>
          <ActivityTable
            caption={t('followup.goals.otherActivities')}
            items={others}
            editable={false}
          />
        </section>
      )}
    </>
  );
}

/** The report's state above the printed report: its status and, once adopted, the decision. */
export function PrintMeta({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { state } = useReportData().report;
  return (
    <div className="print-meta">
      <span>{t('followup.status.state')}:</span> <StatusTag status={state.status} />
      {state.status === 'adopted' && state.adoptedOn && (
        <span>
          {' '}
          {t('followup.status.adoptedOn')}{' '}
          {state.decisionRef
            ? t('followup.status.adoptedText', {
                date: text.longDate(state.adoptedOn),
                ref: state.decisionRef,
              })
            : t('followup.status.adoptedTextNoRef', { date: text.longDate(state.adoptedOn) })}
        </span>
      )}
      {children}
    </div>
  );
}
