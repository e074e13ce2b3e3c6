import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { LiveStatus } from '#web/ui/status.tsx';
import { useReportPublication } from '../followup.api.ts';
import { useReportData, useReportSettings } from './report-context.tsx';
import { StepPreview } from './step-preview.tsx';

/**
 * Publishing an adopted report to the public (no login), or taking it back: for an approver of
 * the unit or an administrator. Reopening the report unpublishes it on the server.
 */
export function PublicationPanel({ isAdministrator }: { isAdministrator: boolean }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const { report } = useReportData();
  const { place } = useReportSettings();
  const mutation = useReportPublication(place);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { status, published } = report.state;
  if (status !== 'adopted') return null;
  const allowed = report.may.approve || isAdministrator;
  const withReason = !published && report.missing.length > 0;

  const toggle = async () => {
    setNotice(null);
    if (withReason && reason.trim() === '') {
      setReasonError(t('followup.trust.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    try {
      await mutation.mutateAsync({ published: !published, reason: withReason ? reason : '' });
      setConfirming(false);
      setReason('');
      setNotice({
        error: false,
        text: t(published ? 'portal.publication.doneUnpublish' : 'portal.publication.donePublish'),
      });
    } catch (error) {
      setNotice({ error: true, text: messages.error(error) });
    }
  };

  return (
    <div className="publication">
      <LiveStatus message={notice && !notice.error ? notice.text : null} />
      {notice?.error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        {published ? t('portal.publication.published') : t('portal.publication.notPublished')}
      </Paragraph>
      {allowed && (
        <div className="button-row">
          <Button
            type="button"
            variant={published ? 'secondary' : 'primary'}
            loading={published && mutation.isPending}
            aria-expanded={published ? undefined : confirming}
            onClick={() => (published ? void toggle() : setConfirming(!confirming))}
          >
            {published ? t('portal.publication.unpublish') : t('portal.publication.publish')}
          </Button>
        </div>
      )}
      {allowed && !published && confirming && (
        <form
          className="form workflow__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void toggle();
          }}
        >
          <StepPreview
            id="publication-preview"
            status={status}
            missing={report.missing}
            askReason
            reason={reason}
            onReason={setReason}
            reasonError={reasonError}
          />
          <div className="button-row">
            <Button type="submit" loading={mutation.isPending}>
              {t('followup.trust.publishConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t('followup.trust.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
