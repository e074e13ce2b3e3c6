import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Values } from '#web/lib/conflict.ts';
import { ConflictPanel } from '#web/ui/conflict-panel.tsx';
import { ErrorAlert } from '#web/ui/error-alert.tsx';
import { fieldIssueItems, IssueSummary } from '#web/ui/issue-summary.tsx';
import type { EconomyText } from '../economy.messages.ts';
import type { Shown } from '../use-economy-form.ts';

type Props = {
  /** the id of the part the toggle opens; the title's id is derived from it */
  id: string;
  toggleText: string;
  title: string;
  level: 3 | 4;
  intro: string;
  /** the part of the form's state (../use-economy-form.ts) the shell draws */
  form: {
    submit: () => Promise<void>;
    keepMine: () => Promise<void> | undefined;
    takeSaved: () => void;
    shown: Shown[];
    attempt: number;
    busy: boolean;
    error: unknown;
  };
  /** a problem's field: its label, and its id when the form has that field */
  fieldOf: (path: string) => { label: string; id: string | null };
  /** both versions, as the conflict panel compares them, when a save met someone else's */
  conflict: { fields: { key: string; label: string }[]; saved: Values; yours: Values } | null;
  text: EconomyText;
  /** the save button's text */
  saveText: string;
  /** what a save says (announced), below the button */
  status: ReactNode;
  /** the fields, drawn only while the form is open */
  children: ReactNode;
};

/**
 * What the economy's forms share: a toggle that opens the form, its title and intro, the
 * problems' summary, the conflict panel, the save button, its status and the error, around the
 * form's own fields.
 */
export function EconomyFormShell(props: Props) {
  const { id, form, fieldOf, conflict } = props;
  const [open, setOpen] = useState(false);
  const titleId = `${id}-title`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  return (
    <div className="economy-form">
      <Button
        type="button"
        variant="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {props.toggleText}
      </Button>
      <div id={id} hidden={!open}>
        {open && (
          <form onSubmit={onSubmit} noValidate className="form" aria-labelledby={titleId}>
            <Heading level={props.level} data-size="xs" id={titleId}>
              {props.title}
            </Heading>
            <Paragraph data-size="sm">{props.intro}</Paragraph>
            <IssueSummary
              key={form.attempt}
              items={fieldIssueItems(
                form.shown,
                (path) => {
                  const field = fieldOf(path);
                  return { label: field.label, id: field.id ?? titleId };
                },
                (shown) => shown.text,
              )}
            />
            {conflict && (
              <ConflictPanel
                {...conflict}
                savedBy={null}
                savedAt={null}
                onKeepMine={() => void form.keepMine()}
                onTakeSaved={form.takeSaved}
                busy={form.busy}
                headingLevel={props.level === 3 ? 4 : 5}
              />
            )}
            {props.children}
            <div className="button-row">
              <Button type="submit" loading={form.busy}>
                {props.saveText}
              </Button>
            </div>
            <div role="status">{props.status}</div>
            {form.error !== null && (
              <ErrorAlert error={form.error} describe={props.text.error} className="" />
            )}
          </form>
        )}
      </div>
    </div>
  );
}
