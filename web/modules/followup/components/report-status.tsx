import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '#contracts/followup.ts';
import { todayIso } from '#web/lib/format.ts';
import { useFollowupText } from '../followup.messages.ts';
import { readOnlyReason } from '../followup.workflow.ts';
import { useReportData } from './report-context.tsx';

const statusColor: Record<ReportStatus, string> = {
  draft: 'neutral',
  ready: 'info',
  approved: 'success',
  adopted: 'success',
};

/** The state as a tag whose text says it (the colour only repeats it). */
export function StatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={statusColor[status]} data-size="md">
      {t(`followup.status.states.${status}`)}
    </Tag>
  );
}

/**
 * Where the report stands: its state, deadline and adoption, the approver's comment when it was
 * sent back (shown first, so the reporter cannot miss it) and why the page cannot be edited.
 */
export function ReportStatusFacts() {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { report } = useReportData();
  const { state, period } = report;
  const reason = readOnlyReason(state.status, report.may);
  const deadlinePassed =
    period.deadline !== null && period.deadline < todayIso() && state.status === 'draft';
  return (
    <div className="report-status">
      {state.status === 'draft' && state.returnComment.trim() !== '' && (
        <Alert data-color="warning" className="return-comment">
          <Heading level={3} data-size="2xs">
            {t('followup.status.sentBackTitle')}
          </Heading>
          <Paragraph>{t('followup.status.sentBackIntro')}</Paragraph>
          <blockquote className="return-comment__text prewrap">{state.returnComment}</blockquote>
        </Alert>
      )}
      <dl className="facts">
        <div>
          <dt>{t('followup.status.state')}</dt>
          <dd>
            <StatusTag status={state.status} />
          </dd>
        </div>
        <div>
          <dt>{t('followup.status.deadline')}</dt>
          <dd>
            {period.deadline === null
              ? t('followup.status.noDeadline')
              : deadlinePassed
                ? t('followup.status.deadlinePassed', { date: text.longDate(period.deadline) })
                : text.longDate(period.deadline)}
          </dd>
        </div>
        {state.status === 'adopted' && state.adoptedOn && (
          <div>
            <dt>{t('followup.status.adoptedOn')}</dt>
            <dd>
              {state.decisionRef
                ? t('followup.status.adoptedText', {
                    date: text.longDate(state.adoptedOn),
                    ref: state.decisionRef,
                  })
                : t('followup.status.adoptedTextNoRef', { date: text.longDate(state.adoptedOn) })}
            </dd>
          </div>
        )}
        {state.status === 'adopted' && state.adoptReason !== '' && (
          <div>
            <dt>{t('followup.trust.adoptReason')}</dt>
            <dd className="prewrap">{state.adoptReason}</dd>
          </div>
        )}
        {state.published && state.publishReason !== '' && (
          <div>
            <dt>{t('followup.trust.publishReason')}</dt>
            <dd className="prewrap">{state.publishReason}</dd>
          </div>
        )}
      </dl>
      {reason && (
        <Paragraph className="read-only-reason">
          {t(`followup.status.readOnly.${reason}`, { unit: report.unit.name })}
        </Paragraph>
      )}
    </div>
  );
}
