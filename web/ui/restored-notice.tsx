import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Text kept in the tab from an earlier visit is back in the form, and is being saved. */
export function RestoredNotice() {
  const { t } = useTranslation();
  return (
    <Alert data-color="info" data-size="sm">
      <Paragraph data-size="sm">{t('common.autosave.restored')}</Paragraph>
    </Alert>
  );
}
