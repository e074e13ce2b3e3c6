import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';

/** An API error as an alert that screen readers announce; optionally with a retry button. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <Alert data-color="danger" role="alert" className="alert">
      <Paragraph>{messages.error(error)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
