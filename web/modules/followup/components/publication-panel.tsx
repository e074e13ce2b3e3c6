import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';
import { LiveStatus } from '#web/ui/status.tsx';
import { useReportPublication } from '../followup.api.ts';
import { useReportData, useReportSettings } from './report-context.tsx';

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
  const { status, published } = report.state;
  if (status !== 'adopted') return null;
  const allowed = report.may.approve || isAdministrator;

  const toggle = async () => {
    setNotice(null);
    try {
      await mutation.mutateAsync({ published: !published, reason: '' });
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
            loading={mutation.isPending}
            onClick={() => void toggle()}
          >
            {published ? t('portal.publication.unpublish') : t('portal.publication.publish')}
          </Button>
        </div>
      )}
    </div>
  );
}
