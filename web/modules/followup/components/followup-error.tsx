import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFollowupText } from '../followup.messages.ts';

/** An API error in the follow-up's words (a locked report, a conflict …), announced. */
export function FollowupError({ error }: { error: unknown }) {
  const text = useFollowupText();
  return (
    <Alert data-color="danger" role="alert" className="alert">
      <Paragraph>{text.error(error)}</Paragraph>
    </Alert>
  );
}

/** The report left the draft while the user had unsaved text: it stays, read-only, to copy. */
export function LockedNotice() {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" className="alert">
      <Paragraph>{t('followup.assessment.lockedUnsaved')}</Paragraph>
    </Alert>
  );
}
