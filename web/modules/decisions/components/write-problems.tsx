import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { useDecisionsText } from '../decisions.messages.ts';
import type { useCaseWrite } from '../use-case-write.ts';

/** A refused write: the error in words, and on a conflict a way to load what is saved. */
export function WriteProblems({ write }: { write: ReturnType<typeof useCaseWrite> }) {
  const { t } = useTranslation();
  const text = useDecisionsText();
  if (write.error === null) return null;
  return (
    <ErrorAlert error={write.error} describe={text.error}>
      {write.conflict && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => void write.reload()}
        >
          {t('decisions.conflict.reload')}
        </Button>
      )}
    </ErrorAlert>
  );
}
