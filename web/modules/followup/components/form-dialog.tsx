import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useEffect, useState, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import type { Values } from '#web/lib/conflict.ts';
import { VersionedConflictPanel } from '#web/ui/conflict-panel.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { useFollowupText } from '../followup.messages.ts';
import { LockedNotice } from './followup-error.tsx';
import { useReportSettings } from './report-context.tsx';
import { useReportForm } from './use-report-form.ts';

type Panel<V extends Values> = ComponentProps<typeof VersionedConflictPanel<V>>;

/** The part of a versioned form (web/ui/use-versioned-form.ts) the dialog drives. */
type DialogForm<V extends Values> = {
  values: V;
  issues: readonly FieldIssue[];
  error: unknown;
  conflict: Panel<V>['conflict'] | null;
  submit: () => Promise<{ kind: string }>;
  keepMine: () => Promise<{ kind: string }> | undefined;
  takeSaved: () => void;
};

type Props<V extends Values> = {
  /** ids of the trigger button (the missing list links to it) and of the title */
  id: string;
  triggerText: string;
  /** the trigger's accessible name: its text and what it edits */
  triggerLabel: string;
  title: string;
  saveText: string;
  busy: boolean;
  /** saved on submit; when the save meets someone else's, its conflict panel takes the buttons' place */
  form: DialogForm<V>;
  /** the fields the conflict panel compares, and how a value is shown there */
  fields: Panel<V>['fields'];
  show?: Panel<V>['show'];
  /** the id of the field that gets focus after taking the saved version */
  firstField: string;
  children: ReactNode;
};

/**
 * A button that opens a form in a modal dialog. The form's draft belongs to the caller, so
 * closing the dialog keeps what was typed; after a save the dialog closes and focus returns to
 * the button.
 */
export function FormDialog<V extends Values>(props: Props<V>) {
  const { t } = useTranslation();
  const text = useFollowupText();
  // Past the draft the fields are read-only and there is nothing to save.
  const { locked } = useReportSettings();
  const { id, busy, form } = props;
  const { submit } = useReportForm(form);
  const [open, setOpen] = useState(false);
  // The dialog gives focus to its first focusable element, the close button; the form's first
  // field is where the person means to start.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => document.getElementById(props.firstField)?.focus());
    return () => clearTimeout(timer);
  }, [open, props.firstField]);
  const close = () => {
    setOpen(false);
    document.getElementById(id)?.focus();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit()) close();
  };
  const panel = form.conflict && (
    <VersionedConflictPanel
      fields={props.fields}
      conflict={form.conflict}
      yours={form.values}
      show={props.show}
      onKeepMine={() => void form.keepMine()?.then((r) => r.kind === 'saved' && close())}
      onTakeSaved={() => {
        form.takeSaved();
        document.getElementById(props.firstField)?.focus();
      }}
      busy={busy}
      headingLevel={3}
    />
  );
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
                {form.error !== null && <ErrorAlert error={form.error} describe={text.error} />}
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
