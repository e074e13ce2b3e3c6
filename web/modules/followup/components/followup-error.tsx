import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The report left the draft while the user had unsaved text: it stays, read-only, to copy. */
export function LockedNotice() {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" className="alert">
      <Paragraph>{t('followup.assessment.lockedUnsaved')}</Paragraph>
    </Alert>
  );
}
