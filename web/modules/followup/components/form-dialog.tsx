import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { LockedNotice } from './followup-error.tsx';

type Props = {
  /** ids of the trigger button (the missing list links to it) and of the title */
  id: string;
  triggerText: string;
  /** the trigger's accessible name: its text and what it edits */
  triggerLabel: string;
  title: string;
  saveText: string;
  busy: boolean;
  /** the report is past the draft: the fields are read-only and there is nothing to save */
  locked: boolean;
  error: unknown;
  /** saves; resolves true when saved, and the dialog closes */
  save: () => Promise<boolean>;
  /** the conflict panel, when the save met someone else's; it takes the buttons' place */
  conflict?: (close: () => void) => ReactNode;
  children: ReactNode;
};

/**
 * A button that opens a form in a modal dialog. The form's draft belongs to the caller, so
 * closing the dialog keeps what was typed; after a save the dialog closes and focus returns to
 * the button.
 */
export function FormDialog(props: Props) {
  const { t } = useTranslation();
  const text = useFollowupText();
  const { id, busy, locked, conflict } = props;
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    document.getElementById(id)?.focus();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await props.save()) close();
  };
  const panel = conflict?.(close);
  return (
    <>
      <Button
        id={id}
        type="button"
        variant="tertiary"
        data-size="sm"
        aria-label={props.triggerLabel}
        onClick={() => setOpen(true)}
      >
        {props.triggerText}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        closeButton={t('followup.dialog.close')}
        aria-labelledby={`${id}-title`}
        className="followup-dialog"
      >
        {/* The form mounts only while open (a report has many of these dialogs). */}
        {open && (
          <>
            <Dialog.Block>
              <Heading level={2} data-size="xs" id={`${id}-title`}>
                {props.title}
              </Heading>
            </Dialog.Block>
            <Dialog.Block>
              <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
                {locked && <LockedNotice />}
                {props.children}
                {!locked && panel}
                {props.error !== null && <ErrorAlert error={props.error} describe={text.error} />}
                {!panel && !locked && (
                  <div className="button-row">
                    <Button type="submit" loading={busy}>
                      {props.saveText}
                    </Button>
                    <Button type="button" variant="secondary" onClick={close}>
                      {t('followup.dialog.cancel')}
                    </Button>
                  </div>
                )}
              </form>
            </Dialog.Block>
          </>
        )}
      </Dialog>
    </>
  );
}
