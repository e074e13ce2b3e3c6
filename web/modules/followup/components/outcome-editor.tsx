import { useTranslation } from 'react-i18next';
import { outcomeInput, type Outcome, type OutcomeInput } from '#contracts/indicators.ts';
import type { ReportIndicator } from '#contracts/followup.ts';
import { TextAreaField, TextField } from '#web/ui/fields.tsx';
import { useSaveOutcome } from '../followup.api.ts';
import { decimalForInput, parseDecimalFields } from '../followup.format.ts';
import { prepared, useVersionedForm, type Prepared } from '#web/ui/use-versioned-form.ts';
import { FormDialog } from './form-dialog.tsx';
import { useReportSettings } from './report-context.tsx';
import { useReportForm } from './use-report-form.ts';

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
  const { place, locked } = useReportSettings();
  const { indicator } = item;
  const id = indicator.id;
  const mutation = useSaveOutcome(place, id);

  const toValues = (saved: Outcome | null): FormValues => ({
    value: decimalForInput(saved?.value ?? null, i18n.language),
    valueWomen: decimalForInput(saved?.valueWomen ?? null, i18n.language),
    valueMen: decimalForInput(saved?.valueMen ?? null, i18n.language),
    periodLabel: saved?.periodLabel ?? '',
    comment: saved?.comment ?? '',
  });
  const toInput = (values: FormValues, version: number): Prepared<OutcomeInput> => {
    const { numbers, issues } = parseDecimalFields(
      values,
      numberFields,
      t('followup.outcome.notANumber'),
    );
    if (issues.length > 0) return { issues };
    return prepared(
      outcomeInput.safeParse({
        value: numbers.value,
        valueWomen: indicator.genderSplit ? numbers.valueWomen : null,
        valueMen: indicator.genderSplit ? numbers.valueMen : null,
        periodLabel: values.periodLabel.trim() || null,
        comment: values.comment,
        version,
      }),
    );
  };
  const form = useVersionedForm({
    server: item.outcome,
    toValues,
    toInput,
    save: mutation.mutateAsync,
    conflictCode: 'reports.conflict',
  });
  const { errorOf } = useReportForm<keyof FormValues>(form);

  // A computed outcome comes from the unit's economy (decision 004): no one types it.
  if (indicator.formula) {
    const missing = item.outcome?.computed?.missing ?? [];
    return (
      <p className="rt-computed-outcome">
        {t('followup.outcome.computed', { formula: indicator.formula.text })}
        {missing.length > 0 && (
          <> {t('followup.outcome.computedMissing', { missing: missing.join('; ') })}</>
        )}
      </p>
    );
  }
  // Past the draft nothing can be changed; unsaved text stays reachable, read-only, to copy.
  if (locked && !form.dirty) return null;
  const fieldId = (field: keyof FormValues) => `outcome-${field}-${id}`;
  const bind = (field: keyof FormValues, label: string) => ({
    id: fieldId(field),
    label,
    value: form.values[field],
    error: errorOf(field),
    readOnly: locked,
    onChange: (e: { target: { value: string } }) => form.set({ [field]: e.target.value }),
  });
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
    <FormDialog
      id={`outcome-edit-${id}`}
      triggerText={t('followup.indicators.edit')}
      triggerLabel={t('followup.indicators.editLabel', { name: indicator.name })}
      title={t('followup.outcome.title', { name: indicator.name })}
      saveText={t('followup.outcome.save')}
      busy={mutation.isPending}
      form={form}
      fields={fields}
      firstField={fieldId('value')}
    >
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
    </FormDialog>
  );
}
