import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '#web/i18n/messages.ts';

/**
 * An API error as an alert that screen readers announce; optionally with a retry button. A
 * module with words of its own for some error codes passes its `describe` (the app's words are
 * the default).
 */
export function ErrorAlert({
  error,
  onRetry,
  describe,
  className = 'alert',
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  describe?: (error: unknown) => string;
  className?: string;
  /** what the page adds after the message (e.g. that nothing was saved) */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <Alert data-color="danger" role="alert" className={className || undefined}>
      <Paragraph>{(describe ?? messages.error)(error)}</Paragraph>
      {children}
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
