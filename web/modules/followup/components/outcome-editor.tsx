import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { outcomeInput, type Outcome, type OutcomeInput } from '#contracts/indicators.ts';
import type { ReportIndicator } from '#contracts/reports.ts';
import { useMessages } from '#web/i18n/messages.ts';
import { issueFor, issuesFromZod } from '#web/lib/issues.ts';

import { TextAreaField, TextField } from '#web/ui/fields.tsx';
import { useSaveOutcome } from '../followup.api.ts';
import { decimalForInput, parseDecimalInput } from '../followup.format.ts';
import { useFollowupText } from '../followup.messages.ts';
import { useVersionedForm, type Prepared } from '../use-versioned-form.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { FollowupError, LockedNotice } from './followup-error.tsx';
import { useReportSettings } from './report-context.tsx';

type FormValues = {
  value: string;
  valueWomen: string;
  valueMen: string;
  periodLabel: string;
  comment: string;
};
const numberFields = ['value', 'valueWomen', 'valueMen'] as const;

/** Changing an indicator's outcome in a dialog; the draft stays when the dialog is closed. */
export function OutcomeEditor({ item }: { item: ReportIndicator }) {
  const { t, i18n } = useTranslation();
  const messages = useMessages();
  const text = useFollowupText();
  const { place, announce, locked } = useReportSettings();
  const { indicator } = item;
  const id = indicator.id;
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const mutation = useSaveOutcome(place, id);

  const toValues = (saved: Outcome | null): FormValues => ({
    value: decimalForInput(saved?.value ?? null, i18n.language),
    valueWomen: decimalForInput(saved?.valueWomen ?? null, i18n.language),
    valueMen: decimalForInput(saved?.valueMen ?? null, i18n.language),
    periodLabel: saved?.periodLabel ?? '',
    comment: saved?.comment ?? '',
  });
  const toInput = (values: FormValues, version: number): Prepared<OutcomeInput> => {
    const issues: FieldIssue[] = [];
    const numbers: Record<string, string | null> = {};
    for (const field of numberFields) {
      const parsed = parseDecimalInput(values[field]);
      if (parsed === undefined)
        issues.push({ path: field, message: t('followup.outcome.notANumber') });
      numbers[field] = parsed ?? null;
    }
    if (issues.length > 0) return { issues };
    const parsed = outcomeInput.safeParse({
      value: numbers.value,
      valueWomen: indicator.genderSplit ? numbers.valueWomen : null,
      valueMen: indicator.genderSplit ? numbers.valueMen : null,
      periodLabel: values.periodLabel.trim() || null,
      comment: values.comment,
      version,
    });
    return parsed.success ? { input: parsed.data } : { issues: issuesFromZod(parsed.error) };
  };
  const form = useVersionedForm({
    server: item.outcome,
    toValues,
    toInput,
    save: mutation.mutateAsync,
  });

  // Past the draft nothing can be changed; unsaved text stays reachable, read-only, to copy.
  if (locked && !form.dirty) return null;
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const saved = () => {
    close();
    announce(t('followup.assessment.saved', { time: text.time(new Date()) }));
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await form.submit()).kind === 'saved') saved();
  };
  const errorOf = (field: keyof FormValues) => {
    const issue = issueFor(form.issues, field);
    return issue ? messages.issue(issue) : undefined;
  };
  const fieldId = (field: keyof FormValues) => `outcome-${field}-${id}`;
  const bind = (field: keyof FormValues, label: string) => ({
    id: fieldId(field),
    label,
    value: form.values[field],
    error: errorOf(field),
    readOnly: locked,
    onChange: (e: { target: { value: string } }) => form.set({ [field]: e.target.value }),
  });
  const headingId = `outcome-title-${id}`;
  const unit = indicator.unit || t('common.none');
  const fields = [
    { key: 'value' as const, label: t('followup.outcome.value') },
    ...(indicator.genderSplit
      ? [
          { key: 'valueWomen' as const, label: t('followup.outcome.women') },
          { key: 'valueMen' as const, label: t('followup.outcome.men') },
        ]
      : []),
    { key: 'periodLabel' as const, label: t('followup.outcome.periodLabel') },
    { key: 'comment' as const, label: t('followup.outcome.comment') },
  ];

  return (
    <>
      <Button
        ref={trigger}
        id={`outcome-edit-${id}`}
        type="button"
        variant="tertiary"
        data-size="sm"
        aria-label={t('followup.indicators.editLabel', { name: indicator.name })}
        onClick={() => setOpen(true)}
      >
        {t('followup.indicators.edit')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        closeButton={t('followup.dialog.close')}
        aria-labelledby={headingId}
        className="followup-dialog"
      >
        {/* The form mounts only while open; its draft lives above it and survives closing. */}
        {open && (
          <>
            <Dialog.Block>
              <Heading level={2} data-size="xs" id={headingId}>
                {t('followup.outcome.title', { name: indicator.name })}
              </Heading>
            </Dialog.Block>
            <Dialog.Block>
              <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
                {locked && <LockedNotice />}
                <TextField
                  {...bind('value', t('followup.outcome.value'))}
                  inputMode="decimal"
                  autoComplete="off"
                  description={t('followup.outcome.valueHint', { unit })}
                />
                {indicator.genderSplit && (
                  <>
                    <TextField
                      {...bind('valueWomen', t('followup.outcome.women'))}
                      inputMode="decimal"
                      autoComplete="off"
                    />
                    <TextField
                      {...bind('valueMen', t('followup.outcome.men'))}
                      inputMode="decimal"
                      autoComplete="off"
                    />
                  </>
                )}
                <TextField
                  {...bind('periodLabel', t('followup.outcome.periodLabel'))}
                  description={t('followup.outcome.periodLabelHint')}
                  autoComplete="off"
                />
                <TextAreaField {...bind('comment', t('followup.outcome.comment'))} rows={4} />
                {form.conflict && !locked && (
                  <ConflictPanel
                    fields={fields}
                    saved={form.conflict.saved}
                    yours={form.values}
                    savedBy={form.conflict.current?.updatedByName ?? null}
                    savedAt={form.conflict.current?.updatedAt ?? null}
                    onKeepMine={() =>
                      void form.keepMine()?.then((r) => r.kind === 'saved' && saved())
                    }
                    onTakeSaved={() => {
                      form.takeSaved();
                      document.getElementById(fieldId('value'))?.focus();
                    }}
                    busy={mutation.isPending}
                    headingLevel={3}
                  />
                )}
                {form.error !== null && <FollowupError error={form.error} />}
                {!form.conflict && !locked && (
                  <div className="button-row">
                    <Button type="submit" loading={mutation.isPending}>
                      {t('followup.outcome.save')}
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
